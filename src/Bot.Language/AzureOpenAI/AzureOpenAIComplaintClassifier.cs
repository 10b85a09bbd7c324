using Bot.Domain.Language;
using Microsoft.Extensions.Logging;
using OpenAI.Chat;

namespace Bot.Language.AzureOpenAI;

/// <summary>Classifies a complaint description with the model (a call of its own); any failure falls back to the
/// classifier it was given.</summary>
public sealed class AzureOpenAIComplaintClassifier : IComplaintClassifier
{
    private readonly AzureOpenAIChat _chat;
    private readonly IComplaintClassifier _fallback;
    private readonly ILogger<AzureOpenAIComplaintClassifier> _logger;

    internal AzureOpenAIComplaintClassifier(AzureOpenAIChat chat, IComplaintClassifier fallback, ILogger<AzureOpenAIComplaintClassifier> logger)
    {
        _chat = chat;
        _fallback = fallback;
        _logger = logger;
    }

    public async Task<(ComplaintCategory Category, double Confidence)> ClassifyAsync(string description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(description);
        try
        {
            ChatMessage[] messages = [new SystemChatMessage(Prompts.Classification), new UserChatMessage(Prompts.Quote(description))];
            var content = await _chat.CompleteJsonAsync("classification", messages, JsonSchemas.Classification, cancellationToken);
            var reply = ModelReplyReader.Deserialize(content, AzureOpenAIJsonContext.Default.ModelClassification);
            return (ModelReplyReader.ReadName<ComplaintCategory>(reply.Category, "category"), ModelReplyReader.ReadConfidence(reply.Confidence));
        }
        catch (LanguageModelException exception)
        {
            AzureOpenAILog.ClassificationFallback(_logger, exception.Failure);
            return await _fallback.ClassifyAsync(description, cancellationToken);
        }
    }
}

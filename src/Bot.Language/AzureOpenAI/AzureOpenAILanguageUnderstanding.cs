using Bot.Domain.Language;
using Microsoft.Extensions.Logging;
using OpenAI.Chat;

namespace Bot.Language.AzureOpenAI;

/// <summary>
/// Understands a message with an Azure OpenAI chat deployment (strict JSON schema output). Throws
/// <see cref="LanguageModelException"/> when it has no usable answer; <c>FallbackLanguageUnderstanding</c> then asks the
/// offline recogniser.
/// </summary>
public sealed class AzureOpenAILanguageUnderstanding : ILanguageUnderstanding
{
    public const string SourceName = "azure-openai";

    private readonly AzureOpenAIChat _chat;
    private readonly ILogger<AzureOpenAILanguageUnderstanding> _logger;

    internal AzureOpenAILanguageUnderstanding(AzureOpenAIChat chat, ILogger<AzureOpenAILanguageUnderstanding> logger)
    {
        _chat = chat;
        _logger = logger;
    }

    public async Task<Understanding> UnderstandAsync(UnderstandingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ChatMessage[] messages =
        [
            new SystemChatMessage(Prompts.Understanding),
            new UserChatMessage(Prompts.Quote(request.Text)),
        ];
        var content = await _chat.CompleteJsonAsync("understanding", messages, JsonSchemas.Understanding, cancellationToken);
        AzureOpenAILog.ModelAnswer(_logger, content);

        var reply = ModelReplyReader.Deserialize(content, AzureOpenAIJsonContext.Default.ModelUnderstanding);
        var intent = ModelReplyReader.ReadIntent(reply.Intent);
        var signals = reply.Signals;
        return new Understanding(
            intent,
            ModelReplyReader.ReadConfidence(reply.Confidence),
            EntityGrounding.Ground(request.Text, reply.Entities, kind => AzureOpenAILog.EntityDropped(_logger, kind.ToString())),
            ModelReplyReader.ReadName<Sentiment>(reply.Sentiment, "sentiment"),
            ModelReplyReader.ReadLanguage(reply.Language),
            new EscalationSignals(
                signals.AsksForPerson, signals.LegalThreat, signals.MediaThreat, signals.RegulatorThreat, signals.SwitchingProvider),
            SourceName);
    }
}

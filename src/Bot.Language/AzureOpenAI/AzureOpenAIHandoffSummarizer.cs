using Bot.Domain.Language;
using Microsoft.Extensions.Logging;
using OpenAI.Chat;

namespace Bot.Language.AzureOpenAI;

/// <summary>Model-written handoff summary; any failure of the model falls back to the summariser it was given.</summary>
public sealed class AzureOpenAIHandoffSummarizer : IHandoffSummarizer
{
    private const int MaxSummaryLength = 1500;

    private readonly AzureOpenAIChat _chat;
    private readonly IHandoffSummarizer _fallback;
    private readonly ILogger<AzureOpenAIHandoffSummarizer> _logger;

    internal AzureOpenAIHandoffSummarizer(AzureOpenAIChat chat, IHandoffSummarizer fallback, ILogger<AzureOpenAIHandoffSummarizer> logger)
    {
        _chat = chat;
        _fallback = fallback;
        _logger = logger;
    }

    public async Task<string> SummarizeAsync(IReadOnlyList<ConversationLine> lines, string locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        try
        {
            ChatMessage[] messages = [new SystemChatMessage(Prompts.Summary(locale)), new UserChatMessage(Prompts.Quote(lines))];
            var content = await _chat.CompleteJsonAsync("summary", messages, JsonSchemas.Summary, cancellationToken);
            var summary = ModelReplyReader.Deserialize(content, AzureOpenAIJsonContext.Default.ModelSummary).Summary.Trim();
            if (summary.Length == 0)
            {
                throw new LanguageModelException(LanguageModelFailure.SchemaViolation, "The model wrote an empty summary.");
            }
            return summary.Length <= MaxSummaryLength ? summary : summary[..MaxSummaryLength];
        }
        catch (LanguageModelException exception)
        {
            AzureOpenAILog.SummaryFallback(_logger, exception.Failure);
            return await _fallback.SummarizeAsync(lines, locale, cancellationToken);
        }
    }
}

using Microsoft.Extensions.Logging;

namespace Bot.Language.AzureOpenAI;

internal static partial class AzureOpenAILog
{
    [LoggerMessage(1, LogLevel.Warning, "Azure OpenAI circuit opened after {Failure} during {Operation}; calls pause for {BreakDuration}")]
    public static partial void CircuitOpened(ILogger logger, string operation, LanguageModelFailure failure, TimeSpan breakDuration);

    [LoggerMessage(2, LogLevel.Information, "Dropped a {Kind} entity the model returned that is not in the customer's text")]
    public static partial void EntityDropped(ILogger logger, string kind);

    [LoggerMessage(3, LogLevel.Warning, "Model handoff summary failed ({Failure}); using the offline summary")]
    public static partial void SummaryFallback(ILogger logger, LanguageModelFailure failure);

    [LoggerMessage(4, LogLevel.Warning, "Model complaint classification failed ({Failure}); using the offline classifier")]
    public static partial void ClassificationFallback(ILogger logger, LanguageModelFailure failure);

    [LoggerMessage(5, LogLevel.Trace, "Model answer for understanding: {Content}")]
    public static partial void ModelAnswer(ILogger logger, string content);
}

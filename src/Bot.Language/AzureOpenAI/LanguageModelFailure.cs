namespace Bot.Language.AzureOpenAI;

/// <summary>Why a model call produced no usable answer.</summary>
public enum LanguageModelFailure
{
    NotConfigured,
    CircuitOpen,
    Timeout,
    RateLimited,
    ServerError,
    HttpError,
    Unreachable,
    Refused,
    MalformedJson,
    SchemaViolation,
    IntentOutsideList,
}

namespace Bot.Language.AzureOpenAI;

/// <summary>A model call produced no usable answer; <see cref="Failure"/> says why. The message never holds customer text.</summary>
public sealed class LanguageModelException : Exception
{
    public LanguageModelException()
    {
    }

    public LanguageModelException(string message)
        : base(message)
    {
    }

    public LanguageModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LanguageModelException(LanguageModelFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public LanguageModelFailure Failure { get; }

    /// <summary>The HTTP status of the service's answer, when it answered with an error.</summary>
    public int? Status { get; init; }
}

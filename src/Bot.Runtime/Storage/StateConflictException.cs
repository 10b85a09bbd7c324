namespace Bot.Runtime.Storage;

/// <summary>A state document kept changing under the writer for more attempts than allowed.</summary>
public sealed class StateConflictException : Exception
{
    public StateConflictException() { }

    public StateConflictException(string message) : base(message) { }

    public StateConflictException(string message, Exception innerException) : base(message, innerException) { }

    public StateConflictException(string key, int attempts)
        : base($"State '{key}' was changed concurrently on each of {attempts} attempts.") => Key = key;

    public string? Key { get; }
}

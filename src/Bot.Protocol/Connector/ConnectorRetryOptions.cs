namespace Bot.Protocol.Connector;

/// <summary>How <see cref="ConnectorClient"/> retries throttled (429) and transient (412, 5xx) failures (PROTOCOL.md §5.6).</summary>
public sealed class ConnectorRetryOptions
{
    /// <summary>Attempts in total, the first included.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first backoff delay; it doubles per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>No single wait is longer, a <c>Retry-After</c> included.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}

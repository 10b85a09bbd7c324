namespace Bot.Protocol.Connector;

/// <summary>How <see cref="ConnectorClient"/> retries throttled (429) and transient (412, 5xx) failures (PROTOCOL.md §5.6).</summary>
public sealed class ConnectorRetryOptions
{
    /// <summary>Attempts in total, the first included, for transient failures (412, 5xx, no connection).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>
    /// How long a throttled (429) request may wait in all before it fails. Teams counts messages per conversation over
    /// windows of up to 30 s (PROTOCOL.md §5.6), so a throttled message is retried past <see cref="MaxAttempts"/>, as long
    /// as its waits add up to no more than this — it is delayed, not dropped.
    /// </summary>
    public TimeSpan ThrottleBudget { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>The first backoff delay; it doubles per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>No single wait is longer, a <c>Retry-After</c> included.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}

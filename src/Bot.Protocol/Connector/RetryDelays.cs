using System.Net;
using System.Net.Http.Headers;

namespace Bot.Protocol.Connector;

/// <summary>Which Connector failures are worth another attempt, and how long to wait first.</summary>
internal static class RetryDelays
{
    /// <summary>What a throttled attempt costs of the throttle budget at least, however short its wait.</summary>
    public static readonly TimeSpan MinimumCharge = TimeSpan.FromMilliseconds(250);

    public static bool IsRetryable(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed => true,
        HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported => false,
        _ => (int)status >= 500,
    };

    /// <summary>The server's <c>Retry-After</c> when it sent one, else exponential backoff; never above the maximum.</summary>
    public static TimeSpan For(RetryConditionHeaderValue? retryAfter, int attempt, ConnectorRetryOptions options, DateTimeOffset now)
    {
        var requested = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        if (requested is { } wait)
        {
            return Clamp(wait, options.MaxDelay);
        }
        return Backoff(attempt, options);
    }

    // "Equal jitter": half the exponential step is fixed, half random, so parallel senders spread out.
    public static TimeSpan Backoff(int attempt, ConnectorRetryOptions options)
    {
        var exponent = Math.Min(attempt - 1, 30);
        var step = Math.Min(options.BaseDelay.Ticks * Math.Pow(2, exponent), options.MaxDelay.Ticks);
        var ticks = (step / 2) + (Random.Shared.NextDouble() * step / 2);
        return Clamp(TimeSpan.FromTicks((long)ticks), options.MaxDelay);
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan max) =>
        value < TimeSpan.Zero ? TimeSpan.Zero : value > max ? max : value;
}

using System.Collections.Concurrent;

namespace Bot.Protocol.Tests.Connector;

/// <summary>Records every delay the client asks for and lets it elapse at once, so retry tests take no real time.</summary>
internal sealed class RecordingTimeProvider(DateTimeOffset now) : TimeProvider
{
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override DateTimeOffset GetUtcNow() => now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Delays.Enqueue(dueTime);
        return System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}

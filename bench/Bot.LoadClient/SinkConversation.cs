namespace Bot.LoadClient;

/// <summary>The replies the sink has received for one conversation: how many, and when the last one arrived.</summary>
internal sealed class SinkConversation
{
    private readonly Lock _gate = new();
    private int _count;
    private long _lastAt;

    public void Add(long timestamp)
    {
        lock (_gate)
        {
            _count++;
            _lastAt = Math.Max(_lastAt, timestamp);
        }
    }

    public (int Count, long LastAt) Snapshot()
    {
        lock (_gate)
        {
            return (_count, _lastAt);
        }
    }
}

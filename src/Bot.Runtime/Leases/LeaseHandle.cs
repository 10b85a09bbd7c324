namespace Bot.Runtime.Leases;

/// <summary>A conversation held for one turn; renews the store lease while the turn runs, releases it on dispose.</summary>
internal sealed class LeaseHandle : IAsyncDisposable
{
    private readonly ConversationLeaseManager _manager;
    private readonly ConversationLeaseManager.LocalLock _local;
    private readonly ITimer _renewal;
    private bool _releasedInStore;
    private bool _disposed;

    public LeaseHandle(
        ConversationLeaseManager manager, string conversationKey, ConversationLeaseManager.LocalLock local, TimeSpan renewEvery, TimeProvider time)
    {
        _manager = manager;
        _local = local;
        ConversationKey = conversationKey;
        _renewal = time.CreateTimer(_ => _ = _manager.RenewAsync(ConversationKey), null, renewEvery, renewEvery);
    }

    public string ConversationKey { get; }

    public string Owner => _manager.Owner;

    /// <summary>The commit released the store lease in its own transaction; only the local lock is left to free.</summary>
    public void MarkReleasedInStore() => _releasedInStore = true;

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        await _renewal.DisposeAsync();
        await _manager.ReleaseAsync(ConversationKey, _local, !_releasedInStore);
    }
}

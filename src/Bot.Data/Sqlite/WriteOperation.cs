namespace Bot.Data.Sqlite;

/// <summary>
/// One write waiting for <see cref="SqliteWriteQueue"/>. It is either taken into a batch (and then always completes,
/// with its result once the batch committed, or with the batch's exception) or cancelled while still queued (and then
/// never runs).
/// </summary>
internal abstract class WriteOperation
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Cancelled = 2;

    private int _state;
    private CancellationTokenRegistration _cancellation;

    public void WatchCancellation(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.UnsafeRegister(
                static (operation, token) => ((WriteOperation)operation!).CancelIfQueued(token), this);
        }
    }

    /// <summary>Claims the operation for a batch; false when it was cancelled first.</summary>
    public bool TryTake()
    {
        if (Interlocked.CompareExchange(ref _state, Taken, Queued) != Queued)
        {
            return false;
        }
        _cancellation.Unregister();
        return true;
    }

    /// <summary>Runs the statements inside the batch transaction; false when this operation's changes must be undone.</summary>
    public abstract bool Execute(SqliteWriteCommands commands);

    /// <summary>Reports the result of <see cref="Execute"/>; called only after the batch committed.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);

    protected abstract void Cancel(CancellationToken cancellationToken);

    private void CancelIfQueued(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
        {
            Cancel(cancellationToken);
        }
    }
}

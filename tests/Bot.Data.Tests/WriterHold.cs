using Bot.Data.Sqlite;

namespace Bot.Data.Tests;

/// <summary>Holds the group-commit loop at its first batch until released, and records every batch's size.</summary>
internal sealed class WriterHold
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<int> _sizes = [];

    public WriterHold(SqliteWriteQueue queue) => queue.BatchStarting = async size =>
    {
        bool first;
        lock (_sizes)
        {
            _sizes.Add(size);
            first = _sizes.Count == 1;
        }
        if (first)
        {
            _held.SetResult();
            await _released.Task.WaitAsync(Timeout);
        }
    };

    public IReadOnlyList<int> BatchSizes
    {
        get
        {
            lock (_sizes)
            {
                return [.. _sizes];
            }
        }
    }

    /// <summary>Waits until the loop has taken its first batch and is held there.</summary>
    public Task HeldAsync() => _held.Task.WaitAsync(Timeout);

    public void Release() => _released.SetResult();
}

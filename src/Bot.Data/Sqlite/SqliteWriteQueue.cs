using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

[assembly: InternalsVisibleTo("Bot.Data.Tests")]

namespace Bot.Data.Sqlite;

/// <summary>
/// Group commit: every write of this process (leases, turn commits, state writes) is queued here, and one loop on one
/// long-lived connection runs all the writes waiting at that moment in a single IMMEDIATE transaction, one SAVEPOINT
/// per operation, then commits once. SQLite admits one writer at a time anyway; a batch pays the transaction and WAL
/// cost once for many operations, which is what made turns I/O-bound. Nothing is reported before its batch committed
/// (synchronous=NORMAL in WAL: durable across application crashes).
/// </summary>
internal sealed class SqliteWriteQueue : IAsyncDisposable, IDisposable
{
    private const int MaxBatch = 256;

    private readonly Channel<WriteOperation> _queue =
        Channel.CreateUnbounded<WriteOperation>(new UnboundedChannelOptions { SingleReader = true });

    private readonly SqliteConnectionSource _connections;
    private readonly ILogger<SqliteWriteQueue> _log;
    private readonly Task _loop;
    private SqliteWriteCommands? _commands;

    public SqliteWriteQueue(SqliteConnectionSource connections, ILogger<SqliteWriteQueue> log)
    {
        _connections = connections;
        _log = log;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Tests only: awaited with the batch size before each batch runs, so a test can hold the loop.</summary>
    internal Func<int, Task>? BatchStarting { get; set; }

    /// <summary>Queues <paramref name="operation"/> (synchronously, before this returns) and returns its task.</summary>
    public Task<T> EnqueueAsync<T>(WriteOperation<T> operation, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }
        operation.WatchCancellation(cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(operation), this);
        return operation.Task;
    }

    // Queued operations are still written; then the connection closes.
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        await CloseAsync();
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        // The loop never faults and runs on the thread pool without a synchronization context, so waiting is safe.
        _loop.GetAwaiter().GetResult();
        CloseAsync().AsTask().GetAwaiter().GetResult();
    }

    private async Task RunAsync()
    {
        var batch = new List<WriteOperation>(MaxBatch);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var operation))
            {
                if (operation.TryTake())
                {
                    batch.Add(operation);
                }
            }
            if (batch.Count == 0)
            {
                continue;
            }
            try
            {
                if (BatchStarting is { } hook)
                {
                    await hook(batch.Count);
                }
                await RunBatchAsync(batch);
            }
            catch (Exception ex)
            {
                await FailBatchAsync(batch, ex);
            }
            batch.Clear();
        }
    }

    private async Task RunBatchAsync(List<WriteOperation> batch)
    {
        var commands = _commands ??= new SqliteWriteCommands(await _connections.RentAsync(CancellationToken.None));
        commands.Begin();
        foreach (var operation in batch)
        {
            commands.Savepoint();
            bool keep;
            try
            {
                keep = operation.Execute(commands);
            }
            catch (Exception ex)
            {
                // Only this operation fails. When the error ended the whole transaction, undoing the savepoint throws
                // and the batch fails as a whole.
                commands.RollbackToSavepoint();
                operation.Fail(ex);
                continue;
            }
            if (keep)
            {
                commands.ReleaseSavepoint();
            }
            else
            {
                commands.RollbackToSavepoint();
            }
        }
        commands.Commit();
        foreach (var operation in batch)
        {
            operation.Complete();
        }
    }

    private async Task FailBatchAsync(List<WriteOperation> batch, Exception exception)
    {
        SqliteLog.WriteBatchFailed(_log, exception, batch.Count);
        // Start the next batch on a fresh connection rather than reason about what state this one is in.
        await CloseAsync();
        foreach (var operation in batch)
        {
            operation.Fail(exception);
        }
    }

    private async ValueTask CloseAsync()
    {
        if (_commands is { } commands)
        {
            _commands = null;
            commands.Dispose();
            // Disposing an open connection rolls back a transaction still pending.
            await commands.Connection.DisposeAsync();
        }
    }
}

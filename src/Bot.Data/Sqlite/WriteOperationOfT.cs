namespace Bot.Data.Sqlite;

/// <summary>A <see cref="WriteOperation"/> whose caller awaits a <typeparamref name="T"/>.</summary>
internal abstract class WriteOperation<T> : WriteOperation
{
    // Asynchronous continuations: callers must not run on (and hold up) the writer loop.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Task => _completion.Task;

    public sealed override bool Execute(SqliteWriteCommands commands)
    {
        (_result, var keep) = Run(commands);
        return keep;
    }

    public sealed override void Complete() => _completion.TrySetResult(_result);

    public sealed override void Fail(Exception exception) => _completion.TrySetException(exception);

    /// <summary>The statements of this operation and its result; Keep false rolls back what they wrote.</summary>
    protected abstract (T Result, bool Keep) Run(SqliteWriteCommands commands);

    protected sealed override void Cancel(CancellationToken cancellationToken) => _completion.TrySetCanceled(cancellationToken);
}

using Bot.Runtime.Storage;

namespace Bot.Data.Sqlite;

/// <summary>One ETag-checked state write outside a turn; the result is false on a conflict.</summary>
internal sealed class StateWriteOperation(StateWrite write, long now) : WriteOperation<bool>
{
    protected override (bool Result, bool Keep) Run(SqliteWriteCommands commands) => (commands.WriteState(write, now), true);
}

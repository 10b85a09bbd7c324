namespace Bot.Data.Sqlite;

/// <summary>Takes the lease when free, expired or already this owner's; the result is whether it was taken.</summary>
internal sealed class AcquireLeaseOperation(string key, string owner, long now, long expiresAt) : WriteOperation<bool>
{
    protected override (bool Result, bool Keep) Run(SqliteWriteCommands commands) =>
        (commands.AcquireLease(key, owner, now, expiresAt), true);
}

internal sealed class RenewLeaseOperation(string key, string owner, long expiresAt) : WriteOperation<bool>
{
    protected override (bool Result, bool Keep) Run(SqliteWriteCommands commands)
    {
        commands.RenewLease(key, owner, expiresAt);
        return (true, true);
    }
}

internal sealed class ReleaseLeaseOperation(string key, string owner) : WriteOperation<bool>
{
    protected override (bool Result, bool Keep) Run(SqliteWriteCommands commands)
    {
        commands.ReleaseLease(key, owner);
        return (true, true);
    }
}

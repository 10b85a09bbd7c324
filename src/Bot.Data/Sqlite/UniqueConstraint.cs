using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Sqlite;

/// <summary>Recognises a write refused by a unique index or primary key, which the stores turn into "already there".</summary>
internal static class UniqueConstraint
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public static bool IsViolatedBy(DbUpdateException exception) =>
        exception.InnerException is SqliteException
        {
            SqliteErrorCode: SqliteConstraint,
            SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        };
}

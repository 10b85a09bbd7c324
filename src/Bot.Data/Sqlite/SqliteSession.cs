using System.Data;
using Microsoft.Data.Sqlite;

namespace Bot.Data.Sqlite;

/// <summary>A rented connection for the hot-path reads the stores run as plain SQL (writes go through <see cref="SqliteWriteQueue"/>).</summary>
internal sealed class SqliteSession : IAsyncDisposable
{
    private readonly SqliteConnectionSource _source;

    private SqliteSession(SqliteConnectionSource source, SqliteConnection connection)
    {
        _source = source;
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    public static async Task<SqliteSession> OpenAsync(SqliteConnectionSource connections, CancellationToken cancellationToken) =>
        new(connections, await connections.RentAsync(cancellationToken));

    public SqliteCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    // Commands and readers are declared after the session, so they are disposed before it returns the connection:
    // an open connection here is clean whatever happened.
    public ValueTask DisposeAsync() => _source.ReturnAsync(Connection, Connection.State == ConnectionState.Open);
}

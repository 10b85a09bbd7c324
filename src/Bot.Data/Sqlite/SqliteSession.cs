using System.Data;
using Microsoft.Data.Sqlite;

namespace Bot.Data.Sqlite;

/// <summary>A rented connection for the hot-path statements the stores run as plain SQL.</summary>
internal sealed class SqliteSession : IAsyncDisposable
{
    private readonly SqliteConnectionSource _source;
    private readonly bool _writer;

    private SqliteSession(SqliteConnectionSource source, SqliteConnection connection, bool writer)
    {
        _source = source;
        _writer = writer;
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    public static async Task<SqliteSession> OpenAsync(SqliteConnectionSource connections, CancellationToken cancellationToken) =>
        new(connections, await connections.RentAsync(cancellationToken), writer: false);

    /// <summary>A session that writes: it holds this process's write gate until disposed.</summary>
    public static async Task<SqliteSession> OpenForWriteAsync(SqliteConnectionSource connections, CancellationToken cancellationToken)
    {
        await connections.WriteGate.WaitAsync(cancellationToken);
        try
        {
            return new(connections, await connections.RentAsync(cancellationToken), writer: true);
        }
        catch
        {
            connections.WriteGate.Release();
            throw;
        }
    }

    public SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    // Commands, readers and transactions are declared after the session, so they are disposed before it returns
    // the connection: an open connection here is clean whatever happened.
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _source.ReturnAsync(Connection, Connection.State == ConnectionState.Open);
        }
        finally
        {
            if (_writer)
            {
                _source.WriteGate.Release();
            }
        }
    }
}

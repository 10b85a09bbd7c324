using Bot.Data;
using Bot.Protocol.Schema;
using Bot.Runtime.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Runtime.Tests.Infrastructure;

/// <summary>One "host instance": the real pipeline and SQLite store over a database file, with a test bot.</summary>
public sealed class RuntimeInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private RuntimeInstance(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;

    public TurnProcessor Processor => _services.GetRequiredService<TurnProcessor>();

    public RecordingConnector Connector { get; } = new();

    public static async Task<RuntimeInstance> StartAsync(
        TempDatabase database,
        Func<TurnContext, CancellationToken, Task>? bot,
        Action<RuntimeOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        ILoggerProvider? logs = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        collection.AddBotData(database.ConnectionString);
        collection.AddTurnRuntime(configure);
        if (bot is not null)
        {
            collection.AddSingleton<IBot>(new DelegateBot(bot));
        }
        services?.Invoke(collection);
        var instance = new RuntimeInstance(collection.BuildServiceProvider(validateScopes: true));
        await instance.Services.MigrateBotDataAsync();
        return instance;
    }

    public Task<TurnResult> SendAsync(Activity activity) => Processor.ProcessAsync(activity, Connector, CancellationToken.None);

    public async Task<T> QueryAsync<T>(Func<BotDbContext, Task<T>> query)
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

using Bot.Data.Agents;
using Bot.Data.Complaints;
using Bot.Data.Customers;
using Bot.Data.Demo;
using Bot.Data.Handoff;
using Bot.Data.Shipments;
using Bot.Data.Sqlite;
using Bot.Data.Subscriptions;
using Bot.Data.Surveys;
using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Handoff;
using Bot.Domain.Shipments;
using Bot.Domain.Surveys;
using Bot.Runtime.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Data;

public static class BotDataExtensions
{
    private static readonly SqlitePragmaInterceptor Pragmas = new();

    /// <summary>
    /// Registers the SQLite store: a pooled <see cref="IDbContextFactory{BotDbContext}"/> (plus a scoped
    /// <see cref="BotDbContext"/> for request code), and the runtime's storage ports <see cref="ITurnStore"/>,
    /// <see cref="IStateStore"/> and <see cref="IConversationReferenceStore"/>, and the domain's <see cref="IShipmentStore"/>
    /// and <see cref="ICustomerStore"/>.
    /// </summary>
    public static IServiceCollection AddBotData(this IServiceCollection services, string connectionString) =>
        services.AddBotData(_ => connectionString);

    /// <summary>As <see cref="AddBotData(IServiceCollection, string)"/>, with the connection string resolved when first needed.</summary>
    public static IServiceCollection AddBotData(this IServiceCollection services, Func<IServiceProvider, string> connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        services.TryAddSingleton(TimeProvider.System);
        services.AddPooledDbContextFactory<BotDbContext>(
            (provider, options) => options.UseSqlite(connectionString(provider)).AddInterceptors(Pragmas));
        services.TryAddScoped(provider => provider.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext());
        services.TryAddSingleton<SqliteConnectionSource>();
        services.TryAddSingleton<SqliteWriteQueue>();
        services.TryAddSingleton<ITurnStore, SqliteTurnStore>();
        services.TryAddSingleton<IStateStore, SqliteStateStore>();
        services.TryAddSingleton<IConversationReferenceStore, SqliteConversationReferenceStore>();
        services.TryAddSingleton<IShipmentStore, EfShipmentStore>();
        services.TryAddSingleton<ICustomerStore, EfCustomerStore>();
        services.TryAddSingleton<ITrackingSubscriptionStore, EfTrackingSubscriptionStore>();
        services.TryAddSingleton<IComplaintStore, EfComplaintStore>();
        services.TryAddSingleton<ISurveyStore, EfSurveyStore>();
        services.TryAddSingleton<IAgentAccountStore, EfAgentAccountStore>();
        services.TryAddSingleton<IAgentThreadStore, EfAgentThreadStore>();
        services.TryAddSingleton<ICannedResponseStore, EfCannedResponseStore>();
        services.TryAddSingleton<IEscalationStore, EfEscalationStore>();
        services.TryAddSingleton<ICallbackCaseStore, EfCallbackCaseStore>();
        services.TryAddSingleton<IConversationTranscript, EfConversationTranscript>();
        services.AddOptions<StoreOptions>();
        return services;
    }

    /// <summary>
    /// Creates the database folder, switches the file to WAL (a persistent setting, so once is enough) and applies the
    /// checked-in migrations; then inserts the demo data when <see cref="StoreOptions.SeedDemoData"/> is on.
    /// </summary>
    public static async Task MigrateBotDataAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<BotDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        if (connection.Mode != SqliteOpenMode.Memory && connection.DataSource is { Length: > 0 } file && file != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (services.GetRequiredService<IOptions<StoreOptions>>().Value.SeedDemoData)
        {
            await DemoData.SeedAsync(db, services.GetService<TimeProvider>() ?? TimeProvider.System, cancellationToken);
        }
    }
}

using Bot.Data.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Data.Tests.Import;

/// <summary>A migrated SQLite store in a temp folder (no demo data) with the importer; deleted on dispose.</summary>
internal sealed class ImportStore : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-import-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    private ImportStore()
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddBotData($"Data Source={Path.Combine(_folder, "bot.db")}")
            .Configure<StoreOptions>(o => o.SeedDemoData = false)
            .AddSingleton<ShipmentImporter>()
            .BuildServiceProvider();
    }

    public IServiceProvider Services => _services;

    public ShipmentImporter Importer => _services.GetRequiredService<ShipmentImporter>();

    public static async Task<ImportStore> CreateAsync()
    {
        var store = new ImportStore();
        await store._services.MigrateBotDataAsync();
        return store;
    }

    public Task<ImportResult> ImportAsync(ImportBatch batch) => Importer.ImportAsync(batch, CancellationToken.None);

    public Task<ImportResult> ImportSampleAsync(string name) => ImportAsync(SampleBatch(name));

    public static ImportBatch SampleBatch(string name) =>
        name.EndsWith(".json", StringComparison.Ordinal)
            ? JsonImportReader.Read(SampleFiles.Read(name), name)
            : CsvImportReader.Read(SampleFiles.Read(name), name);

    /// <summary>Every stored row, as text, in a stable order: equal snapshots mean an unchanged store.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var customers = (await db.Customers.Include(c => c.Contacts).ToListAsync()).OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => $"{c.Id}|{c.Name}|{c.Tier}|{string.Join(";", c.Contacts.OrderBy(x => x.Id).Select(x => $"{x.Name},{x.Phone},{x.Email},{x.AadObjectId}"))}");
        var shipments = (await db.Shipments.ToListAsync()).OrderBy(s => s.TrackingNumber, StringComparer.Ordinal)
            .Select(s => $"{s.TrackingNumber}|{s.CustomerId}|{s.PromisedFrom:O}|{s.PromisedTo:O}|{s.ShipperName}|{s.ShipperPhone}|{s.ShipperAddress}|{s.ConsigneeName}|{s.ConsigneePhone}|{s.ConsigneeAddress}");
        var events = (await db.ShipmentEvents.ToListAsync()).OrderBy(e => e.Id)
            .Select(e => $"{e.Id}|{e.TrackingNumber}|{e.Stage}|{e.Location}|{e.At:O}|{e.SignedBy}|{e.ExceptionReason}");
        return string.Join("\n", customers.Concat(shipments).Concat(events));
    }

    public async Task<(int Customers, int Contacts, int Shipments, int Events)> CountsAsync()
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return (await db.Customers.CountAsync(), await db.CustomerContacts.CountAsync(), await db.Shipments.CountAsync(), await db.ShipmentEvents.CountAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

using System.Net.Http.Headers;
using System.Text;
using Bot.Domain.Complaints;
using Bot.Domain.Shipments;
using Bot.Host.Operations;
using Bot.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Tests.Operations;

/// <summary>A host with an operator key, no demo data, and recording notifiers in place of the dialogs' ones.</summary>
internal sealed class OperationsHost : IAsyncDisposable
{
    public const string Key = "operations-test-key";

    public OperationsHost(bool failingNotifier = false, Action<BotHostFactory>? configure = null)
    {
        ShipmentNotifier = new RecordingShipmentEventNotifier(failingNotifier);
        Factory = new BotHostFactory()
            .WithConfig("Operations:ApiKey", Key)
            .WithConfig("Store:SeedDemoData", "false")
            .WithServices(services =>
            {
                services.RemoveAll<IShipmentEventNotifier>();
                services.AddSingleton<IShipmentEventNotifier>(ShipmentNotifier);
                services.RemoveAll<IComplaintNotifier>();
                services.AddSingleton<IComplaintNotifier>(ComplaintNotifier);
            });
        configure?.Invoke(Factory);
        Client = Factory.CreateClient();
        Client.DefaultRequestHeaders.Add(OperatorKeyFilter.HeaderName, Key);
    }

    public BotHostFactory Factory { get; }

    public HttpClient Client { get; }

    public RecordingShipmentEventNotifier ShipmentNotifier { get; }

    public RecordingComplaintNotifier ComplaintNotifier { get; } = new();

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public Task<HttpResponseMessage> PostAsync(string path, string body, string mediaType) =>
        Client.PostAsync(new Uri(path, UriKind.Relative), Content(body, mediaType));

    public Task<HttpResponseMessage> ImportSampleAsync(string name, string? query = null) =>
        Client.PostAsync(
            new Uri("/api/operations/import" + query, UriKind.Relative),
            Content(File.ReadAllBytes(SamplePath(name)), name.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : "text/csv"));

    public async Task<int> StoredEventCountAsync(string number) =>
        (await Service<IShipmentStore>().FindAsync(TrackingNumber.Parse(number), default))?.Timeline.Count ?? -1;

    public static string SamplePath(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", "import", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("Sample not found above the test folder.", name);
    }

    public static ByteArrayContent Content(string body, string mediaType) => Content(Encoding.UTF8.GetBytes(body), mediaType);

    public static ByteArrayContent Content(byte[] body, string mediaType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}

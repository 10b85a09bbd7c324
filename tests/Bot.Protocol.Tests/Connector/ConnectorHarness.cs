using Bot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Protocol.Tests.Connector;

/// <summary>A fake channel, a token stand-in and the client wired through <see cref="ConnectorServiceCollectionExtensions.AddBotConnector"/>.</summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    public const string AppId = "00000000-0000-0000-0000-0000000000b0";
    public const string AppPassword = "s3cret-value";

    private ConnectorHarness(FakeChannelService channel, TokenEndpointStandIn tokens, ServiceProvider services, RecordingTimeProvider time)
    {
        Channel = channel;
        Tokens = tokens;
        Services = services;
        Time = time;
    }

    public FakeChannelService Channel { get; }
    public TokenEndpointStandIn Tokens { get; }
    public ServiceProvider Services { get; }
    public RecordingTimeProvider Time { get; }
    public ConnectorClient Client => Services.GetRequiredService<ConnectorClient>();

    /// <summary>A Teams-like service URL with its own path prefix.</summary>
    public string ServiceUrl => Channel.BaseUrl + "teams/";

    public static async Task<ConnectorHarness> StartAsync(Action<BotCredentialsOptions>? credentials = null)
    {
        var channel = await FakeChannelService.StartAsync();
        var tokens = await TokenEndpointStandIn.StartAsync();
        var time = new RecordingTimeProvider(new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddBotConnector(o =>
            {
                o.AppId = AppId;
                o.AppPassword = AppPassword;
                o.AuthorityHost = tokens.AuthorityHost;
                credentials?.Invoke(o);
            });
        services.AddHttpClient(MsalHttpClientFactory.ClientName).ConfigurePrimaryHttpMessageHandler(tokens.CreateTrustingHandler);
        return new ConnectorHarness(channel, tokens, services.BuildServiceProvider(validateScopes: true), time);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Channel.DisposeAsync();
        await Tokens.DisposeAsync();
    }
}

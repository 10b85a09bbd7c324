using Bot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Protocol.Tests.Connector;

public sealed class MsalBotTokenProviderTests
{
    [Fact]
    public async Task Multi_tenant_bot_gets_a_client_credentials_token_once_and_then_from_the_cache()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var provider = harness.Services.GetRequiredService<IBotTokenProvider>();

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(TokenEndpointStandIn.TokenFor(1), first);
        Assert.Equal(first, second);
        var (path, form) = Assert.Single(harness.Tokens.Requests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", path);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(ConnectorHarness.AppId, form["client_id"]);
        Assert.Equal(ConnectorHarness.AppPassword, form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task Single_tenant_bot_asks_its_own_tenant()
    {
        await using var harness = await ConnectorHarness.StartAsync(o =>
        {
            o.AppType = BotCredentialsOptions.SingleTenant;
            o.TenantId = "22222222-2222-2222-2222-222222222222";
        });

        await harness.Services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Equal("/22222222-2222-2222-2222-222222222222/oauth2/v2.0/token", Assert.Single(harness.Tokens.Requests).Path);
    }

    [Fact]
    public async Task Connector_calls_reuse_the_cached_token()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            await harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", new() { Type = "message" }, CancellationToken.None);
        }

        Assert.Single(harness.Tokens.Requests);
        Assert.All(harness.Channel.Requests, r => Assert.Equal($"Bearer {TokenEndpointStandIn.TokenFor(1)}", r.Authorization));
    }

    [Fact]
    public async Task Rejected_credentials_surface_as_a_connector_exception()
    {
        await using var harness = await ConnectorHarness.StartAsync(o => o.AppPassword = TokenEndpointStandIn.RejectedSecret);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", new() { Type = "message" }, CancellationToken.None));

        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Channel.Requests);
    }

    [Fact]
    public void Single_tenant_without_tenant_id_is_rejected_at_start()
    {
        using var services = new ServiceCollection().AddLogging()
            .AddBotConnector(o => (o.AppId, o.AppPassword, o.AppType) = ("app", "secret", BotCredentialsOptions.SingleTenant))
            .BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value);
    }
}

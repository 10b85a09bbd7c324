using Bot.Protocol.Connector;
using Bot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Protocol.Tests.Connector;

public sealed class AnonymousConnectorTests
{
    [Fact]
    public async Task Bot_without_app_id_calls_the_channel_without_authorization()
    {
        await using var harness = await ConnectorHarness.StartAsync(o => o.AppId = null);

        var token = await harness.Services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);
        await harness.Client.SendToConversationAsync(harness.Channel.BaseUrl, "conv|livechat",
            new Activity { Type = ActivityTypes.Message, Text = "hi" }, CancellationToken.None);

        Assert.Null(token);
        var request = Assert.Single(harness.Channel.Requests);
        Assert.Null(request.Authorization);
        Assert.Equal("/v3/conversations/conv%7Clivechat/activities", request.RawTarget);
        Assert.Empty(harness.Tokens.Requests);
    }
}

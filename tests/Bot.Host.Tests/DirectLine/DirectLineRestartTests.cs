using System.Net;
using Bot.Host.Tests.Infrastructure;

namespace Bot.Host.Tests.DirectLine;

public sealed class DirectLineRestartTests
{
    [Fact]
    public async Task Tokens_without_a_configured_signing_key_stay_valid_on_a_restarted_host_over_the_same_store()
    {
        // No DirectLine:TokenSigningKey: the host generates one and keeps it in the store.
        await using var first = new BotHostFactory();
        var before = new DirectLineTestClient(first);
        using var issued = await first.CreateClient().PostAsync("/api/webchat/token", null);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var token = await DirectLineTestClient.ReadObjectAsync(issued);
        var conversationId = (string)token["conversationId"]!;
        using var started = await before.SendAsync(HttpMethod.Post, $"{DirectLineTestClient.Base}/conversations", (string)token["token"]!);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var conversation = await DirectLineTestClient.ReadObjectAsync(started);

        // A second host instance over the same database file stands in for the restarted host.
        await using var second = new BotHostFactory().WithConfig("ConnectionStrings:Bot", $"Data Source={first.DatabasePath}");
        var after = new DirectLineTestClient(second);

        var history = await after.GetActivitiesAsync(conversationId, (string)conversation["token"]!);
        Assert.Contains(DirectLineTestClient.Activities(history), DirectLineTestClient.IsBotMessage);

        using var renewed = await second.CreateClient().PostAsync("/api/webchat/token",
            DirectLineTestClient.Json($$"""{"token":"{{conversation["token"]}}"}"""));
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Equal(conversationId, (string?)(await DirectLineTestClient.ReadObjectAsync(renewed))["conversationId"]);
    }
}

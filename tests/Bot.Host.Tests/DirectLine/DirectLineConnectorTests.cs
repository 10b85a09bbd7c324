using Bot.Host.DirectLine;
using Bot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.DirectLine;

public sealed class DirectLineConnectorTests : StartedConversationTests
{
    [Fact]
    public async Task Proactive_message_is_stamped_as_the_bot_and_addressed_to_the_user()
    {
        var connector = factory.Services.GetRequiredService<DirectLineChannel>().CreateConnector(conversationId);

        var sent = await connector.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "Your parcel arrived" }, CancellationToken.None);

        var activity = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversationId, token)).Single(a => (string?)a["id"] == sent.Id);
        Assert.Equal("bot", (string?)activity["from"]?["role"]);
        Assert.Equal("directline", (string?)activity["channelId"]);
        Assert.StartsWith("dl_", (string?)activity["recipient"]?["id"], StringComparison.Ordinal);
        Assert.NotNull(activity["timestamp"]);
    }

    [Fact]
    public async Task Update_reuses_the_id_and_timestamp_so_Web_Chat_replaces_in_place()
    {
        var connector = factory.Services.GetRequiredService<DirectLineChannel>().CreateConnector(conversationId);
        var sent = await connector.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "Checking..." }, CancellationToken.None);
        var before = await client.GetActivitiesAsync(conversationId, token);

        await connector.UpdateAsync(new Activity { Type = ActivityTypes.Message, Id = sent.Id, Text = "Delivered" }, CancellationToken.None);

        var after = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversationId, token, (string)before["watermark"]!));
        var updated = Assert.Single(after);
        Assert.Equal(sent.Id, (string?)updated["id"]);
        Assert.Equal("Delivered", (string?)updated["text"]);
        var original = DirectLineTestClient.Activities(before).Single(a => (string?)a["id"] == sent.Id);
        Assert.Equal((string?)original["timestamp"], (string?)updated["timestamp"]);
    }

    [Fact]
    public async Task Delete_blanks_the_message_in_history()
    {
        var connector = factory.Services.GetRequiredService<DirectLineChannel>().CreateConnector(conversationId);
        var sent = await connector.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "secret tracking link" }, CancellationToken.None);

        await connector.DeleteAsync(new ConversationReference { Conversation = new ConversationAccount(conversationId) }, sent.Id!, CancellationToken.None);

        var deleted = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversationId, token)).Single(a => (string?)a["id"] == sent.Id);
        Assert.Equal("", (string?)deleted["text"]);
    }

    [Fact]
    public async Task Concurrent_sends_get_distinct_consecutive_watermarks()
    {
        var channel = factory.Services.GetRequiredService<DirectLineChannel>();
        var before = await client.GetActivitiesAsync(conversationId, token);

        var sent = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            channel.CreateConnector(conversationId).SendAsync(new Activity { Type = ActivityTypes.Message, Text = $"update {i}" }, CancellationToken.None)));

        var after = await client.GetActivitiesAsync(conversationId, token, (string)before["watermark"]!);
        var ids = DirectLineTestClient.Activities(after).Select(a => (string?)a["id"]).ToList();
        Assert.Equal(12, ids.Distinct().Count());
        Assert.Equal(sent.Select(r => r.Id).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal(long.Parse((string)before["watermark"]!, System.Globalization.CultureInfo.InvariantCulture) + 12,
            long.Parse((string)after["watermark"]!, System.Globalization.CultureInfo.InvariantCulture));
    }
}

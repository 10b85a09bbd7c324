using Bot.Protocol.Schema;
using Bot.Runtime.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Runtime.Tests;

public sealed class TranscriptTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Transcript_has_the_inbound_activity_and_the_replies_under_the_ids_the_channel_gave()
    {
        await using var instance = await RuntimeInstance.StartAsync(_database, async (turn, ct) =>
        {
            await turn.SendActivityAsync("first", ct);
            var second = await turn.SendActivityAsync("second", ct);
            await turn.UpdateActivityAsync(new Activity { Type = ActivityTypes.Message, Id = second.Id, Text = "second, edited" }, ct);
        });

        await instance.SendAsync(Activities.Message("c1", "hello", id: "in-1")).Within();

        var rows = await instance.QueryAsync(db => db.TranscriptEntries.OrderBy(t => t.Id).ToListAsync());
        Assert.Equal(
            [("in", "message", "in-1"), ("out", "message", "c1-out-1"), ("out", "message", "c1-out-2"), ("out", "messageUpdate", "c1-out-2")],
            rows.Select(r => (r.Direction, r.Type, r.ActivityId)));
        var reply = ProtocolJson.DeserializeActivity(rows[1].Json)!;
        Assert.Equal("c1-out-1", reply.Id);
        Assert.Equal("first", reply.Text);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Equal("user1", reply.Recipient?.Id);
        Assert.Equal("hello", ProtocolJson.DeserializeActivity(rows[0].Json)!.Text);
        Assert.All(rows, r => Assert.Equal(("test", "c1"), (r.ChannelId, r.ConversationId)));
    }

    [Fact]
    public async Task Conversation_reference_is_kept_for_proactive_messages()
    {
        await using var instance = await RuntimeInstance.StartAsync(_database, (turn, ct) => Task.CompletedTask);

        await instance.SendAsync(Activities.Message("c1", "hello", locale: "en-US")).Within();
        await instance.SendAsync(Activities.Message("c1", "again") with { CallerId = "urn:botframework:azure" }).Within();

        var record = await instance.QueryAsync(db => db.Conversations.SingleAsync());
        Assert.Equal(("test/conversations/c1", "test", "c1", "en-US"), (record.Key, record.ChannelId, record.ConversationId, record.Locale));
        Assert.True(record.ServiceUrlVerified);
        var reference = System.Text.Json.JsonSerializer.Deserialize(record.ReferenceJson, ProtocolJsonContext.Default.ConversationReference)!;
        Assert.Equal("https://channel.invalid/", reference.ServiceUrl);
        Assert.Equal("user1", reference.User?.Id);
        Assert.Equal("bot", reference.Bot?.Id);
    }
}

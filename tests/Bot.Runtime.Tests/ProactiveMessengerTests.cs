using Bot.Protocol.Schema;
using Bot.Runtime.Channels;
using Bot.Runtime.Proactive;
using Bot.Runtime.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Runtime.Tests;

public sealed class ProactiveMessengerTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly RecordingConnector _proactiveChannel = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Proactive_message_reaches_the_channel_and_the_transcript()
    {
        await using var instance = await StartAsync();
        await instance.SendAsync(Activities.Message("c1", "track my parcel", locale: "en-US")).Within();
        var messenger = instance.Services.GetRequiredService<ProactiveMessenger>();
        Activity? seen = null;

        await messenger.ContinueConversationAsync("test", "c1", async (turn, ct) =>
        {
            seen = turn.Activity;
            await turn.SendActivityAsync("Your parcel was delivered.", ct);
        }, CancellationToken.None).Within();

        Assert.Equal((ActivityTypes.Event, "ContinueConversation", "user1", "bot"), (seen!.Type, seen.Name, seen.From?.Id, seen.Recipient?.Id));
        var sent = Assert.Single(_proactiveChannel.Sent);
        Assert.Equal(("Your parcel was delivered.", "user1", "c1", null as string), (sent.Text, sent.Recipient?.Id, sent.Conversation?.Id, sent.ReplyToId));
        var row = await instance.QueryAsync(db => db.TranscriptEntries.OrderBy(t => t.Id).LastAsync());
        Assert.Equal(("out", "c1-out-1"), (row.Direction, row.ActivityId));
        Assert.Contains("Your parcel was delivered.", row.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proactive_message_to_an_unknown_conversation_fails()
    {
        await using var instance = await StartAsync();
        var messenger = instance.Services.GetRequiredService<ProactiveMessenger>();

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => messenger.ContinueConversationAsync("test", "nope", (_, _) => Task.CompletedTask, CancellationToken.None));
    }

    private Task<RuntimeInstance> StartAsync() =>
        RuntimeInstance.StartAsync(
            _database,
            (turn, ct) => Task.CompletedTask,
            services: s => s.AddSingleton<IChannelConnectorFactory>(new SingleConnectorFactory(_proactiveChannel)));

    private sealed class SingleConnectorFactory(IChannelConnector connector) : IChannelConnectorFactory
    {
        public IChannelConnector Create(ConversationReference reference) => connector;
    }
}

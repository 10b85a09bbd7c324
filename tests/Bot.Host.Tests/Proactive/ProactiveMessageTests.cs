using System.Net;
using Bot.Host.Tests.DirectLine;
using Bot.Host.Tests.Messaging;
using Bot.Protocol.Schema;
using Bot.Runtime.Proactive;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.Proactive;

public sealed class ProactiveMessageTests
{
    [Fact]
    public async Task Proactive_message_reaches_a_direct_line_conversation_and_its_stream_history()
    {
        await using var factory = DirectLineTestClient.CreateHost();
        var client = new DirectLineTestClient(factory);
        var conversation = await client.StartAsync();
        var conversationId = (string)conversation["conversationId"]!;
        var token = (string)conversation["token"]!;

        var messenger = factory.Services.GetRequiredService<ProactiveMessenger>();
        await messenger.ContinueConversationAsync(Channels.DirectLine, conversationId,
            (turn, ct) => turn.SendActivityAsync("Your parcel RA123456789CN is out for delivery.", ct), CancellationToken.None);

        var set = await client.GetActivitiesAsync(conversationId, token);
        var proactive = DirectLineTestClient.Activities(set).Last();
        Assert.Equal("Your parcel RA123456789CN is out for delivery.", (string?)proactive["text"]);
        Assert.Equal("bot", (string?)proactive["from"]!["role"]);
        Assert.False(string.IsNullOrEmpty((string?)proactive["id"]));
    }

    [Fact]
    public async Task Proactive_message_reaches_a_connector_conversation_at_its_service_url()
    {
        await using var channel = await FakeChannelService.StartAsync();
        await using var factory = new Infrastructure.BotHostFactory();
        using var http = factory.CreateClient();

        // A first turn (answered in the HTTP body) makes the host remember the conversation and its service URL.
        var first = ActivityJson.Message("hello", deliveryMode: DeliveryModes.ExpectReplies, serviceUrl: channel.ServiceUrl);
        using var response = await http.PostAsync("/api/messages", ActivityJson.Content(first));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var conversationId = (string)first["conversation"]!["id"]!;
        var messenger = factory.Services.GetRequiredService<ProactiveMessenger>();
        await messenger.ContinueConversationAsync("emulator", conversationId,
            (turn, ct) => turn.SendActivityAsync("Complaint CMP-1 was resolved.", ct), CancellationToken.None);

        var received = await channel.FirstActivity;
        Assert.Equal(conversationId, received.ConversationId);
        Assert.Equal("Complaint CMP-1 was resolved.", (string?)received.Body["text"]);
        Assert.Equal("user-1", (string?)received.Body["recipient"]!["id"]);
    }
}

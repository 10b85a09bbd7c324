using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Bot.Host.DirectLine;
using Bot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.DirectLine;

public sealed class DirectLineStreamTests : DirectLineHostTests
{
    [Fact]
    public async Task Greeting_echo_and_reply_arrive_as_frames()
    {
        var started = await client.StartAsync();
        var conversationId = (string)started["conversationId"]!;
        using var socket = await client.ConnectAsync((string)started["streamUrl"]!);

        var replay = DirectLineTestClient.Activities(await DirectLineTestClient.ReceiveSetAsync(socket));
        var id = await client.SendMessageAsync(conversationId, (string)started["token"]!, "hello", "client-ws");
        var live = await DirectLineTestClient.ReceiveUntilAsync(socket, got => got.Any(a => (string?)a["replyToId"] == id));

        Assert.Contains(replay, DirectLineTestClient.IsBotMessage);
        var echo = Assert.Single(live, a => (string?)a["id"] == id);
        Assert.Equal("client-ws", (string?)echo["channelData"]?["clientActivityID"]);
        var reply = Assert.Single(live, a => (string?)a["replyToId"] == id);
        Assert.Equal("bot", (string?)reply["from"]?["role"]);
    }

    [Fact]
    public async Task Reconnect_with_a_watermark_replays_exactly_what_was_missed()
    {
        var started = await client.StartAsync();
        var conversationId = (string)started["conversationId"]!;
        var token = (string)started["token"]!;
        string watermark;
        using (var first = await client.ConnectAsync((string)started["streamUrl"]!))
        {
            watermark = (string)(await DirectLineTestClient.ReceiveSetAsync(first))["watermark"]!;
            await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }
        var missedId = await client.SendMessageAsync(conversationId, token, "while away", "client-away");
        var expected = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversationId, token, watermark));

        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark={watermark}", token);
        var streamUrl = (string)(await DirectLineTestClient.ReadObjectAsync(reconnect))["streamUrl"]!;
        using var second = await client.ConnectAsync(streamUrl);
        var replayed = await DirectLineTestClient.ReceiveSetAsync(second);

        Assert.Contains(expected, a => (string?)a["id"] == missedId);
        Assert.Equal(expected.Select(a => (string?)a["id"]), DirectLineTestClient.Activities(replayed).Select(a => (string?)a["id"]));
        Assert.True(long.Parse((string)replayed["watermark"]!, CultureInfo.InvariantCulture) > long.Parse(watermark, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_second_socket_closes_the_first_with_collision()
    {
        var started = await client.StartAsync();
        using var first = await client.ConnectAsync((string)started["streamUrl"]!);
        await DirectLineTestClient.ReceiveSetAsync(first);

        using var second = await client.ConnectAsync((string)started["streamUrl"]!);
        await DirectLineTestClient.ReceiveSetAsync(second);
        string? frame;
        do
        {
            frame = await DirectLineTestClient.ReceiveFrameAsync(first);
        }
        while (frame is not null);

        Assert.Equal("collision", first.CloseStatusDescription);
    }

    [Fact]
    public async Task Bot_typing_is_pushed_but_not_replayed()
    {
        var started = await client.StartAsync();
        var conversationId = (string)started["conversationId"]!;
        using var socket = await client.ConnectAsync((string)started["streamUrl"]!);
        await DirectLineTestClient.ReceiveSetAsync(socket);
        var connector = factory.Services.GetRequiredService<DirectLineChannel>().CreateConnector(conversationId);

        await connector.SendAsync(new Activity { Type = "typing" }, CancellationToken.None);
        var pushed = await DirectLineTestClient.ReceiveUntilAsync(socket, got => got.Count > 0);
        var history = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversationId, (string)started["token"]!));

        Assert.Equal("typing", (string?)pushed[0]["type"]);
        Assert.DoesNotContain(history, a => (string?)a["type"] == "typing");
        Assert.IsType<JsonObject>(pushed[0]["from"]);
    }

    [Fact]
    public async Task Idle_stream_sends_empty_keep_alive_frames()
    {
        await using var quick = DirectLineTestClient.CreateHost().WithConfig("DirectLine:KeepAliveInterval", "00:00:01");
        var idle = new DirectLineTestClient(quick);
        var started = await idle.StartAsync();
        using var socket = await idle.ConnectAsync((string)started["streamUrl"]!);
        await DirectLineTestClient.ReceiveSetAsync(socket);

        var frame = await DirectLineTestClient.ReceiveFrameAsync(socket);

        Assert.Equal("", frame);
    }
}

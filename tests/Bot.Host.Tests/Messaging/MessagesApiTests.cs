using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Host.Tests.Infrastructure;

namespace Bot.Host.Tests.Messaging;

public sealed class MessagesApiTests : IAsyncLifetime
{
    private readonly BotHostFactory host = new();
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = host.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Expect_replies_message_returns_the_bots_reply_in_the_body()
    {
        var response = await client.PostAsync("/api/messages", ActivityJson.Content(ActivityJson.Message("where is my parcel?", "expectReplies")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await RepliesOf(response))!;
        Assert.Equal("message", (string?)reply["type"]);
        // The first message already asks for tracking: the customer-service dialog asks for the number.
        Assert.Equal("Please type the tracking number of your shipment.", (string?)reply["text"]);
        Assert.False(string.IsNullOrEmpty((string?)reply["id"]));
        Assert.EndsWith("Z", (string?)reply["timestamp"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expect_replies_conversation_update_returns_the_greeting()
    {
        var response = await client.PostAsync("/api/messages", ActivityJson.Content(ActivityJson.ConversationUpdate("expectReplies")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var greeting = Assert.Single(await RepliesOf(response))!;
        Assert.StartsWith("Hello", (string?)greeting["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redelivered_expect_replies_activity_returns_no_replies()
    {
        var activity = ActivityJson.Message("hi", "expectReplies");
        await client.PostAsync("/api/messages", ActivityJson.Content(activity));

        var again = await client.PostAsync("/api/messages", ActivityJson.Content(activity));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Empty(await RepliesOf(again));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("""{"text":"no type","channelId":"emulator","conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:9/"}""")]
    [InlineData("""{"type":"message","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/"}""")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:9/"}""")]
    [InlineData("""{"type":"message","channelId":"emulator","conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","channelId":"emulator","conversation":{"id":"c"},"serviceUrl":"ftp://x/"}""")]
    [InlineData("""{"type":"message","channelId":"emulator","conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:9/","timestamp":"yesterday"}""")]
    public async Task Invalid_activity_is_a_400_problem(string body)
    {
        var response = await client.PostAsync("/api/messages", ActivityJson.Content(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Body_larger_than_the_limit_is_413()
    {
        var activity = ActivityJson.Message(new string('x', 300 * 1024), "expectReplies");

        var response = await client.PostAsync("/api/messages", ActivityJson.Content(activity));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Get_is_405()
    {
        var response = await client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_the_bot_does_not_answer_is_501()
    {
        var invoke = ActivityJson.Activity("invoke");
        // An invoke no part of the bot handles (adaptiveCard/action is answered by the tracking card's actions).
        invoke["name"] = "composeExtension/query";
        invoke["value"] = new JsonObject { ["commandId"] = "searchQuery", ["parameters"] = new JsonArray() };

        var response = await client.PostAsync("/api/messages", ActivityJson.Content(invoke));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Message_reply_is_posted_to_the_channels_service_url()
    {
        await using var channel = await FakeChannelService.StartAsync();
        var message = ActivityJson.Message("where is my parcel?", serviceUrl: channel.ServiceUrl);

        var response = await client.PostAsync("/api/messages", ActivityJson.Content(message));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength ?? 0);
        var received = await channel.FirstActivity;
        Assert.Equal((string?)message["conversation"]!["id"], received.ConversationId);
        Assert.Equal((string?)message["id"], received.ReplyToId);
        Assert.Equal((string?)message["id"], (string?)received.Body["replyToId"]);
        Assert.Equal("Please type the tracking number of your shipment.", (string?)received.Body["text"]);
    }

    private static async Task<JsonArray> RepliesOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return Assert.IsType<JsonArray>(body?["activities"]);
    }
}

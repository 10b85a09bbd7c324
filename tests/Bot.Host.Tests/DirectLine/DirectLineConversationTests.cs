using System.Net;
using System.Net.Http.Headers;

namespace Bot.Host.Tests.DirectLine;

public sealed class DirectLineConversationTests : DirectLineHostTests
{
    [Fact]
    public async Task Starting_with_a_token_answers_201_then_200_for_the_same_conversation()
    {
        var generated = await client.GenerateAsync();
        var token = (string)generated["token"]!;

        using var first = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        using var second = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var started = await DirectLineTestClient.ReadObjectAsync(first);
        Assert.Equal((string)generated["conversationId"]!, (string)started["conversationId"]!);
        Assert.False(string.IsNullOrEmpty((string?)started["token"]));
        Assert.Equal(1800, (int)started["expires_in"]!);
    }

    [Fact]
    public async Task Stream_url_is_absolute_and_carries_a_token()
    {
        var started = await client.StartAsync();

        var streamUrl = new Uri((string)started["streamUrl"]!);

        Assert.Equal("ws", streamUrl.Scheme);
        Assert.Equal($"/v3/directline/conversations/{(string)started["conversationId"]!}/stream", streamUrl.AbsolutePath);
        Assert.Contains("t=", streamUrl.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_a_conversation_greets_the_user()
    {
        var started = await client.StartAsync();

        var set = await client.GetActivitiesAsync((string)started["conversationId"]!, (string)started["token"]!);

        var greeting = Assert.Single(DirectLineTestClient.Activities(set), DirectLineTestClient.IsBotMessage);
        Assert.Equal("directline", (string?)greeting["channelId"]);
        Assert.False(string.IsNullOrEmpty((string?)greeting["id"]));
        Assert.NotNull(greeting["timestamp"]);
        Assert.DoesNotContain(DirectLineTestClient.Activities(set), a => (string?)a["type"] == "conversationUpdate");
    }

    [Fact]
    public async Task Secret_starts_a_conversation_directly()
    {
        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestClient.Secret,
            DirectLineTestClient.Json("""{"user":{"id":"user7"}}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = await DirectLineTestClient.ReadObjectAsync(response);
        var conversationId = (string)started["conversationId"]!;
        var id = await client.SendMessageAsync(conversationId, DirectLineTestClient.Secret, "hello", "c1");
        var set = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversationId, (string)started["token"]!));
        Assert.Contains(set, a => (string?)a["id"] == id);
        Assert.Contains(set, a => (string?)a["replyToId"] == id && DirectLineTestClient.IsBotMessage(a));
        // The token handed out for a secret-started conversation belongs to the user named in the body.
        Assert.Equal("user7", DirectLineTestClient.TokenUser((string)started["token"]!));
    }

    [Fact]
    public async Task Reconnect_returns_a_fresh_token_and_stream_url()
    {
        var started = await client.StartAsync();
        var conversationId = (string)started["conversationId"]!;

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=3", (string)started["token"]!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reconnected = await DirectLineTestClient.ReadObjectAsync(response);
        Assert.Equal(conversationId, (string)reconnected["conversationId"]!);
        Assert.False(string.IsNullOrEmpty((string?)reconnected["token"]));
        Assert.Contains("watermark=3", (string)reconnected["streamUrl"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_of_another_conversation_is_refused_on_every_endpoint()
    {
        var a = await client.StartAsync();
        var b = await client.StartAsync();
        var tokenA = (string)a["token"]!;
        var conversationB = (string)b["conversationId"]!;
        var path = $"/v3/directline/conversations/{conversationB}";
        using var upload = new ByteArrayContent([1, 2, 3]);
        upload.Headers.ContentType = new MediaTypeHeaderValue("image/png");

        using var post = await client.PostActivityAsync(conversationB, tokenA, """{"type":"message","text":"hi"}""");
        using var get = await client.SendAsync(HttpMethod.Get, $"{path}/activities?watermark=", tokenA);
        using var reconnect = await client.SendAsync(HttpMethod.Get, path, tokenA);
        using var uploaded = await client.SendAsync(HttpMethod.Post, $"{path}/upload?userId=x", tokenA, upload);
        var streamUrl = ((string)b["streamUrl"]!).Split("&t=")[0] + "&t=" + Uri.EscapeDataString(tokenA);
        var stream = await Record.ExceptionAsync(() => client.ConnectAsync(streamUrl));

        Assert.All([post, get, reconnect, uploaded], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.NotNull(stream);
        Assert.Contains("403", stream.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_authorization_is_401_and_unknown_conversation_with_the_secret_is_404()
    {
        using var missing = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope/activities", null);
        using var unknown = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope/activities", DirectLineTestClient.Secret);
        using var unknownPost = await client.PostActivityAsync("nope", DirectLineTestClient.Secret, """{"type":"message","text":"hi","from":{"id":"u"}}""");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPost.StatusCode);
        Assert.NotNull((await DirectLineTestClient.ReadObjectAsync(unknown))["error"]?["code"]);
    }

    [Fact]
    public async Task Session_id_helper_answers()
    {
        var started = await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Get, "/v3/directline/session/getsessionid", (string)started["token"]!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await DirectLineTestClient.ReadObjectAsync(response))["sessionId"]);
    }

    [Fact]
    public async Task Stream_is_refused_before_the_upgrade_with_a_bad_token()
    {
        var started = await client.StartAsync();
        var url = ((string)started["streamUrl"]!).Split("&t=")[0] + "&t=garbage";

        var refused = await Record.ExceptionAsync(() => client.ConnectAsync(url));

        Assert.NotNull(refused);
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }
}

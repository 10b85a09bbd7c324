using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Host.Tests.DirectLine;

public sealed class DirectLineTokenTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private BotHostFactory factory = null!;
    private DirectLineTestClient client = null!;

    public Task InitializeAsync()
    {
        // Only token endpoints run here, so a frozen clock cannot stall a turn.
        factory = DirectLineTestClient.CreateHost().WithServices(s => s.AddSingleton<TimeProvider>(time));
        client = new DirectLineTestClient(factory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Generate_needs_the_secret()
    {
        using var missing = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null);
        using var wrong = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret");
        using var right = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestClient.Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var body = await DirectLineTestClient.ReadObjectAsync(right);
        Assert.False(string.IsNullOrEmpty((string?)body["conversationId"]));
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
        Assert.Equal(1800, (int)body["expires_in"]!);
    }

    [Fact]
    public async Task Generate_is_refused_when_no_secret_is_configured()
    {
        await using var noSecret = new BotHostFactory();
        var bare = new DirectLineTestClient(noSecret);

        using var response = await bare.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "anything");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = await DirectLineTestClient.ReadObjectAsync(response);
        Assert.NotNull(error["error"]?["code"]);
    }

    [Fact]
    public async Task Token_carries_a_dl_user_claim_that_Web_Chat_adopts()
    {
        var generated = await client.GenerateAsync();
        var named = await client.GenerateAsync("""{"user":{"id":"alice","name":"Alice"}}""");

        Assert.StartsWith("dl_", DirectLineTestClient.TokenUser((string)generated["token"]!), StringComparison.Ordinal);
        Assert.Equal("dl_alice", DirectLineTestClient.TokenUser((string)named["token"]!));
    }

    [Fact]
    public async Task Refresh_returns_a_working_token_for_the_same_conversation()
    {
        var generated = await client.GenerateAsync();
        time.Advance(TimeSpan.FromMinutes(15));

        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", (string)generated["token"]!);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var refreshed = await DirectLineTestClient.ReadObjectAsync(refresh);
        time.Advance(TimeSpan.FromMinutes(20));

        // The old token has expired by now; the refreshed one still works.
        using var withOld = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", (string)generated["token"]!);
        using var withNew = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", (string)refreshed["token"]!);
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        Assert.Equal((string)generated["conversationId"]!, (string)refreshed["conversationId"]!);
        Assert.Equal((string)generated["conversationId"]!, (string)(await DirectLineTestClient.ReadObjectAsync(withNew))["conversationId"]!);
    }

    [Fact]
    public async Task Expired_token_is_refused_with_TokenExpired()
    {
        var generated = await client.GenerateAsync();
        var conversationId = (string)generated["conversationId"]!;
        time.Advance(TimeSpan.FromMinutes(31));

        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", (string)generated["token"]!);
        using var poll = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", (string)generated["token"]!);

        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
        Assert.Equal("TokenExpired", (string?)(await DirectLineTestClient.ReadObjectAsync(refresh))["error"]?["code"]);
        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
        Assert.Equal("TokenExpired", (string?)(await DirectLineTestClient.ReadObjectAsync(poll))["error"]?["code"]);
    }

    [Fact]
    public async Task Forged_token_is_refused()
    {
        var generated = await client.GenerateAsync();
        var parts = ((string)generated["token"]!).Split('.');
        var forged = $"{parts[0]}.{Base64Url("""{"conv":"other","user":"dl_x","iss":"bot-host/directline","exp":4102444800}""")}.{parts[2]}";

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", forged);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Web_chat_token_with_a_valid_previous_token_keeps_the_conversation()
    {
        using var first = await client.SendAsync(HttpMethod.Post, "/api/webchat/token", null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var issued = await DirectLineTestClient.ReadObjectAsync(first);
        Assert.StartsWith("dl_", (string)issued["userId"]!, StringComparison.Ordinal);

        using var again = await client.SendAsync(HttpMethod.Post, "/api/webchat/token", null,
            DirectLineTestClient.Json(new JsonObject { ["token"] = (string)issued["token"]! }.ToJsonString()));
        var kept = await DirectLineTestClient.ReadObjectAsync(again);
        time.Advance(TimeSpan.FromHours(1));
        using var late = await client.SendAsync(HttpMethod.Post, "/api/webchat/token", null,
            DirectLineTestClient.Json(new JsonObject { ["token"] = (string)kept["token"]! }.ToJsonString()));
        var fresh = await DirectLineTestClient.ReadObjectAsync(late);

        Assert.Equal((string)issued["conversationId"]!, (string)kept["conversationId"]!);
        Assert.Equal((string)issued["userId"]!, (string)kept["userId"]!);
        Assert.NotEqual((string)issued["conversationId"]!, (string)fresh["conversationId"]!);
    }

    [Fact]
    public async Task Web_chat_token_is_rate_limited_per_client()
    {
        await using var limited = DirectLineTestClient.CreateHost().WithConfig("DirectLine:TokenRateLimitPerMinute", "2");
        var page = new DirectLineTestClient(limited);

        using var first = await page.SendAsync(HttpMethod.Post, "/api/webchat/token", null);
        using var second = await page.SendAsync(HttpMethod.Post, "/api/webchat/token", null);
        using var third = await page.SendAsync(HttpMethod.Post, "/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_signing_key_too_short_for_HS256_stops_the_host_at_start()
    {
        await using var misconfigured = new BotHostFactory().WithConfig("DirectLine:TokenSigningKey", "short");

        var failure = Record.Exception(() => misconfigured.CreateClient());

        Assert.Contains("TokenSigningKey", failure?.ToString(), StringComparison.Ordinal);
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

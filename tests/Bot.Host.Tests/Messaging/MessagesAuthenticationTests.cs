using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Bot.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Bot.Host.Tests.Messaging;

public sealed class MessagesAuthenticationTests
{
    private const string AppId = "2a3b4c5d-0000-4000-8000-00000000b07a";
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";

    [Fact]
    public async Task Request_without_token_is_401_when_an_app_id_is_configured()
    {
        await using var issuer = await TestTokenIssuer.StartAsync();
        await using var host = AuthenticatingHost(issuer);

        var response = await host.CreateClient().PostAsync("/api/messages", ActivityJson.Content(TeamsMessage()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("Bearer not-a-token")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("wrong-audience")]
    public async Task Request_with_an_invalid_token_is_401(string authorization)
    {
        await using var issuer = await TestTokenIssuer.StartAsync();
        await using var host = AuthenticatingHost(issuer);
        if (authorization == "wrong-audience")
        {
            authorization = $"Bearer {issuer.MintChannelToken("another-bot", ServiceUrl)}";
        }

        var response = await Post(host, authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Request_with_a_valid_channel_token_is_processed()
    {
        await using var issuer = await TestTokenIssuer.StartAsync();
        await using var host = AuthenticatingHost(issuer);

        var response = await Post(host, $"Bearer {issuer.MintChannelToken(AppId, ServiceUrl)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // "hello" starts the conversation: the welcome with the menu (a hero card on Teams).
        Assert.Contains("I can help you track a shipment", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_request_from_a_remote_address_is_403_without_an_app_id()
    {
        await using var host = new BotHostFactory();

        var context = await PostFrom(host, IPAddress.Parse("203.0.113.7"));

        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_request_from_loopback_is_processed_without_an_app_id()
    {
        await using var host = new BotHostFactory();

        var context = await PostFrom(host, IPAddress.IPv6Loopback);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_remote_request_is_processed_when_explicitly_allowed()
    {
        await using var host = new BotHostFactory().WithConfig("Bot:AllowAnonymous", "true");

        var context = await PostFrom(host, IPAddress.Parse("203.0.113.7"));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    private static BotHostFactory AuthenticatingHost(TestTokenIssuer issuer) => new BotHostFactory()
        .WithConfig("Bot:MicrosoftAppId", AppId)
        .WithConfig("Bot:MicrosoftAppPassword", "test-secret-not-used")
        .WithConfig("Bot:Authentication:OpenIdMetadataUrl", issuer.MetadataUrl)
        .WithConfig("Bot:Authentication:RequireHttpsMetadata", "false");

    private static System.Text.Json.Nodes.JsonObject TeamsMessage()
    {
        var activity = ActivityJson.Message("hello", "expectReplies", ServiceUrl);
        activity["channelId"] = "msteams";
        return activity;
    }

    private static async Task<HttpResponseMessage> Post(BotHostFactory host, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = ActivityJson.Content(TeamsMessage()) };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await host.CreateClient().SendAsync(request);
    }

    // TestServer has no sockets, so the remote address is set on the request itself.
    private static Task<HttpContext> PostFrom(BotHostFactory host, IPAddress remote)
    {
        var body = Encoding.UTF8.GetBytes(ActivityJson.Message("hello", "expectReplies").ToJsonString());
        return host.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = "/api/messages";
            context.Request.ContentType = new MediaTypeHeaderValue("application/json").ToString();
            context.Request.ContentLength = body.Length;
            context.Request.Body = new MemoryStream(body);
            context.Connection.RemoteIpAddress = remote;
        });
    }
}

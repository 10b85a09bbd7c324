using Bot.Protocol.Authentication;
using Bot.Protocol.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Protocol.Tests.Authentication;

public sealed class BotAuthenticatorTests(TestAuthority authority) : IClassFixture<TestAuthority>, IDisposable
{
    // A fresh authenticator per test (no shared key cache); the HttpClient is only a transport.
    private static readonly HttpClient SharedHttp = new();
    private readonly OpenIdTestServer server = authority.Server;
    private readonly TestSigningKey channelKey = authority.ChannelKey;
    private readonly TestSigningKey teamsOnlyKey = authority.TeamsOnlyKey;
    private readonly TestSigningKey emulatorKey = authority.EmulatorKey;
    private readonly BotAuthenticator authenticator = new(
        SharedHttp,
        Options.Create(new BotAuthenticationOptions
        {
            AppId = TestTokens.AppId,
            OpenIdMetadataUrl = authority.Server.ChannelMetadataUrl,
            EmulatorOpenIdMetadataUrl = authority.Server.EmulatorMetadataUrl,
            RequireHttpsMetadata = false,
        }),
        TimeProvider.System,
        NullLogger<BotAuthenticator>.Instance);

    public void Dispose() => authenticator.Dispose();

    [Fact]
    public async Task Valid_channel_token_is_accepted_as_the_azure_channel()
    {
        var result = await Authenticate(TestTokens.Channel(channelKey), Activity("webchat"));

        Assert.Equal(CallerIds.PublicAzureChannel, result.CallerId);
        Assert.Equal(TestTokens.AppId, result.Identity.FindFirst("aud")?.Value);
    }

    [Fact]
    public async Task Service_url_claim_is_compared_case_insensitively()
    {
        var activity = Activity("msteams") with { ServiceUrl = TestTokens.ServiceUrl.ToUpperInvariant() };

        var result = await Authenticate(TestTokens.Channel(channelKey), activity);

        Assert.Equal(CallerIds.PublicAzureChannel, result.CallerId);
    }

    [Fact]
    public async Task Token_signed_by_another_key_with_the_same_kid_is_rejected()
    {
        var forger = new TestSigningKey(channelKey.Kid, OpenIdTestServer.AllChannels);

        await AssertRejected(TestTokens.Channel(forger), Activity("webchat"));
    }

    [Fact]
    public async Task Token_expired_beyond_the_clock_skew_is_rejected()
    {
        var token = TestTokens.Channel(channelKey, expires: DateTime.UtcNow.AddMinutes(-6));

        await AssertRejected(token, Activity("webchat"));
    }

    [Fact]
    public async Task Token_expired_two_minutes_ago_is_accepted_within_the_clock_skew()
    {
        var token = TestTokens.Channel(channelKey, expires: DateTime.UtcNow.AddMinutes(-2));

        var result = await Authenticate(token, Activity("webchat"));

        Assert.Equal(CallerIds.PublicAzureChannel, result.CallerId);
    }

    [Fact]
    public async Task Token_for_another_audience_is_rejected()
    {
        await AssertRejected(TestTokens.Channel(channelKey, audience: "another-bot"), Activity("webchat"));
    }

    [Fact]
    public async Task Token_from_another_issuer_is_rejected()
    {
        await AssertRejected(TestTokens.Channel(channelKey, issuer: "https://api.botframework.evil"), Activity("webchat"));
    }

    [Fact]
    public async Task Key_not_endorsed_for_the_activity_channel_is_rejected()
    {
        var token = TestTokens.Channel(teamsOnlyKey);

        await AssertRejected(token, Activity("webchat"));
        var teams = await Authenticate(token, Activity("msteams"));
        Assert.Equal(CallerIds.PublicAzureChannel, teams.CallerId);
    }

    [Fact]
    public async Task Service_url_that_differs_from_the_claim_is_rejected()
    {
        var activity = Activity("msteams") with { ServiceUrl = "https://attacker.example/teams/" };

        await AssertRejected(TestTokens.Channel(channelKey), activity);
    }

    [Fact]
    public async Task Channel_token_without_serviceurl_claim_is_rejected()
    {
        await AssertRejected(TestTokens.Channel(channelKey, serviceUrl: null), Activity("msteams"));
    }

    [Fact]
    public async Task Missing_authorization_header_is_rejected()
    {
        var exception = await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => authenticator.AuthenticateAsync(null, Activity("webchat"), CancellationToken.None));

        Assert.Contains("missing", exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer a b")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("")]
    public async Task Malformed_authorization_header_is_rejected(string header)
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => authenticator.AuthenticateAsync(header, Activity("webchat"), CancellationToken.None));
    }

    [Fact]
    public async Task Unsigned_alg_none_token_is_rejected()
    {
        await AssertRejected(TestTokens.Unsigned(channelKey.Kid), Activity("webchat"));
    }

    [Fact]
    public async Task Emulator_v1_token_with_this_bots_appid_is_accepted_without_caller_id()
    {
        var result = await Authenticate(TestTokens.EmulatorV1(emulatorKey), Activity("emulator", "http://localhost:5000"));

        Assert.Null(result.CallerId);
        Assert.Equal(TestTokens.AppId, result.Identity.FindFirst("appid")?.Value);
    }

    [Fact]
    public async Task Emulator_v2_token_with_this_bots_azp_is_accepted()
    {
        var result = await Authenticate(TestTokens.EmulatorV2(emulatorKey), Activity("emulator", "http://localhost:5000"));

        Assert.Equal(TestTokens.AppId, result.Identity.FindFirst("azp")?.Value);
    }

    [Fact]
    public async Task Emulator_token_for_another_app_is_rejected()
    {
        var activity = Activity("emulator", "http://localhost:5000");

        await AssertRejected(TestTokens.EmulatorV1(emulatorKey, appId: "another-app"), activity);
        await AssertRejected(TestTokens.EmulatorV2(emulatorKey, azp: "another-app"), activity);
    }

    [Fact]
    public async Task Rotated_signing_key_is_fetched_when_a_token_names_an_unknown_kid()
    {
        await Authenticate(TestTokens.Channel(channelKey), Activity("webchat"));
        var requestsBefore = server.ChannelKeyRequests;
        var rotated = server.AddChannelKey($"rotated-key-{Guid.NewGuid():N}", OpenIdTestServer.AllChannels);

        var result = await Authenticate(TestTokens.Channel(rotated), Activity("webchat"));

        Assert.Equal(CallerIds.PublicAzureChannel, result.CallerId);
        Assert.True(server.ChannelKeyRequests > requestsBefore);
    }

    private Task<BotAuthenticationResult> Authenticate(string token, Activity activity) =>
        authenticator.AuthenticateAsync($"Bearer {token}", activity, CancellationToken.None);

    private async Task AssertRejected(string token, Activity activity) =>
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Authenticate(token, activity));

    private static Activity Activity(string channelId, string serviceUrl = TestTokens.ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "activity-1",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "conversation-1" },
        Text = "hello",
    };
}

namespace Bot.Protocol.Tests.Authentication;

/// <summary>
/// One loopback OpenID server and its keys for a whole test class: RSA key generation is the slow part of these tests.
/// </summary>
public sealed class TestAuthority : IAsyncLifetime
{
    internal OpenIdTestServer Server { get; private set; } = null!;

    internal TestSigningKey ChannelKey { get; private set; } = null!;

    internal TestSigningKey TeamsOnlyKey { get; private set; } = null!;

    internal TestSigningKey EmulatorKey { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await OpenIdTestServer.StartAsync();
        ChannelKey = Server.AddChannelKey("channel-key", OpenIdTestServer.AllChannels);
        TeamsOnlyKey = Server.AddChannelKey("teams-only-key", "msteams");
        EmulatorKey = Server.AddEmulatorKey("emulator-key");
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

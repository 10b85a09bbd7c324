using Bot.Host.Tests.Infrastructure;

namespace Bot.Host.Tests.DirectLine;

/// <summary>Test classes that each run against a fresh host with one Direct Line conversation already started.</summary>
public abstract class StartedConversationTests : IAsyncLifetime
{
    private protected BotHostFactory factory = null!;
    private protected DirectLineTestClient client = null!;
    private protected string conversationId = null!;
    private protected string token = null!;

    private protected virtual BotHostFactory CreateHost() => DirectLineTestClient.CreateHost();

    public async Task InitializeAsync()
    {
        factory = CreateHost();
        client = new DirectLineTestClient(factory);
        var started = await client.StartAsync();
        conversationId = (string)started["conversationId"]!;
        token = (string)started["token"]!;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();
}

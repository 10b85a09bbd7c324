using Bot.Host.Tests.Infrastructure;

namespace Bot.Host.Tests.DirectLine;

/// <summary>Test classes that each run against a fresh host with the Direct Line secret and signing key set.</summary>
public abstract class DirectLineHostTests : IAsyncLifetime
{
    private protected BotHostFactory factory = null!;
    private protected DirectLineTestClient client = null!;

    private protected virtual BotHostFactory CreateHost() => DirectLineTestClient.CreateHost();

    public virtual Task InitializeAsync()
    {
        factory = CreateHost();
        client = new DirectLineTestClient(factory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();
}

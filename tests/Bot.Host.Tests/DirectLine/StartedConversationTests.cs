namespace Bot.Host.Tests.DirectLine;

/// <summary>Test classes that each run against a fresh host with one Direct Line conversation already started.</summary>
public abstract class StartedConversationTests : DirectLineHostTests
{
    private protected string conversationId = null!;
    private protected string token = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var started = await client.StartAsync();
        conversationId = (string)started["conversationId"]!;
        token = (string)started["token"]!;
    }
}

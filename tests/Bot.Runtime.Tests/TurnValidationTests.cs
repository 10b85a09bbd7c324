using Bot.Runtime.Tests.Infrastructure;

namespace Bot.Runtime.Tests;

public sealed class TurnValidationTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Activity_without_type_channel_or_conversation_is_rejected()
    {
        await using var instance = await RuntimeInstance.StartAsync(_database, (turn, ct) => Task.CompletedTask);
        var valid = Activities.Message("c1", "hi");

        await Assert.ThrowsAsync<ArgumentException>(() => instance.SendAsync(valid with { Type = null }));
        await Assert.ThrowsAsync<ArgumentException>(() => instance.SendAsync(valid with { ChannelId = "" }));
        await Assert.ThrowsAsync<ArgumentException>(() => instance.SendAsync(valid with { Conversation = null }));
    }
}

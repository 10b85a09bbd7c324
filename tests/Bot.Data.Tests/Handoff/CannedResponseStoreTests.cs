using Bot.Domain.Handoff;

namespace Bot.Data.Tests.Handoff;

public sealed class CannedResponseStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private TempStore _store = null!;

    private ICannedResponseStore Canned => _store.Get<ICannedResponseStore>();

    public async Task InitializeAsync() => _store = await TempStore.CreateAsync(Now);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Responses_are_created_listed_by_language_updated_and_deleted()
    {
        var greeting = await Canned.CreateAsync("Greeting", "Hello {customerName}, I am {agentName}.", "en", "sup-1", default);
        await Canned.CreateAsync("问候", "您好 {customerName}", "zh", "sup-1", default);
        _store.Time.Advance(TimeSpan.FromMinutes(3));

        var updated = await Canned.UpdateAsync(greeting.Id, "Hello", "Hi {customerName}.", "en", default);

        Assert.Equal(Now, greeting.UpdatedAt);
        Assert.NotNull(updated);
        Assert.Equal(Now.AddMinutes(3), updated.UpdatedAt);
        Assert.Equal(["Hello"], (await Canned.ListAsync("en", default)).Select(c => c.Title));
        Assert.Equal(2, (await Canned.ListAsync(null, default)).Count);
        Assert.Equal("Hi {customerName}.", (await Canned.FindAsync(greeting.Id, default))!.Text);
        Assert.True(await Canned.DeleteAsync(greeting.Id, default));
        Assert.False(await Canned.DeleteAsync(greeting.Id, default));
        Assert.Null(await Canned.UpdateAsync(greeting.Id, "x", "y", "en", default));
        Assert.Single(await Canned.ListAsync(null, default));
    }
}

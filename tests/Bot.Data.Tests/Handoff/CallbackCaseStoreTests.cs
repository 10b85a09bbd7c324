using Bot.Domain.Conversations;
using Bot.Domain.Handoff;

namespace Bot.Data.Tests.Handoff;

public sealed class CallbackCaseStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 23, 30, 0, TimeSpan.FromHours(8));
    private static readonly ConversationAddress Conversation = new("directline", "conv-1");
    private TempStore _store = null!;

    private ICallbackCaseStore Cases => _store.Get<ICallbackCaseStore>();

    public async Task InitializeAsync() => _store = await TempStore.CreateAsync(Now);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task References_count_per_day_as_the_callers_clock_reads_it()
    {
        var first = await Cases.CreateAsync(Conversation, "en", "Call me", Now, CallbackReasons.OutsideOpeningHours, null, default);
        var second = await Cases.CreateAsync(Conversation, "zh", "请回电", Now.AddMinutes(10), CallbackReasons.NoAgentOnline, "esc-1", default);
        var nextDay = await Cases.CreateAsync(Conversation, "en", "Again", Now.AddHours(1), CallbackReasons.LeftMessage, null, default);

        Assert.Equal("CB-20260302-0001", first.Reference);
        Assert.Equal("CB-20260302-0002", second.Reference);
        Assert.Equal("CB-20260303-0001", nextDay.Reference);
        var found = await Cases.FindAsync(second.Reference, default);
        Assert.Equal(second with { CreatedAt = found!.CreatedAt }, found);
        Assert.Equal(Now.AddMinutes(10), found.CreatedAt);
    }

    [Fact]
    public async Task Parallel_creates_get_distinct_references()
    {
        var created = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Cases.CreateAsync(Conversation, "en", $"m{i}", Now, CallbackReasons.LeftMessage, null, default)));

        Assert.Equal(8, created.Select(c => c.Reference).Distinct().Count());
    }

    [Fact]
    public async Task Done_cases_leave_the_open_list()
    {
        var first = await Cases.CreateAsync(Conversation, "en", "a", Now, CallbackReasons.LeftMessage, null, default);
        var second = await Cases.CreateAsync(Conversation, "en", "b", Now.AddMinutes(1), CallbackReasons.LeftMessage, null, default);

        Assert.True(await Cases.MarkDoneAsync(first.Reference, default));
        Assert.False(await Cases.MarkDoneAsync("CB-19990101-0001", default));

        Assert.Equal([second.Reference], (await Cases.ListOpenAsync(default)).Select(c => c.Reference));
    }
}

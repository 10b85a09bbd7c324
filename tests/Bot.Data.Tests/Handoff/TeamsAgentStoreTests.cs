using Bot.Domain.Handoff;

namespace Bot.Data.Tests.Handoff;

// The store bits of agents in Teams: an account's Teams object id and the escalations' threads in the agents' channel.
public sealed class TeamsAgentStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private TempStore _store = null!;

    private IAgentAccountStore Accounts => _store.Get<IAgentAccountStore>();

    private IAgentThreadStore Threads => _store.Get<IAgentThreadStore>();

    public async Task InitializeAsync() => _store = await TempStore.CreateAsync(Now);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_Teams_object_id_is_saved_by_update_and_found_in_any_case()
    {
        await Accounts.CreateAsync(Account("a-1", "alice"), "h", default);
        await Accounts.CreateAsync(Account("a-2", "bob"), "h", default);

        Assert.True(await Accounts.UpdateAsync((await Accounts.FindAsync("a-1", default))! with { TeamsAadObjectId = "5A1E0000-AAAA-4000-8000-00000000A11E" }, default));

        var found = await Accounts.FindByTeamsAadObjectIdAsync("5a1e0000-aaaa-4000-8000-00000000a11e", default);
        Assert.Equal("a-1", found?.Id);
        Assert.Equal("5a1e0000-aaaa-4000-8000-00000000a11e", found?.TeamsAadObjectId);
        Assert.Null(await Accounts.FindByTeamsAadObjectIdAsync("someone-else", default));
        Assert.Null((await Accounts.FindAsync("a-2", default))!.TeamsAadObjectId);
    }

    [Fact]
    public async Task A_Teams_object_id_links_at_most_one_account_and_unlinked_accounts_do_not_collide()
    {
        await Accounts.CreateAsync(Account("a-1", "alice") with { TeamsAadObjectId = "aad-1" }, "h", default);
        await Accounts.CreateAsync(Account("a-2", "bob"), "h", default);
        await Accounts.CreateAsync(Account("a-3", "carol"), "h", default);

        Assert.False(await Accounts.UpdateAsync((await Accounts.FindAsync("a-2", default))! with { TeamsAadObjectId = "AAD-1" }, default));
        Assert.False(await Accounts.CreateAsync(Account("a-4", "dave") with { TeamsAadObjectId = "aad-1" }, "h", default));
        Assert.Null((await Accounts.FindAsync("a-2", default))!.TeamsAadObjectId);
        Assert.Equal(3, (await Accounts.ListAsync(default)).Count);
    }

    [Fact]
    public async Task A_thread_is_found_by_escalation_and_by_conversation_and_saved_once()
    {
        var thread = new AgentThread("e-1", "https://smba.example/teams/", "19:agents@thread.tacv2;messageid=17", "17", Now);

        Assert.True(await Threads.SaveAsync(thread, default));
        Assert.False(await Threads.SaveAsync(thread with { ConversationId = "19:agents@thread.tacv2;messageid=18", CardActivityId = "18" }, default));

        Assert.Equal(thread, await Threads.FindByEscalationAsync("e-1", default));
        Assert.Equal(thread, await Threads.FindByThreadAsync("19:agents@thread.tacv2;messageid=17", default));
        Assert.Null(await Threads.FindByThreadAsync("19:agents@thread.tacv2;messageid=18", default));
        Assert.Null(await Threads.FindByEscalationAsync("e-2", default));
    }

    private static AgentAccount Account(string id, string userName) => new()
    {
        Id = id,
        UserName = userName,
        DisplayName = userName,
        Skills = new HashSet<Skill> { Skill.Tracking },
        Languages = new HashSet<string> { "en" },
        CreatedAt = Now,
        PresenceChangedAt = Now,
    };
}

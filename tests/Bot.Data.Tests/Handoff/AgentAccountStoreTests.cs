using Bot.Domain.Handoff;

namespace Bot.Data.Tests.Handoff;

public sealed class AgentAccountStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private TempStore _store = null!;

    private IAgentAccountStore Accounts => _store.Get<IAgentAccountStore>();

    public async Task InitializeAsync() => _store = await TempStore.CreateAsync(Now);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Account_round_trips_and_login_finds_it_with_its_hash_in_any_case()
    {
        var alice = Account("a-1", "Alice") with
        {
            Roles = AgentRoles.Agent | AgentRoles.Supervisor,
            Skills = new HashSet<Skill> { Skill.Tracking, Skill.Complaints },
            Languages = new HashSet<string> { "en", "zh" },
            Capacity = 5,
        };

        Assert.True(await Accounts.CreateAsync(alice, "hash-1", default));
        var login = await Accounts.FindForLoginAsync("ALICE", default);
        var found = await Accounts.FindAsync("a-1", default);

        Assert.NotNull(login);
        Assert.Equal("hash-1", login.PasswordHash);
        Assert.NotNull(found);
        Assert.Equal("Alice", found.UserName);
        Assert.Equal(AgentRoles.Agent | AgentRoles.Supervisor, found.Roles);
        Assert.True(found.IsSupervisor);
        Assert.Equal([Skill.Tracking, Skill.Complaints], found.Skills.Order());
        Assert.Equal(["en", "zh"], found.Languages.Order());
        Assert.Equal(5, found.Capacity);
        Assert.Equal(AgentPresence.Offline, found.Presence);
        Assert.Equal(Now, found.CreatedAt);
        Assert.Null(await Accounts.FindForLoginAsync("bob", default));
    }

    [Fact]
    public async Task User_names_are_unique_regardless_of_case()
    {
        Assert.True(await Accounts.CreateAsync(Account("a-1", "alice"), "h", default));

        Assert.False(await Accounts.CreateAsync(Account("a-2", "ALICE"), "h", default));
        Assert.Single(await Accounts.ListAsync(default));
    }

    [Fact]
    public async Task Presence_and_password_hash_change_only_the_named_account()
    {
        await Accounts.CreateAsync(Account("a-1", "alice"), "old", default);
        await Accounts.CreateAsync(Account("a-2", "bob"), "bob-hash", default);

        Assert.True(await Accounts.SetPresenceAsync("a-1", AgentPresence.Online, Now.AddMinutes(5), default));
        Assert.True(await Accounts.SetPasswordHashAsync("a-1", "new", default));
        Assert.False(await Accounts.SetPresenceAsync("nobody", AgentPresence.Online, Now, default));

        var alice = await Accounts.FindForLoginAsync("alice", default);
        var bob = await Accounts.FindForLoginAsync("bob", default);
        Assert.Equal(AgentPresence.Online, alice!.Account.Presence);
        Assert.Equal(Now.AddMinutes(5), alice.Account.PresenceChangedAt);
        Assert.Equal("new", alice.PasswordHash);
        Assert.Equal(AgentPresence.Offline, bob!.Account.Presence);
        Assert.Equal("bob-hash", bob.PasswordHash);
    }

    [Fact]
    public async Task Update_saves_profile_and_refuses_a_taken_user_name()
    {
        await Accounts.CreateAsync(Account("a-1", "alice"), "h", default);
        await Accounts.CreateAsync(Account("a-2", "bob"), "h", default);
        var alice = (await Accounts.FindAsync("a-1", default))!;

        Assert.True(await Accounts.UpdateAsync(alice with { DisplayName = "Alice W.", Capacity = 1, Disabled = true }, default));
        Assert.False(await Accounts.UpdateAsync(alice with { UserName = "Bob" }, default));
        Assert.False(await Accounts.UpdateAsync(alice with { Id = "missing" }, default));

        var saved = (await Accounts.FindAsync("a-1", default))!;
        Assert.Equal("Alice W.", saved.DisplayName);
        Assert.Equal(1, saved.Capacity);
        Assert.True(saved.Disabled);
        Assert.Equal("alice", saved.UserName);
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

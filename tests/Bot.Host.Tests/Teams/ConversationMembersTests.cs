using System.Text.Json.Nodes;
using Bot.Host.Messaging;
using Bot.Protocol.Connector;
using Bot.Protocol.Schema;
using Bot.Runtime.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Host.Tests.Teams;

// The Teams members API behind IConversationMembers: answers are remembered per tenant and user for a limited time (on
// the injected clock), failures for a shorter one, and anything but a member is "unknown", never an exception.
public sealed class ConversationMembersTests : IAsyncLifetime
{
    private const string UserId = "29:1user-li-wei";

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private FakeTeamsConnector teams = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        teams = await FakeTeamsConnector.StartAsync();
        teams.AddMember(new JsonObject { ["id"] = UserId, ["name"] = "Li Wei", ["userPrincipalName"] = "chen.jing@huaxin.example" });
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            // One attempt: a failure is final at once, without waiting on the fake clock.
            .AddBotConnector(_ => { }, retry => retry.MaxAttempts = 1)
            .Configure<ConversationMembersOptions>(_ => { })
            .AddSingleton<IConversationMembers, ConnectorConversationMembers>()
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await teams.DisposeAsync();
    }

    [Fact]
    public async Task Member_is_asked_once_and_again_after_the_cache_duration()
    {
        var members = services.GetRequiredService<IConversationMembers>();
        var incoming = Personal("tenant-a");

        var first = await members.GetMemberAsync(incoming, UserId, default);
        time.Advance(TimeSpan.FromMinutes(29));
        var cached = await members.GetMemberAsync(incoming, UserId, default);
        Assert.Single(Lookups());
        time.Advance(TimeSpan.FromMinutes(2));
        await members.GetMemberAsync(incoming, UserId, default);

        Assert.Equal(("chen.jing@huaxin.example", "chen.jing@huaxin.example"), (first!.UserPrincipalName, cached!.UserPrincipalName));
        Assert.Equal(2, Lookups().Count);
    }

    [Fact]
    public async Task Same_user_id_in_another_tenant_is_asked_on_its_own()
    {
        var members = services.GetRequiredService<IConversationMembers>();

        await members.GetMemberAsync(Personal("tenant-a"), UserId, default);
        await members.GetMemberAsync(Personal("tenant-b"), UserId, default);

        Assert.Equal(2, Lookups().Count);
    }

    [Fact]
    public async Task Failure_is_unknown_and_asked_again_after_the_failure_duration()
    {
        var members = services.GetRequiredService<IConversationMembers>();
        var incoming = Personal("tenant-a");
        teams.FailMemberLookups(503);

        Assert.Null(await members.GetMemberAsync(incoming, UserId, default));
        Assert.Null(await members.GetMemberAsync(incoming, UserId, default));
        Assert.Single(Lookups());
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Null(await members.GetMemberAsync(incoming, UserId, default));

        Assert.Equal(2, Lookups().Count);
    }

    [Fact]
    public async Task In_a_channel_the_teams_roster_is_asked()
    {
        var members = services.GetRequiredService<IConversationMembers>();
        var incoming = Personal("tenant-a") with
        {
            Conversation = new ConversationAccount($"{TeamsActivityJson.TeamId};messageid=1700000000001") { ConversationType = "channel", TenantId = "tenant-a" },
            ChannelData = new JsonObject { ["team"] = new JsonObject { ["id"] = TeamsActivityJson.TeamId } },
        };

        Assert.NotNull(await members.GetMemberAsync(incoming, UserId, default));

        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(TeamsActivityJson.TeamId)}/members/{Uri.EscapeDataString(UserId)}",
            Assert.Single(Lookups()).RawPath);
    }

    [Fact]
    public async Task Other_channels_are_not_asked()
    {
        var members = services.GetRequiredService<IConversationMembers>();

        Assert.Null(await members.GetMemberAsync(Personal("tenant-a") with { ChannelId = Channels.DirectLine }, UserId, default));

        Assert.Empty(teams.Requests);
    }

    private List<TeamsConnectorRequest> Lookups() => [.. teams.Requests.Where(r => r.Method == "GET")];

    private Activity Personal(string tenant) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = Channels.MsTeams,
        ServiceUrl = teams.ServiceUrl,
        From = new ChannelAccount(UserId, "Li Wei"),
        Conversation = new ConversationAccount($"a:1{tenant}") { ConversationType = "personal", TenantId = tenant },
    };
}

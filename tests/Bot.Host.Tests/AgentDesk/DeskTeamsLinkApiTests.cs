using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Domain.Handoff;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.AgentDesk;

// An admin links desk accounts to Teams users from the desk (no shell on the server needed), so they can act in the
// agents' channel in Teams.
public sealed class DeskTeamsLinkApiTests : IAsyncLifetime
{
    private const string AmyInTeams = "6d1b3a8e-0c4f-4b2a-9e7d-1f2a3b4c5d6e";

    private readonly DeskTestHost host = new();

    private IAgentAccountStore Accounts => host.Factory.Services.GetRequiredService<IAgentAccountStore>();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task An_admin_links_an_agent_to_a_Teams_user_and_the_store_finds_them_by_it()
    {
        var amy = await host.AddAccountAsync("amy", AgentRoles.Agent);
        var admin = await host.SignInAsync(DeskTestHost.AdminUserName, DeskTestHost.AdminPassword);

        using var response = await admin.Client.SendAsync(Link(amy.Id, AmyInTeams.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("amy", (string?)view!["userName"]);
        Assert.Equal(AmyInTeams, (string?)view["teamsAadObjectId"]);
        Assert.Equal("amy", (await Accounts.FindByTeamsAadObjectIdAsync(AmyInTeams, default))!.UserName);
        var listed = JsonNode.Parse(await admin.Client.GetStringAsync("/agent/api/agents"))!.AsArray();
        Assert.Equal(AmyInTeams, (string?)listed.Single(a => (string?)a!["userName"] == "amy")!["teamsAadObjectId"]);
    }

    [Fact]
    public async Task An_empty_id_unlinks()
    {
        var amy = await host.AddAccountAsync("amy", AgentRoles.Agent);
        var admin = await host.SignInAsync(DeskTestHost.AdminUserName, DeskTestHost.AdminPassword);
        (await admin.Client.SendAsync(Link(amy.Id, AmyInTeams))).EnsureSuccessStatusCode();

        using var response = await admin.Client.SendAsync(Link(amy.Id, ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await Accounts.FindByTeamsAadObjectIdAsync(AmyInTeams, default));
    }

    [Fact]
    public async Task A_Teams_user_linked_to_someone_else_is_a_409_and_an_unknown_account_a_404()
    {
        var amy = await host.AddAccountAsync("amy", AgentRoles.Agent);
        var ben = await host.AddAccountAsync("ben", AgentRoles.Agent);
        var admin = await host.SignInAsync(DeskTestHost.AdminUserName, DeskTestHost.AdminPassword);
        (await admin.Client.SendAsync(Link(amy.Id, AmyInTeams))).EnsureSuccessStatusCode();

        using var taken = await admin.Client.SendAsync(Link(ben.Id, AmyInTeams));
        using var unknown = await admin.Client.SendAsync(Link("no-such-agent", "7e2c4b9f-1d5a-4c3b-8f6e-2a3b4c5d6e7f"));
        using var invalid = await admin.Client.SendAsync(Link(ben.Id, "has spaces in it"));

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("amy", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("amy", (await Accounts.FindByTeamsAadObjectIdAsync(AmyInTeams, default))!.UserName);
    }

    [Fact]
    public async Task Only_an_admin_may_link()
    {
        var amy = await host.AddAccountAsync("amy", AgentRoles.Agent | AgentRoles.Supervisor);
        var supervisor = await host.SignInAsync("amy");

        using var response = await supervisor.Client.SendAsync(Link(amy.Id, AmyInTeams));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await Accounts.FindByTeamsAadObjectIdAsync(AmyInTeams, default));
    }

    [Fact]
    public async Task An_admin_creates_an_agent_already_linked_to_Teams()
    {
        var admin = await host.SignInAsync(DeskTestHost.AdminUserName, DeskTestHost.AdminPassword);

        using var response = await admin.Client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/api/agents", new
        {
            userName = "dave",
            displayName = "Dave",
            teamsAadObjectId = AmyInTeams,
        }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(AmyInTeams, (string?)created!["agent"]!["teamsAadObjectId"]);
        Assert.Equal("dave", (await Accounts.FindByTeamsAadObjectIdAsync(AmyInTeams, default))!.UserName);
    }

    private static HttpRequestMessage Link(string agentId, string aadObjectId) =>
        DeskTestHost.DeskRequest(HttpMethod.Put, $"/agent/api/agents/{Uri.EscapeDataString(agentId)}/teams", new { aadObjectId });
}

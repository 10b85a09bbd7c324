using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Domain.Handoff;

namespace Bot.Host.Tests.AgentDesk;

public sealed class DeskAccountsApiTests : IAsyncLifetime
{
    private static readonly string[] Complaints = ["complaints"];
    private static readonly string[] Chinese = ["zh"];

    private readonly DeskTestHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task An_admin_creates_an_agent_who_signs_in_with_the_generated_password()
    {
        var admin = await host.SignInAsync(DeskTestHost.AdminUserName, DeskTestHost.AdminPassword);

        using var response = await admin.Client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/api/agents", new
        {
            userName = "dave",
            displayName = "Dave <b>Li</b>",
            role = "agent",
            skills = Complaints,
            languages = Chinese,
            capacity = 2,
        }));
        var created = await response.Content.ReadFromJsonAsync<JsonObject>();
        var password = (string)created!["generatedPassword"]!;
        var dave = await host.SignInAsync("dave", password);
        var me = await dave.Client.GetFromJsonAsync<JsonObject>("/agent/me");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(20, password.Length);
        Assert.Equal("Dave <b>Li</b>", (string?)me!["displayName"]);
        Assert.Equal("agent", (string?)me["role"]);
        Assert.Equal(["Complaints"], me["skills"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(["zh"], me["languages"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(2, (int?)me["capacity"]);
    }

    [Fact]
    public async Task A_supervisor_cannot_create_accounts()
    {
        await host.AddAccountAsync("sue", AgentRoles.Agent | AgentRoles.Supervisor);
        var supervisor = await host.SignInAsync("sue");

        using var response = await supervisor.Client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/api/agents", new { userName = "eve" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("root", "agent")]
    [InlineData("bad name", "agent")]
    [InlineData("frank", "owner")]
    public async Task A_taken_or_invalid_account_is_a_400(string userName, string role)
    {
        var admin = await host.SignInAsync(DeskTestHost.AdminUserName, DeskTestHost.AdminPassword);

        using var response = await admin.Client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/api/agents", new { userName, role }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Every_agent_sees_the_accounts_for_transfers_without_password_hashes()
    {
        await host.AddAccountAsync("amy", AgentRoles.Agent);
        var agent = await host.SignInAsync("amy");

        var body = await agent.Client.GetStringAsync("/agent/api/agents");
        var agents = JsonNode.Parse(body)!.AsArray();

        Assert.Equal(["amy", "root"], agents.Select(a => (string?)a!["userName"]).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("AQAAAA", body, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", body, StringComparison.OrdinalIgnoreCase);
    }
}

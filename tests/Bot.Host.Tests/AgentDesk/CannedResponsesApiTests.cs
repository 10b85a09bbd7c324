using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Domain.Handoff;

namespace Bot.Host.Tests.AgentDesk;

public sealed class CannedResponsesApiTests : IAsyncLifetime
{
    private readonly DeskTestHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task An_agent_lists_canned_responses_but_cannot_create_edit_or_delete_them()
    {
        await host.AddAccountAsync("sue", AgentRoles.Agent | AgentRoles.Supervisor);
        await host.AddAccountAsync("amy", AgentRoles.Agent);
        var supervisor = await host.SignInAsync("sue");
        var agent = await host.SignInAsync("amy");
        var id = await CreateAsync(supervisor, "Greeting", "Hello {customerName}!");

        using var create = await agent.Client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/api/canned", Body("Mine", "text")));
        using var edit = await agent.Client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Put, $"/agent/api/canned/{id}", Body("Changed", "text")));
        using var delete = await agent.Client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Delete, $"/agent/api/canned/{id}"));
        var list = await agent.Client.GetFromJsonAsync<JsonArray>("/agent/api/canned");

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        var only = Assert.Single(list!);
        Assert.Equal("Greeting", (string?)only!["title"]);
        Assert.Equal("Hello {customerName}!", (string?)only["text"]);
    }

    [Fact]
    public async Task A_supervisor_creates_edits_and_deletes_canned_responses()
    {
        await host.AddAccountAsync("sue", AgentRoles.Agent | AgentRoles.Supervisor);
        var supervisor = await host.SignInAsync("sue");

        var id = await CreateAsync(supervisor, "Greeting", "Hello!");
        using var edit = await supervisor.Client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Put, $"/agent/api/canned/{id}", Body("你好", "您好，{agentName} 为您服务。", "zh")));
        var afterEdit = await supervisor.Client.GetFromJsonAsync<JsonArray>("/agent/api/canned?language=zh");
        using var delete = await supervisor.Client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Delete, $"/agent/api/canned/{id}"));
        var afterDelete = await supervisor.Client.GetFromJsonAsync<JsonArray>("/agent/api/canned");
        using var deleteAgain = await supervisor.Client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Delete, $"/agent/api/canned/{id}"));

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal("您好，{agentName} 为您服务。", (string?)Assert.Single(afterEdit!)!["text"]);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Empty(afterDelete!);
        Assert.Equal(HttpStatusCode.NotFound, deleteAgain.StatusCode);
    }

    [Theory]
    [InlineData("", "text", "en")]
    [InlineData("Title", "", "en")]
    [InlineData("Title", "text", "fr")]
    public async Task An_incomplete_canned_response_is_a_400(string title, string text, string language)
    {
        var supervisor = await host.SignInAsync(DeskTestHost.AdminUserName, DeskTestHost.AdminPassword);

        using var response = await supervisor.Client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/api/canned", Body(title, text, language)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Placeholders_are_filled_from_the_conversation_and_unknown_ones_stay()
    {
        var supervisor = await host.SignInAsync(DeskTestHost.AdminUserName, DeskTestHost.AdminPassword);
        await CreateAsync(supervisor, "Status", "Hi {customerName}, I am {agentName}; parcel {trackingNumber}, case {reference}.");
        var (escalationId, _, _) = await host.EscalateAsync(["SF1234567890123"]);

        var filled = await supervisor.Client.GetFromJsonAsync<JsonArray>($"/agent/api/conversations/{escalationId}/canned");

        Assert.Equal(
            $"Hi {{customerName}}, I am {DeskTestHost.AdminDisplayName}; parcel SF1234567890123, case {{reference}}.",
            (string?)Assert.Single(filled!)!["text"]);
    }

    private static object Body(string title, string text, string language = "en") => new { title, text, language };

    private static async Task<long> CreateAsync(DeskSession session, string title, string text)
    {
        using var response = await session.Client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/api/canned", Body(title, text)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (long)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }
}

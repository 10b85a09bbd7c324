using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Domain.Handoff;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.AgentDesk;

public sealed class DeskSignInTests : IAsyncLifetime
{
    private readonly DeskTestHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Theory]
    [InlineData("GET", "/agent/me")]
    [InlineData("GET", "/agent/api/queue")]
    [InlineData("GET", "/agent/api/conversations/any")]
    [InlineData("GET", "/agent/api/conversations/any/canned")]
    [InlineData("GET", "/agent/api/canned")]
    [InlineData("POST", "/agent/api/canned")]
    [InlineData("GET", "/agent/api/agents")]
    [InlineData("POST", "/agent/api/agents")]
    [InlineData("GET", "/agent/api/outcomes")]
    [InlineData("POST", "/agent/hub/negotiate?negotiateVersion=1")]
    public async Task Anonymous_callers_are_refused_with_401(string method, string path)
    {
        var client = host.CreateClient();
        using var request = DeskTestHost.DeskRequest(new HttpMethod(method), path, method == "POST" ? new { } : null);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Signing_in_sets_an_http_only_same_site_strict_cookie_and_me_shows_the_account()
    {
        await host.AddAccountAsync("alice", AgentRoles.Agent | AgentRoles.Supervisor, [Skill.Tracking]);
        var client = host.CreateClient();

        using var login = await client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/login", new { userName = "ALICE", password = DeskTestHost.Password }));
        var me = await client.GetFromJsonAsync<JsonObject>("/agent/me");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("BotDesk=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/agent", cookie, StringComparison.Ordinal);
        Assert.Equal("alice", (string?)me!["userName"]);
        Assert.Equal("supervisor", (string?)me["role"]);
        Assert.True((bool?)me["isSupervisor"]);
        Assert.False((bool?)me["isAdmin"]);
        Assert.Equal(["Tracking"], me["skills"]!.AsArray().Select(s => (string?)s));
    }

    [Fact]
    public async Task The_session_probe_says_only_whether_the_caller_is_signed_in()
    {
        var client = host.CreateClient();

        var before = await client.GetStringAsync("/agent/session");
        using var login = await client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/login", new { userName = DeskTestHost.AdminUserName, password = DeskTestHost.AdminPassword }));
        var after = await client.GetStringAsync("/agent/session");

        Assert.Equal("""{"signedIn":false}""", before);
        Assert.Equal("""{"signedIn":true}""", after);
    }

    [Fact]
    public async Task A_wrong_password_is_401_and_the_fifth_failure_locks_the_user_name()
    {
        await host.AddAccountAsync("bob", AgentRoles.Agent);
        var client = host.CreateClient();

        var failures = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/login", new { userName = "bob", password = "not-the-password" }));
            failures.Add(wrong.StatusCode);
        }
        using var right = await client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/login", new { userName = "bob", password = DeskTestHost.Password }));
        using var other = await client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/login", new { userName = DeskTestHost.AdminUserName, password = DeskTestHost.AdminPassword }));

        Assert.All(failures, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.NotNull(right.Headers.RetryAfter);
        Assert.False(right.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_name_is_401_like_a_wrong_password()
    {
        var client = host.CreateClient();

        using var response = await client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/login", new { userName = "nobody", password = "whatever-it-is" }));
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Wrong user name or password.", (string?)problem!["title"]);
    }

    [Fact]
    public async Task A_sign_in_without_the_desk_header_is_forbidden()
    {
        var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/agent/login", new { userName = DeskTestHost.AdminUserName, password = DeskTestHost.AdminPassword });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var session = await host.SignInAsync(DeskTestHost.AdminUserName, DeskTestHost.AdminPassword);

        using var before = await session.Client.GetAsync("/agent/me");
        using var logout = await session.Client.SendAsync(DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/logout"));
        using var after = await session.Client.GetAsync("/agent/me");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_loses_its_session_at_the_next_request()
    {
        var account = await host.AddAccountAsync("carol", AgentRoles.Agent);
        var session = await host.SignInAsync("carol");

        await host.Factory.Services.GetRequiredService<IAgentAccountStore>().UpdateAsync(account with { Disabled = true }, CancellationToken.None);
        using var after = await session.Client.GetAsync("/agent/api/queue");
        using var again = await host.CreateClient().SendAsync(
            DeskTestHost.DeskRequest(HttpMethod.Post, "/agent/login", new { userName = "carol", password = DeskTestHost.Password }));

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Theory]
    [InlineData("/agent")]
    [InlineData("/agent/index.html")]
    public async Task The_desk_page_is_served_with_a_strict_content_security_policy(string path)
    {
        using var response = await host.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("<script src=\"/lib/signalr.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Bot.Domain.Handoff;
using Bot.Host.AgentDesk;
using Bot.Host.Handoff;
using Bot.Host.Tests.Messaging;
using Bot.Host.Tests.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.EndToEnd;

// The accounts and the Teams bookkeeping the Agents-in-Teams end-to-end tests need around a KestrelBotHost.
internal static class AgentsInTeamsHost
{
    // The fake connector numbers what it answers 1700000000001, 002, ... (a created conversation or a sent activity).
    private const string FirstAnsweredId = "1700000000001";

    /// <summary>An agent who works in Teams only: linked to <paramref name="aadObjectId"/> through the account store.</summary>
    public static async Task<AgentAccount> CreateTeamsAgentAsync(KestrelBotHost host, string userName, string displayName, string aadObjectId)
    {
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var account = new AgentAccount
        {
            Id = Guid.CreateVersion7().ToString("N"),
            UserName = userName,
            DisplayName = displayName,
            Roles = AgentRoles.Agent,
            Skills = Enum.GetValues<Skill>().ToHashSet(),
            Languages = new HashSet<string>(["en", "zh"], StringComparer.Ordinal),
            PresenceChangedAt = now,
            CreatedAt = now,
            TeamsAadObjectId = aadObjectId,
        };
        var hash = host.Services.GetRequiredService<DeskPasswords>().Hash(DeskPasswords.Generate());
        Assert.True(await host.Services.GetRequiredService<IAgentAccountStore>().CreateAsync(account, hash, CancellationToken.None));
        return account;
    }

    /// <summary>A web-desk agent (all skills, en + zh) as the desk service sees them once signed in.</summary>
    public static async Task<DeskAgent> CreateDeskAgentAsync(KestrelBotHost host, string userName, string displayName)
    {
        var created = await host.Services.GetRequiredService<DeskAccounts>().CreateAsync(
            new NewDeskAccount(userName, displayName, AgentRoles.Agent, [], []), CancellationToken.None);
        Assert.True(created.Created, created.Error);
        return new DeskAgent(created.Account!.Id, created.Account.DisplayName, IsSupervisor: false);
    }

    /// <summary>
    /// The card's activity id Teams answered for the thread's creation. A real Teams client learns it from the card it
    /// shows; here the creation must have been the bot's first call, which the fake answers with its first id.
    /// </summary>
    public static string ActivityIdTeamsGave(FakeTeamsConnector teams, TeamsConnectorRequest created)
    {
        var before = teams.Requests.TakeWhile(r => !ReferenceEquals(r.Body, created.Body))
            .Where(r => r.Method != "GET")
            .ToList();
        var sent = string.Join(", ", before.Select(r => r.RawPath));
        Assert.True(before.Count == 0, $"The bot sent to Teams before it created the card's thread: {sent}");
        return FirstAnsweredId;
    }

    /// <summary>The first matching call to the fake connector; on timeout, fails listing every call it got.</summary>
    public static async Task<TeamsConnectorRequest> WaitForCallAsync(FakeTeamsConnector teams, string what, Func<TeamsConnectorRequest, bool> match)
    {
        try
        {
            return await teams.WaitForAsync(match, TimeSpan.FromMilliseconds(AgentDeskCustomer.Timeout));
        }
        catch (TimeoutException)
        {
            var seen = string.Join("\n", teams.Requests.Select(r => $"{r.Status} {r.Method} {r.RawPath} {r.Body?.ToJsonString()}"));
            Assert.Fail($"The fake Teams connector never got {what}. It got:\n{seen}");
            throw;
        }
    }

    /// <summary>Posts an invoke to /api/messages as Teams does; the HTTP status must be 200, the body is returned.</summary>
    public static async Task<JsonNode> InvokeAsync(HttpClient client, JsonObject invoke)
    {
        using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), ActivityJson.Content(invoke));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The invoke was answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Customers;
using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Bot.Host.Tests.DirectLine;
using Bot.Host.Tests.Handoff;
using Bot.Host.Tests.Infrastructure;
using Bot.Host.Tests.Messaging;
using Bot.Host.Tests.Teams;
using Bot.Protocol.Schema;
using Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.TeamsAgents;

/// <summary>
/// The real host with the agents' channel pointing at a <see cref="FakeTeamsConnector"/>, customers on Direct Line,
/// <see cref="HandoffTestBot"/> as the bot and a <see cref="RecordingDeskNotifier"/> as the web desks (next to Teams).
/// </summary>
internal sealed class TeamsAgentsTestHost : IAsyncDisposable
{
    public const string ChannelId = "19:agents-desk@thread.tacv2";
    public const string Tenant = TeamsActivityJson.Tenant;

    private readonly HttpClient _http;
    private int _sent;

    private TeamsAgentsTestHost(FakeTeamsConnector teams, bool enabled, (string Key, string Value)[] config, TimeProvider? time = null)
    {
        Teams = teams;
        Factory = DirectLineTestClient.CreateHost()
            .WithConfig("Store:SeedDemoData", "false")
            .WithConfig("Handoff:OpeningHours:AlwaysOpen", "true")
            .WithConfig("Handoff:MonitorInterval", "01:00:00")
            .WithConfig("TeamsAgents:ChannelId", enabled ? ChannelId : "")
            .WithConfig("TeamsAgents:ServiceUrl", teams.ServiceUrl)
            .WithConfig("TeamsAgents:TenantId", Tenant)
            .WithServices(services =>
            {
                services.AddSingleton<IAgentDeskNotifier>(Desks);
                services.AddSingleton<HandoffTestBot>();
                services.AddSingleton<IBot>(sp => sp.GetRequiredService<HandoffTestBot>());
                var store = services.Single(d => d.ServiceType == typeof(IAgentThreadStore));
                services.Remove(store);
                services.AddSingleton(sp => new SignallingThreadStore((IAgentThreadStore)ActivatorUtilities.CreateInstance(sp, store.ImplementationType!)));
                services.AddSingleton<IAgentThreadStore>(sp => sp.GetRequiredService<SignallingThreadStore>());
                if (time is not null)
                {
                    services.AddSingleton(time);
                }
            });
        foreach (var (key, value) in config)
        {
            Factory.WithConfig(key, value);
        }
        Client = new DirectLineTestClient(Factory);
        _http = Factory.CreateClient();
    }

    public FakeTeamsConnector Teams { get; }

    public BotHostFactory Factory { get; }

    public DirectLineTestClient Client { get; }

    public RecordingDeskNotifier Desks { get; } = new();

    public IAgentDeskService Desk => Service<IAgentDeskService>();

    public IEscalationStore Escalations => Service<IEscalationStore>();

    public static async Task<TeamsAgentsTestHost> StartAsync(bool enabled = true, params (string Key, string Value)[] config) =>
        new(await FakeTeamsConnector.StartAsync(), enabled, config);

    /// <summary>As <see cref="StartAsync"/>, on a clock the test moves.</summary>
    public static async Task<TeamsAgentsTestHost> StartWithClockAsync(TimeProvider time) =>
        new(await FakeTeamsConnector.StartAsync(), enabled: true, [], time);

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    /// <summary>A desk account (all skills, en + zh), linked to a Teams object id when given.</summary>
    public async Task<DeskAgent> AddAgentAsync(string id, string? aadObjectId = null, AgentRoles roles = AgentRoles.Agent, string? userName = null)
    {
        var account = new AgentAccount
        {
            Id = id,
            UserName = userName ?? id,
            DisplayName = char.ToUpperInvariant(id[0]) + id[1..],
            Roles = roles,
            Skills = Enum.GetValues<Skill>().ToHashSet(),
            Languages = new HashSet<string>(["en", "zh"], StringComparer.Ordinal),
            Presence = AgentPresence.Online,
            TeamsAadObjectId = aadObjectId,
        };
        Assert.True(await Service<IAgentAccountStore>().CreateAsync(account, "not-a-real-hash", default));
        return new DeskAgent(id, account.DisplayName, account.IsSupervisor);
    }

    /// <summary>A Direct Line customer who said hello and was queued for a person.</summary>
    public async Task<(Customer Customer, string EscalationId)> EscalateAsync(string? customerId = null)
    {
        var started = await Client.StartAsync();
        var customer = new Customer(this, (string)started["conversationId"]!, (string)started["token"]!);
        await customer.SayAsync("hello");
        var ticket = await Service<IHandoffRequests>().RequestAsync(
            new HandoffRequest(customer.Address, EscalationReason.CustomerAskedForPerson, Skill.Tracking, "en", CustomerTier.Key,
                CustomerId: customerId, TrackingNumbers: ["SF1234567890123"]),
            default);
        Assert.Equal(HandoffOutcome.Queued, ticket.Outcome);
        return (customer, ticket.EscalationId!);
    }

    /// <summary>The card's thread once it is stored, and the request that created it.</summary>
    public async Task<(TeamsConnectorRequest Created, AgentThread Thread)> ThreadOfAsync(string escalationId)
    {
        var thread = await Service<SignallingThreadStore>().SavedAsync(escalationId);
        var created = await Teams.WaitForAsync(r => r.Method == "POST" && r.Path == "/teams/v3/conversations"
            && CardOf(r.Body!["activity"]!)?.ToJsonString().Contains(escalationId, StringComparison.Ordinal) == true);
        return (created, thread);
    }

    /// <summary>The first PUT of the thread's card whose card matches.</summary>
    public Task<TeamsConnectorRequest> CardUpdateAsync(AgentThread thread, Func<JsonObject, bool> match) =>
        Teams.WaitForAsync(r => r.Method == "PUT"
            && r.RawPath == $"/teams/v3/conversations/{Uri.EscapeDataString(thread.ConversationId)}/activities/{thread.CardActivityId}"
            && CardOf(r.Body!) is { } card && match(card));

    /// <summary>The first plain-text line posted to the thread with this text.</summary>
    public Task<TeamsConnectorRequest> ThreadLineAsync(AgentThread thread, string text) =>
        Teams.WaitForAsync(r => r.Method == "POST"
            && r.RawPath == $"/teams/v3/conversations/{Uri.EscapeDataString(thread.ConversationId)}/activities"
            && (string?)r.Body!["text"] == text);

    /// <summary>A card action as Teams sends it from the thread's card; the 200 body is returned.</summary>
    public async Task<JsonNode> InvokeAsync(AgentThread thread, string aadObjectId, string verb, JsonObject? extra = null, string fromId = "29:1agent")
    {
        var data = new JsonObject { ["escalationId"] = thread.EscalationId };
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value?.DeepClone();
        }
        var invoke = ChannelActivity("invoke", thread.ConversationId, aadObjectId, fromId);
        invoke["name"] = "adaptiveCard/action";
        invoke["replyToId"] = thread.CardActivityId;
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        using var response = await _http.PostAsync(new Uri("/api/messages", UriKind.Relative), ActivityJson.Content(invoke));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>A message in the agents' channel (a thread reply when <paramref name="conversationId"/> is a thread's).</summary>
    public async Task PostChannelMessageAsync(string conversationId, string aadObjectId, string text, bool mentionBot = false, string fromId = "29:1agent")
    {
        var message = ChannelActivity("message", conversationId, aadObjectId, fromId);
        message["text"] = mentionBot ? $"<at>{TeamsActivityJson.BotName}</at> {text}" : text;
        message["textFormat"] = "plain";
        if (mentionBot)
        {
            message["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = TeamsActivityJson.BotId, ["name"] = TeamsActivityJson.BotName },
                ["text"] = $"<at>{TeamsActivityJson.BotName}</at>",
            });
        }
        await PostAsync(message);
    }

    public async Task PostAsync(JsonObject activity)
    {
        using var response = await _http.PostAsync(new Uri("/api/messages", UriKind.Relative), ActivityJson.Content(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static JsonObject? CardOf(JsonNode activity) =>
        activity["attachments"]?[0] is { } attachment && (string?)attachment["contentType"] == ContentTypes.AdaptiveCard
            ? attachment["content"] as JsonObject
            : null;

    /// <summary>The texts of a card's TextBlocks, one a line.</summary>
    public static string TextsOf(JsonNode? card) =>
        string.Join("\n", (card?["body"]?.AsArray() ?? []).Where(b => (string?)b!["type"] == "TextBlock").Select(b => (string?)b!["text"]));

    /// <summary>The verbs of a card's actions, those inside show-cards included.</summary>
    public static List<string> VerbsOf(JsonNode? card) =>
        [.. (card?["actions"]?.AsArray() ?? []).SelectMany(a => (string?)a!["type"] == "Action.ShowCard"
            ? VerbsOf(a["card"])
            : [(string?)a["verb"] ?? ""])];

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Factory.DisposeAsync();
        await Teams.DisposeAsync();
    }

    private JsonObject ChannelActivity(string type, string conversationId, string aadObjectId, string fromId) => new()
    {
        ["type"] = type,
        ["id"] = $"1{Interlocked.Increment(ref _sent):D12}",
        ["timestamp"] = "2026-11-26T08:00:00.000Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = Teams.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = fromId, ["name"] = "Agent in Teams", ["aadObjectId"] = aadObjectId },
        ["recipient"] = new JsonObject { ["id"] = TeamsActivityJson.BotId, ["name"] = TeamsActivityJson.BotName },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Tenant },
        ["channelData"] = new JsonObject
        {
            ["channel"] = new JsonObject { ["id"] = ChannelId },
            ["team"] = new JsonObject { ["id"] = TeamsActivityJson.TeamId },
            ["tenant"] = new JsonObject { ["id"] = Tenant },
        },
        ["locale"] = "en-US",
    };

    /// <summary>A customer on Direct Line.</summary>
    internal sealed class Customer(TeamsAgentsTestHost host, string conversationId, string token)
    {
        private int _said;

        public ConversationAddress Address => new(Channels.DirectLine, conversationId);

        public Task<string> SayAsync(string text) =>
            host.Client.SendMessageAsync(conversationId, token, text, $"client-{Interlocked.Increment(ref _said)}");

        /// <summary>The texts of the bot's messages, oldest first.</summary>
        public async Task<List<string>> BotTextsAsync() =>
            [.. DirectLineTestClient.Activities(await host.Client.GetActivitiesAsync(conversationId, token))
                .Where(DirectLineTestClient.IsBotMessage).Select(a => (string?)a["text"] ?? "")];
    }
}

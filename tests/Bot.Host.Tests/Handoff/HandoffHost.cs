using System.Text.Json.Nodes;
using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Customers;
using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Bot.Host.Tests.DirectLine;
using Bot.Host.Tests.Infrastructure;
using Bot.Protocol.Schema;
using Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Host.Tests.Handoff;

/// <summary>
/// The real host with Direct Line, no demo data, the handoff always open, the monitor only ticking when a test says so,
/// <see cref="HandoffTestBot"/> as the bot and <see cref="RecordingDeskNotifier"/> as the desks.
/// </summary>
internal sealed class HandoffHost : IAsyncDisposable
{
    public HandoffHost(FakeTimeProvider? time = null, string? databasePath = null, params (string Key, string Value)[] config)
    {
        Factory = DirectLineTestClient.CreateHost()
            .WithConfig("Store:SeedDemoData", "false")
            .WithConfig("Handoff:OpeningHours:AlwaysOpen", "true")
            .WithConfig("Handoff:MonitorInterval", "01:00:00")
            .WithServices(services =>
            {
                services.RemoveAll<IAgentDeskNotifier>();
                services.AddSingleton<IAgentDeskNotifier>(Desks);
                services.RemoveAll<IBot>();
                services.AddSingleton<HandoffTestBot>();
                services.AddSingleton<IBot>(sp => sp.GetRequiredService<HandoffTestBot>());
                if (time is not null)
                {
                    services.AddSingleton<TimeProvider>(time);
                }
            });
        if (databasePath is not null)
        {
            Factory.WithConfig("ConnectionStrings:Bot", $"Data Source={databasePath}");
        }
        foreach (var (key, value) in config)
        {
            Factory.WithConfig(key, value);
        }
        Client = new DirectLineTestClient(Factory);
    }

    public BotHostFactory Factory { get; }

    public DirectLineTestClient Client { get; }

    public RecordingDeskNotifier Desks { get; } = new();

    public HandoffTestBot Bot => Service<HandoffTestBot>();

    public IHandoffRequests Requests => Service<IHandoffRequests>();

    public IAgentDeskService Desk => Service<IAgentDeskService>();

    public IEscalationStore Escalations => Service<IEscalationStore>();

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task<DeskAgent> AddAgentAsync(
        string id, AgentPresence presence = AgentPresence.Online, int capacity = 3, AgentRoles roles = AgentRoles.Agent, params string[] languages)
    {
        var account = new AgentAccount
        {
            Id = id,
            UserName = id,
            DisplayName = char.ToUpperInvariant(id[0]) + id[1..],
            Roles = roles,
            Skills = new HashSet<Skill> { Skill.Tracking, Skill.Complaints, Skill.Billing },
            Languages = new HashSet<string>(languages.Length == 0 ? ["en", "zh"] : languages),
            Capacity = capacity,
            Presence = presence,
        };
        Assert.True(await Service<IAgentAccountStore>().CreateAsync(account, "not-a-real-hash", default));
        return new DeskAgent(id, account.DisplayName, account.IsSupervisor);
    }

    /// <summary>A Direct Line conversation in which the customer said hello (and the bot answered).</summary>
    public async Task<Customer> StartCustomerAsync(string greeting = "hello")
    {
        var started = await Client.StartAsync();
        var customer = new Customer(this, (string)started["conversationId"]!, (string)started["token"]!);
        await customer.SayAsync(greeting);
        return customer;
    }

    public Task<HandoffTicket> RequestAsync(Customer customer, CustomerTier tier = CustomerTier.General, string language = "en") =>
        Requests.RequestAsync(
            new HandoffRequest(customer.Address, EscalationReason.CustomerAskedForPerson, Skill.Tracking, language, tier, TrackingNumbers: ["SF1234567890123"]),
            default);

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    /// <summary>A customer on Direct Line.</summary>
    internal sealed class Customer(HandoffHost host, string conversationId, string token)
    {
        private int _sent;

        public string ConversationId => conversationId;

        public string Token => token;

        public ConversationAddress Address => new(Channels.DirectLine, conversationId);

        public Task<string> SayAsync(string text) =>
            host.Client.SendMessageAsync(conversationId, token, text, $"client-{Interlocked.Increment(ref _sent)}");

        /// <summary>Everything in the conversation's Direct Line log, oldest first.</summary>
        public async Task<List<JsonObject>> ActivitiesAsync() =>
            DirectLineTestClient.Activities(await host.Client.GetActivitiesAsync(conversationId, token));

        /// <summary>The texts of the bot's messages, oldest first.</summary>
        public async Task<List<string>> BotTextsAsync() =>
            [.. (await ActivitiesAsync()).Where(DirectLineTestClient.IsBotMessage).Select(a => (string?)a["text"] ?? "")];

        /// <summary>The bot's messages after the customer's message with this id.</summary>
        public async Task<List<string>> BotTextsAfterAsync(string activityId)
        {
            var all = await ActivitiesAsync();
            var index = all.FindIndex(a => (string?)a["id"] == activityId);
            Assert.True(index >= 0, $"Activity {activityId} is not in the log.");
            return [.. all.Skip(index + 1).Where(DirectLineTestClient.IsBotMessage).Select(a => (string?)a["text"] ?? "")];
        }
    }
}

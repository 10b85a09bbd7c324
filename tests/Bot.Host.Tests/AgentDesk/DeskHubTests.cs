using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.AgentDesk;

public sealed class DeskHubTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly DeskTestHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task An_agent_cannot_act_on_a_conversation_assigned_to_another_agent_but_a_supervisor_can()
    {
        await host.AddAccountAsync("amy", AgentRoles.Agent);
        await host.AddAccountAsync("ben", AgentRoles.Agent);
        await host.AddAccountAsync("sue", AgentRoles.Agent | AgentRoles.Supervisor);
        var amy = await host.ConnectAsync(await host.SignInAsync("amy"));
        var ben = await host.ConnectAsync(await host.SignInAsync("ben"));
        var sue = await host.ConnectAsync(await host.SignInAsync("sue"));
        var (escalationId, _, _) = await host.EscalateAsync();

        await amy.InvokeAsync("Claim", escalationId);
        var refusals = new[]
        {
            await Refusal(ben.InvokeAsync("Send", escalationId, "hello from ben")),
            await Refusal(ben.InvokeAsync("AddNote", escalationId, "ben's note")),
            await Refusal(ben.InvokeAsync("Resolve", escalationId, "answered")),
            await Refusal(ben.InvokeAsync("Transfer", escalationId, null, Skill.Complaints)),
            await Refusal(ben.InvokeAsync("HandBack", escalationId)),
            await Refusal(ben.InvokeAsync<ConversationView>("OpenConversation", escalationId)),
        };
        await sue.InvokeAsync("AddNote", escalationId, "supervisor note");
        await sue.InvokeAsync("Send", escalationId, "a supervisor steps in");
        var view = await amy.InvokeAsync<ConversationView>("OpenConversation", escalationId);

        Assert.All(refusals, message => Assert.StartsWith("not-yours:", message, StringComparison.Ordinal));
        Assert.Contains(view.Transcript, l => l.Speaker == "note" && l.Text == "supervisor note");
        Assert.Contains(view.Transcript, l => l.Speaker == "agent" && l.Text == "a supervisor steps in");
        Assert.DoesNotContain(view.Transcript, l => l.Text.Contains("ben", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_escalation_reaches_every_desk_and_the_claim_tells_them_the_state()
    {
        await host.AddAccountAsync("amy", AgentRoles.Agent);
        await host.AddAccountAsync("ben", AgentRoles.Agent);
        var amy = await host.ConnectAsync(await host.SignInAsync("amy"));
        var ben = await host.ConnectAsync(await host.SignInAsync("ben"));
        var newItem = Expect<QueueEntryView>(ben, "NewQueueItem");
        var claimed = new TaskCompletionSource<(string, string?, string)>(TaskCreationOptions.RunContinuationsAsynchronously);
        ben.On<string, string?, string>("ConversationStateChanged", (id, agent, state) => claimed.TrySetResult((id, agent, state)));

        var (escalationId, _, _) = await host.EscalateAsync();
        var entry = await newItem.WaitAsync(Wait);
        await amy.InvokeAsync("Claim", escalationId);
        var (changedId, assignedTo, state) = await claimed.Task.WaitAsync(Wait);
        var benQueue = await ben.InvokeAsync<IReadOnlyList<QueueEntryView>>("GetQueue");

        Assert.Equal(escalationId, entry.EscalationId);
        Assert.Equal("CustomerAskedForPerson", entry.Reason);
        Assert.Equal(Skill.Tracking, entry.Skill);
        Assert.Equal("Queued", entry.State);
        Assert.Equal(escalationId, changedId);
        Assert.Equal("Assigned", state);
        Assert.NotNull(assignedTo);
        Assert.DoesNotContain(benQueue, e => e.EscalationId == escalationId);
    }

    [Fact]
    public async Task The_customers_messages_reach_the_assigned_agent_live_as_plain_text()
    {
        await host.AddAccountAsync("amy", AgentRoles.Agent);
        var amy = await host.ConnectAsync(await host.SignInAsync("amy"));
        var (escalationId, conversationId, token) = await host.EscalateAsync();
        await amy.InvokeAsync("Claim", escalationId);
        var line = new TaskCompletionSource<TranscriptLineView>(TaskCreationOptions.RunContinuationsAsynchronously);
        amy.On<string, TranscriptLineView>("ConversationLine", (id, l) =>
        {
            if (id == escalationId && l.Speaker == "customer")
            {
                line.TrySetResult(l);
            }
        });

        await host.DirectLine.SendMessageAsync(conversationId, token, "<img src=x onerror=alert(1)> is my parcel lost?", Guid.NewGuid().ToString("N"));

        Assert.Equal("<img src=x onerror=alert(1)> is my parcel lost?", (await line.Task.WaitAsync(Wait)).Text);
    }

    [Fact]
    public async Task Lines_and_typing_of_an_assigned_conversation_go_to_its_agent_and_the_supervisors_only()
    {
        var amyAccount = await host.AddAccountAsync("amy", AgentRoles.Agent);
        await host.AddAccountAsync("ben", AgentRoles.Agent);
        await host.AddAccountAsync("sue", AgentRoles.Agent | AgentRoles.Supervisor);
        var desks = new Dictionary<string, (HubConnection Hub, List<string> Seen, TaskCompletionSource Done)>();
        foreach (var name in new[] { "amy", "ben", "sue" })
        {
            var hub = await host.ConnectAsync(await host.SignInAsync(name));
            var seen = new List<string>();
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            hub.On<string>("CustomerTyping", id => seen.Add($"typing {id}"));
            hub.On<string, TranscriptLineView>("ConversationLine", (id, line) => seen.Add($"line {id} {line.Text}"));
            // Pushes reach one connection in order: once the queue change arrives, everything sent before it has.
            hub.On("QueueChanged", () => done.TrySetResult());
            desks[name] = (hub, seen, done);
        }
        var notifier = host.Factory.Services.GetRequiredService<IAgentDeskNotifier>();

        await notifier.CustomerTypingAsync("e1", amyAccount.Id, CancellationToken.None);
        await notifier.ConversationLineAsync("e1", amyAccount.Id, new TranscriptLineView("l1", "customer", null, "hi", DateTimeOffset.UnixEpoch, []), CancellationToken.None);
        await notifier.ConversationLineAsync("e2", null, new TranscriptLineView("l2", "customer", null, "waiting", DateTimeOffset.UnixEpoch, []), CancellationToken.None);
        await notifier.QueueChangedAsync(CancellationToken.None);
        await Task.WhenAll(desks.Values.Select(d => d.Done.Task)).WaitAsync(Wait);

        Assert.Equal(["typing e1", "line e1 hi", "line e2 waiting"], desks["amy"].Seen);
        Assert.Equal(["typing e1", "line e1 hi", "line e2 waiting"], desks["sue"].Seen);
        Assert.Equal(["line e2 waiting"], desks["ben"].Seen);
    }

    [Fact]
    public async Task Refused_or_invalid_actions_are_hub_errors_and_the_connection_stays_open()
    {
        await host.AddAccountAsync("amy", AgentRoles.Agent);
        var amy = await host.ConnectAsync(await host.SignInAsync("amy"));
        var (escalationId, _, _) = await host.EscalateAsync();

        var unknown = await Refusal(amy.InvokeAsync("Claim", "no-such-escalation"));
        var notClaimed = await Refusal(amy.InvokeAsync("Send", escalationId, "too early"));
        var empty = await Refusal(amy.InvokeAsync("Send", escalationId, "  "));
        var outcome = await Refusal(amy.InvokeAsync("Resolve", escalationId, "made-up"));
        var transfer = await Refusal(amy.InvokeAsync("Transfer", escalationId, null, null));
        var queue = await amy.InvokeAsync<IReadOnlyList<QueueEntryView>>("GetQueue");

        Assert.StartsWith("not-found:", unknown, StringComparison.Ordinal);
        Assert.StartsWith("invalid-state:", notClaimed, StringComparison.Ordinal);
        Assert.StartsWith("invalid-input:", empty, StringComparison.Ordinal);
        Assert.StartsWith("invalid-input:", outcome, StringComparison.Ordinal);
        Assert.StartsWith("invalid-input:", transfer, StringComparison.Ordinal);
        Assert.Equal(HubConnectionState.Connected, amy.State);
        Assert.Contains(queue, e => e.EscalationId == escalationId);
    }

    [Fact]
    public async Task Presence_is_set_through_the_hub_and_closing_the_last_connection_goes_offline()
    {
        var account = await host.AddAccountAsync("amy", AgentRoles.Agent);
        await host.AddAccountAsync("ben", AgentRoles.Agent);
        var session = await host.SignInAsync("amy");
        var first = await host.ConnectAsync(session);
        var second = await host.ConnectAsync(session);
        var observer = await host.ConnectAsync(await host.SignInAsync("ben"));
        var store = host.Factory.Services.GetRequiredService<IAgentAccountStore>();

        await first.InvokeAsync("SetPresence", AgentPresence.Online);
        var online = (await store.FindAsync(account.Id, CancellationToken.None))!.Presence;
        await first.StopAsync();
        var offline = ExpectWhen(observer, "QueueChanged", () => IsOfflineAsync(store, account.Id));
        await second.StopAsync();
        await offline.WaitAsync(Wait);

        Assert.Equal(AgentPresence.Online, online);
        Assert.Equal(AgentPresence.Offline, (await store.FindAsync(account.Id, CancellationToken.None))!.Presence);
    }

    private static Task<T> Expect<T>(HubConnection connection, string method)
    {
        var received = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<T>(method, value => received.TrySetResult(value));
        return received.Task;
    }

    // A push without arguments that counts only once the condition holds.
    private static Task ExpectWhen(HubConnection connection, string method, Func<Task<bool>> condition)
    {
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On(method, async () =>
        {
            if (await condition())
            {
                received.TrySetResult();
            }
        });
        return received.Task;
    }

    private static async Task<bool> IsOfflineAsync(IAgentAccountStore store, string agentId) =>
        (await store.FindAsync(agentId, CancellationToken.None))!.Presence == AgentPresence.Offline;

    private static async Task<string> Refusal(Task call)
    {
        var error = await Assert.ThrowsAsync<HubException>(() => call);
        return error.Message[(error.Message.IndexOf("HubException: ", StringComparison.Ordinal) + "HubException: ".Length)..];
    }
}

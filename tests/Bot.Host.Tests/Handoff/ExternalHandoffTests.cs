using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Domain.Handoff;
using Bot.Host.Tests.Messaging;

namespace Bot.Host.Tests.Handoff;

public sealed class ExternalHandoffTests : IAsyncLifetime
{
    private readonly string _conversationId = $"conv-{Guid.NewGuid():N}";
    private HandoffHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = new HandoffHost(null, null, ("Handoff:Mode", "External"));
        _http = _host.Factory.CreateClient();
        Assert.Equal(["bot heard: my parcel SF1234567890123 is lost"], Texts(await PostAsync(Message("my parcel SF1234567890123 is lost"))));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Asking_for_a_person_sends_handoff_initiate_with_the_transcript_attached()
    {
        var replies = await PostAsync(Message(HandoffTestBot.AskForPerson));

        var initiate = Assert.Single(replies, r => (string?)r["name"] == HandoffEvents.Initiate);
        Assert.Equal("event", (string?)initiate["type"]);
        Assert.Equal(_conversationId, (string?)initiate["conversation"]!["id"]);
        Assert.Equal("Tracking", (string?)initiate["value"]!["skill"]);
        Assert.Equal("CustomerAskedForPerson", (string?)initiate["value"]!["reason"]);
        var attachment = Assert.Single(initiate["attachments"]!.AsArray())!;
        Assert.Equal(("application/json", "Transcript"), ((string?)attachment["contentType"], (string?)attachment["name"]));
        var texts = attachment["content"]!["activities"]!.AsArray().Select(a => (string?)a!["text"]).ToList();
        Assert.Equal(["my parcel SF1234567890123 is lost", "bot heard: my parcel SF1234567890123 is lost", HandoffTestBot.AskForPerson], texts);
        Assert.Contains("ticket: External", Texts(replies));
        Assert.Equal(OwnerState.Queued, await _host.Requests.OwnerOfAsync(new("emulator", _conversationId), default));
        Assert.DoesNotContain(_host.Desks.Events, e => e.Kind == DeskEvent.NewItem);
    }

    [Fact]
    public async Task Accepted_silences_the_bot_and_completed_hands_back_with_the_event()
    {
        await PostAsync(Message(HandoffTestBot.AskForPerson));

        Assert.Empty(await PostAsync(Status("accepted")));
        Assert.Equal(OwnerState.Agent, await _host.Requests.OwnerOfAsync(new("emulator", _conversationId), default));
        Assert.Empty(await PostAsync(Message("hello? is anyone there")));

        var completed = await PostAsync(Status("completed"));

        Assert.Equal(["Your chat with our contact centre has ended. You're back with the assistant."], Texts(completed));
        var handedBack = await _host.Bot.HandedBack;
        Assert.Equal(HandoffEvents.ExternalAgentId, (string?)handedBack.Value![HandoffEvents.AgentIdProperty]);
        Assert.Equal(OwnerState.Bot, await _host.Requests.OwnerOfAsync(new("emulator", _conversationId), default));
        var history = await _host.Escalations.HistoryAsync(new("emulator", _conversationId), default);
        Assert.Equal([OwnershipReasons.ExternalAccepted, OwnershipReasons.ExternalCompleted], history.Skip(1).Select(t => t.Reason));
        Assert.Equal(["bot heard: thanks"], Texts(await PostAsync(Message("thanks"))));
    }

    [Fact]
    public async Task Failed_returns_the_conversation_to_the_bot_with_a_polite_notice()
    {
        await PostAsync(Message(HandoffTestBot.AskForPerson));

        var failed = await PostAsync(Status("failed", "no agents"));

        Assert.Equal(["Sorry, we couldn't connect you to a person just now. You're back with the assistant."], Texts(failed));
        Assert.Equal(OwnerState.Bot, await _host.Requests.OwnerOfAsync(new("emulator", _conversationId), default));
        Assert.Empty(await _host.Escalations.ListOpenAsync(default));
        Assert.Empty(_host.Bot.Events);
    }

    [Fact]
    public async Task A_status_without_an_external_handoff_or_with_a_strange_value_is_accepted_and_ignored()
    {
        Assert.Empty(await PostAsync(Status("completed")));
        var strange = Activity("event");
        strange["name"] = HandoffEvents.Status;
        strange["value"] = "not an object";
        Assert.Empty(await PostAsync(strange));
        await PostAsync(Message(HandoffTestBot.AskForPerson));
        Assert.Empty(await PostAsync(Status("maybe")));

        Assert.Equal(OwnerState.Queued, await _host.Requests.OwnerOfAsync(new("emulator", _conversationId), default));
    }

    private JsonObject Message(string text)
    {
        var activity = Activity("message");
        activity["text"] = text;
        return activity;
    }

    private JsonObject Status(string state, string? message = null)
    {
        var activity = Activity("event");
        activity["name"] = HandoffEvents.Status;
        activity["value"] = new JsonObject { ["state"] = state, ["message"] = message };
        return activity;
    }

    private JsonObject Activity(string type)
    {
        var activity = ActivityJson.Activity(type, "expectReplies");
        activity["conversation"] = new JsonObject { ["id"] = _conversationId };
        return activity;
    }

    private async Task<List<JsonObject>> PostAsync(JsonObject activity)
    {
        using var response = await _http.PostAsync("/api/messages", ActivityJson.Content(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return [.. body!["activities"]!.AsArray().Select(a => a!.AsObject())];
    }

    private static List<string> Texts(List<JsonObject> activities) =>
        [.. activities.Where(a => (string?)a["type"] == "message").Select(a => (string?)a["text"] ?? "")];
}

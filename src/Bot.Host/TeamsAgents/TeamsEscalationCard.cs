using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Bot.Protocol.Schema;

namespace Bot.Host.TeamsAgents;

/// <summary>
/// The Adaptive Card (1.5) of one escalation in the agents' channel: the facts, a headline for its state and the actions
/// that state allows (Waiting: Claim; with an agent: Resolve, Hand back, Transfer; resolved: Hand back; ended: none).
/// A notice (why an action was refused) goes above the facts; the actions stay, because Teams shows the card an action
/// returns to everyone in the channel, not only to the agent who was refused.
/// Every text that may come from a customer is markdown-escaped.
/// </summary>
internal static class TeamsEscalationCard
{
    public static JsonObject Build(TeamsCardModel model, TeamsAgentsText text, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var escalation = model.Escalation;
        var body = new JsonArray { AdaptiveCards.TextBlock(Headline(model, text), weight: "Bolder", size: "Medium") };
        if (notice is not null)
        {
            var warning = AdaptiveCards.TextBlock(notice);
            warning["color"] = "Attention";
            body.Add(warning);
        }
        body.Add(Facts(model, text));
        // One block a line: a TextBlock joins single line breaks into one paragraph.
        foreach (var line in escalation.Summary.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var block = AdaptiveCards.TextBlock(TeamsMarkdown.Escape(line));
            block["spacing"] = "None";
            body.Add(block);
        }
        return AdaptiveCards.Create(body, Actions(model, text));
    }

    /// <summary>A card with only a message (the escalation is unknown).</summary>
    public static JsonObject Message(string text) => AdaptiveCards.Create([AdaptiveCards.TextBlock(text)]);

    public static Attachment Attachment(JsonObject card) => AdaptiveCards.ToAttachment(card);

    // Our own words; only the agent's name is escaped (notices, likewise, are our texts).
    private static string Headline(TeamsCardModel model, TeamsAgentsText text) => model.Escalation.State switch
    {
        EscalationState.Queued => text.Get("WaitingFor", WaitedMinutes(model)),
        EscalationState.Assigned => text.Get("ClaimedBy", AgentName(model, text)),
        EscalationState.Resolved => text.Get("ResolvedBy", AgentName(model, text), model.Escalation.OutcomeCode),
        EscalationState.HandedBack => text.Get("EndedHandedBack"),
        EscalationState.Abandoned => text.Get("EndedAbandoned"),
        EscalationState.Callback => text.Get("EndedCallback"),
        _ => text.Get("External"),
    };

    // Whole minutes since the customer started waiting (the card is redrawn every TeamsAgents:CardRefreshInterval).
    private static int WaitedMinutes(TeamsCardModel model) =>
        Math.Max(0, (int)(model.Now - model.Escalation.WaitingSince).TotalMinutes);

    private static string AgentName(TeamsCardModel model, TeamsAgentsText text) =>
        model.AgentName is { } name ? TeamsMarkdown.Escape(name) : text.Get("AnAgent");

    private static JsonObject Facts(TeamsCardModel model, TeamsAgentsText text)
    {
        var e = model.Escalation;
        var facts = new JsonArray
        {
            Fact(text.Get("Customer"), model.CustomerName ?? text.Get("AnonymousCustomer")),
            Fact(text.Get("Tier"), e.Tier.ToString()),
            Fact(text.Get("Channel"), ChannelName(e.Channel, text)),
            Fact(text.Get("Reason"), Words(e.Reason.ToString())),
            Fact(text.Get("Language"), e.Language),
        };
        if (e.TrackingNumbers.Count > 0)
        {
            facts.Add(Fact(text.Get("TrackingNumbers"), string.Join(", ", e.TrackingNumbers)));
        }
        if (e.ComplaintReferences.Count > 0)
        {
            facts.Add(Fact(text.Get("Complaints"), string.Join(", ", e.ComplaintReferences)));
        }
        facts.Add(Fact(text.Get("Queued"), e.QueuedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)));
        return new JsonObject { ["type"] = "FactSet", ["facts"] = facts };
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = TeamsMarkdown.Escape(value) };

    private static JsonArray Actions(TeamsCardModel model, TeamsAgentsText text)
    {
        var id = model.Escalation.Id;
        return model.Escalation.State switch
        {
            EscalationState.Queued => [Execute(text.Get("Claim"), TeamsCardVerbs.Claim, id)],
            EscalationState.Assigned => [ResolveCard(id, text), Execute(text.Get("HandBack"), TeamsCardVerbs.HandBack, id), TransferCard(model, text)],
            EscalationState.Resolved => [Execute(text.Get("HandBack"), TeamsCardVerbs.HandBack, id)],
            _ => [],
        };
    }

    private static JsonObject ResolveCard(string id, TeamsAgentsText text) => ShowCard(text.Get("Resolve"),
        Choices(TeamsCardVerbs.Outcome, text.Get("Outcome"), OutcomeCodes.All.Select(o => (Words(o), o)), OutcomeCodes.All[0]),
        Execute(text.Get("Resolve"), TeamsCardVerbs.Resolve, id));

    private static JsonObject TransferCard(TeamsCardModel model, TeamsAgentsText text)
    {
        var targets = Enum.GetValues<Skill>().Select(s => (text.Get("QueueFor", s), TeamsCardVerbs.SkillPrefix + s))
            .Concat(model.Agents.Where(a => a.Id != model.Escalation.AssignedAgentId)
                .Select(a => (a.DisplayName, TeamsCardVerbs.AgentPrefix + a.Id)));
        return ShowCard(text.Get("Transfer"), Choices(TeamsCardVerbs.To, text.Get("TransferTo"), targets, null),
            Execute(text.Get("Transfer"), TeamsCardVerbs.Transfer, model.Escalation.Id));
    }

    private static JsonObject ShowCard(string title, JsonObject input, JsonObject action) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = AdaptiveCards.Create([input], [action]),
    };

    private static JsonObject Choices(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["style"] = "compact",
            ["isRequired"] = true,
            ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
        };
        if (value is not null)
        {
            input["value"] = value;
        }
        return input;
    }

    private static JsonObject Execute(string title, string verb, string escalationId) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = verb,
        ["data"] = new JsonObject { [TeamsCardVerbs.EscalationId] = escalationId },
    };

    private static string ChannelName(string channel, TeamsAgentsText text) => channel switch
    {
        Channels.DirectLine or Channels.WebChat => text.Get("WebChat"),
        Channels.MsTeams => "Teams",
        Channels.Emulator => "Emulator",
        _ => channel,
    };

    // "CustomerAskedForPerson" → "Customer asked for person"; "complaint-logged" → "Complaint logged".
    private static string Words(string code)
    {
        var text = new System.Text.StringBuilder(code.Length + 8);
        foreach (var c in code.Replace('-', ' '))
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(text.Length == 0 ? char.ToUpperInvariant(c) : c);
            }
        }
        return text.ToString();
    }
}

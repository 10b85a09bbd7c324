using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Domain.Handoff;
using Bot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace Bot.Host.Handoff;

/// <summary>
/// The <c>handoff.initiate</c> event of the Bot Framework handoff protocol (PROTOCOL.md §6): routing context in
/// <c>value</c>, and the conversation so far as an <c>application/json</c> attachment named "Transcript".
/// </summary>
internal sealed class HandoffInitiation(IConversationTranscript transcripts, IOptionsMonitor<HandoffOptions> options)
{
    public const string TranscriptName = "Transcript";

    /// <param name="escalation">The stored escalation.</param>
    /// <param name="trigger">The activity the bot was answering when it asked for a person, if any (not yet in the store).</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<Activity> BuildAsync(Escalation escalation, Activity? trigger, CancellationToken ct)
    {
        var stored = await transcripts.ActivitiesJsonAsync(escalation.Conversation, options.CurrentValue.TranscriptLines, ct);
        var activities = stored.Select(ProtocolJson.DeserializeActivity).OfType<Activity>().ToList();
        if (trigger is { Type: ActivityTypes.Message } && !activities.Any(a => a.Id is not null && a.Id == trigger.Id))
        {
            activities.Add(trigger);
        }
        return new Activity
        {
            Type = ActivityTypes.Event,
            Name = HandoffEvents.Initiate,
            Id = Guid.NewGuid().ToString(),
            RelatesTo = trigger?.GetConversationReference(),
            ReplyToId = trigger?.Id,
            Value = Context(escalation),
            Attachments =
            [
                new Attachment
                {
                    ContentType = "application/json",
                    Name = TranscriptName,
                    Content = JsonSerializer.SerializeToNode(new Transcript(activities), ProtocolJsonContext.Default.Transcript),
                },
            ],
        };
    }

    private static JsonObject Context(Escalation escalation) => new()
    {
        ["skill"] = escalation.Skill.ToString(),
        ["reason"] = escalation.Reason.ToString(),
        ["tier"] = escalation.Tier.ToString(),
        ["severity"] = escalation.Severity.ToString(),
        ["language"] = escalation.Language,
        ["escalationId"] = escalation.Id,
        ["summary"] = escalation.Summary,
        ["trackingNumbers"] = new JsonArray([.. escalation.TrackingNumbers.Select(n => JsonValue.Create(n))]),
        ["complaintReferences"] = new JsonArray([.. escalation.ComplaintReferences.Select(r => JsonValue.Create(r))]),
        ["customerId"] = escalation.CustomerId,
    };
}

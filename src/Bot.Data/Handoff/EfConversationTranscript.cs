using System.Text.Json.Nodes;
using Bot.Data.Conversations;
using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Bot.Protocol.Schema;
using Bot.Runtime.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Handoff;

/// <summary>Reads the turn pipeline's transcript rows back as lines a person reads (who, plain text, when).</summary>
internal sealed class EfConversationTranscript(IDbContextFactory<BotDbContext> contexts) : IConversationTranscript
{
    public async Task<IReadOnlyList<TranscriptLine>> ReadAsync(ConversationAddress conversation, int maxLines, CancellationToken ct)
    {
        var entries = await LastMessagesAsync(conversation, maxLines, ct);
        var lines = new List<TranscriptLine>(entries.Count);
        foreach (var entry in entries)
        {
            if (ProtocolJson.DeserializeActivity(entry.Json) is { } activity)
            {
                lines.Add(ToLine(entry, activity));
            }
        }
        return lines;
    }

    public async Task<IReadOnlyList<string>> ActivitiesJsonAsync(ConversationAddress conversation, int maxActivities, CancellationToken ct) =>
        [.. (await LastMessagesAsync(conversation, maxActivities, ct)).Select(e => e.Json)];

    private async Task<List<TranscriptEntry>> LastMessagesAsync(ConversationAddress conversation, int max, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entries = await db.TranscriptEntries.AsNoTracking()
            .Where(e => e.ChannelId == conversation.ChannelId && e.ConversationId == conversation.ConversationId && e.Type == ActivityTypes.Message)
            .OrderByDescending(e => e.Id)
            .Take(max)
            .ToListAsync(ct);
        entries.Reverse();
        return entries;
    }

    private static TranscriptLine ToLine(TranscriptEntry entry, Activity activity)
    {
        var attachments = activity.Attachments?.Select(a => a.Name ?? a.ContentType ?? "attachment").ToList() ?? [];
        var id = entry.ActivityId ?? entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A card sent without text (Teams) is read by its summary, so agents and case summaries still see what it said.
        var text = activity.Text ?? activity.Summary ?? "";
        if (entry.Direction == TranscriptRecord.Inbound)
        {
            return new TranscriptLine(id, TranscriptSpeakers.Customer, text, entry.Timestamp, AttachmentNames: attachments);
        }
        var mark = activity.ChannelData?[HandoffChannelData.Property] as JsonObject;
        var role = Read(mark, HandoffChannelData.Role);
        if (role == HandoffChannelData.AgentRole)
        {
            return new TranscriptLine(
                id, TranscriptSpeakers.Agent, Read(mark, HandoffChannelData.Text) ?? text, entry.Timestamp,
                Read(mark, HandoffChannelData.AgentId), Read(mark, HandoffChannelData.AgentName), attachments);
        }
        var speaker = role == HandoffChannelData.SystemRole ? TranscriptSpeakers.System : TranscriptSpeakers.Bot;
        return new TranscriptLine(id, speaker, text, entry.Timestamp, AttachmentNames: attachments);
    }

    private static string? Read(JsonObject? mark, string property) =>
        mark?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

using Bot.Domain.Conversations;

namespace Bot.Domain.Handoff;

/// <summary>Reads the stored transcript of a conversation (both directions, agents included).</summary>
public interface IConversationTranscript
{
    /// <summary>The last <paramref name="maxLines"/> messages (customer, bot, agent, system notices), oldest first.</summary>
    Task<IReadOnlyList<TranscriptLine>> ReadAsync(ConversationAddress conversation, int maxLines, CancellationToken ct);

    /// <summary>The last <paramref name="maxActivities"/> message activities as stored (Bot Framework JSON), oldest first.</summary>
    Task<IReadOnlyList<string>> ActivitiesJsonAsync(ConversationAddress conversation, int maxActivities, CancellationToken ct);
}

using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Bot.Domain.Language;
using Bot.Protocol.Schema;
using Bot.Runtime.Localization;
using Microsoft.Extensions.Options;

namespace Bot.Host.Handoff;

/// <summary>The case summary an agent reads first: the summariser over the conversation's stored transcript.</summary>
internal sealed class CaseSummaries(
    IConversationTranscript transcripts, IHandoffSummarizer summarizer, CustomerChannel customers, IOptionsMonitor<HandoffOptions> options, TimeProvider time)
{
    /// <param name="conversation">Whose transcript.</param>
    /// <param name="language">"en" or "zh".</param>
    /// <param name="fromTurn">The caller runs inside the conversation's turn, whose message is not stored yet.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<string> SummarizeAsync(ConversationAddress conversation, string language, bool fromTurn, CancellationToken ct)
    {
        var stored = await transcripts.ReadAsync(conversation, options.CurrentValue.TranscriptLines, ct);
        var lines = stored
            .Where(l => l.Speaker is TranscriptSpeakers.Customer or TranscriptSpeakers.Bot or TranscriptSpeakers.Agent)
            .Select(l => new ConversationLine(l.Speaker, l.Text, l.At))
            .ToList();
        // The message that made the bot ask for a person is committed with its turn, after this runs.
        if (fromTurn && customers.RunningActivity(conversation) is { Type: ActivityTypes.Message, Text: { Length: > 0 } text } running
            && !stored.Any(l => l.Id == running.Id))
        {
            lines.Add(new ConversationLine(TranscriptSpeakers.Customer, text, running.Timestamp ?? time.GetUtcNow()));
        }
        return await summarizer.SummarizeAsync(lines, BotLocales.Normalize(language) ?? BotLocales.Default, ct);
    }
}

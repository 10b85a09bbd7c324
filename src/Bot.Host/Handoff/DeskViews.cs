using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Handoff;
using Bot.Domain.Shipments;
using Microsoft.Extensions.Options;

namespace Bot.Host.Handoff;

/// <summary>
/// What the desk shows of one conversation: the stored transcript with the notes in between, the summary, and the
/// shipments and complaints the escalation names (with their timeline and record).
/// </summary>
internal sealed class DeskViews(
    IConversationTranscript transcripts,
    IEscalationStore escalations,
    IShipmentStore shipments,
    IComplaintStore complaints,
    ICustomerStore customers,
    IOptionsMonitor<HandoffOptions> options,
    TimeProvider time)
{
    public async Task<ConversationView> ConversationAsync(Escalation escalation, QueueSnapshot snapshot, CancellationToken ct)
    {
        var lines = await transcripts.ReadAsync(escalation.Conversation, options.CurrentValue.TranscriptLines, ct);
        var notes = await escalations.NotesAsync(escalation.Id, ct);
        var transcript = lines.Select(Line)
            .Concat(notes.Select(n => Note(n, snapshot.Agent(n.AgentId)?.DisplayName)))
            .OrderBy(l => l.At)
            .ToList();
        var customer = escalation.CustomerId is { } id ? await customers.FindAsync(id, ct) : null;
        return new ConversationView(
            HandoffQueue.View(escalation, snapshot),
            transcript,
            escalation.Summary,
            escalation.TrackingNumbers,
            await ShipmentsAsync(escalation, ct),
            await ComplaintsAsync(escalation, ct),
            customer?.Name);
    }

    public static TranscriptLineView Line(TranscriptLine line) =>
        new(line.Id, line.Speaker, line.AgentName, line.Text, line.At, line.AttachmentNames ?? []);

    public static TranscriptLineView Note(InternalNote note, string? agentName) =>
        new($"note-{note.Id}", TranscriptSpeakers.Note, agentName, note.Text, note.At, []);

    private async Task<IReadOnlyList<ShipmentView>> ShipmentsAsync(Escalation escalation, CancellationToken ct)
    {
        var numbers = escalation.TrackingNumbers
            .Select(n => TrackingNumber.TryParse(n, out var number) ? number : null)
            .OfType<TrackingNumber>()
            .ToList();
        if (numbers.Count == 0)
        {
            return [];
        }
        var now = time.GetUtcNow();
        var found = await shipments.FindManyAsync(numbers, ct);
        return [.. found.Select(s => new ShipmentView(
            s.Number.Value,
            s.CurrentStage.ToString(),
            s.IsLate(now),
            s.PromisedDelivery.From,
            s.PromisedDelivery.To,
            [.. s.Timeline.Select(e => new ShipmentEventView(e.Stage.ToString(), e.Location ?? "", e.At, e.ExceptionReason ?? e.SignedBy))]))];
    }

    private async Task<IReadOnlyList<ComplaintView>> ComplaintsAsync(Escalation escalation, CancellationToken ct)
    {
        var views = new List<ComplaintView>();
        foreach (var text in escalation.ComplaintReferences)
        {
            if (ComplaintReference.TryParse(text, out var reference) && await complaints.FindAsync(reference, ct) is { } complaint)
            {
                var details = complaint.Details;
                views.Add(new ComplaintView(
                    complaint.Reference.ToString(),
                    complaint.Status.ToString(),
                    details.Category.ToString(),
                    details.Department.ToString(),
                    details.PromisedBy,
                    details.Description,
                    details.DesiredResolution,
                    complaint.LatestUpdate?.Text));
            }
        }
        return views;
    }
}

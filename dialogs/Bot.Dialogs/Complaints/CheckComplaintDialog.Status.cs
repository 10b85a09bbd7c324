using Bot.Domain.Complaints;

namespace Bot.Dialogs.Complaints;

// The status answer in plain words; an overdue complaint is apologised for and escalated here (R5).
public sealed partial class CheckComplaintDialog
{
    private async Task<IReadOnlyList<string>> StatusAsync(Complaint complaint, DateTimeOffset now, string locale, CancellationToken cancellationToken)
    {
        var reference = complaint.Reference;
        var promised = ComplaintText.Time(complaint.Details.PromisedBy, _zone, locale);
        switch (complaint.Status)
        {
            case ComplaintStatus.Closed:
                return [ComplaintText.Get("StatusClosed", locale, reference, ComplaintText.Time(complaint.ClosedAt ?? now, _zone, locale))];
            case ComplaintStatus.Resolved:
                return [ComplaintText.Get("StatusResolved", locale, reference)];
        }
        if (complaint.IsOverdue(now))
        {
            complaint.Escalate(EscalationReason.Overdue);
            await _services.Complaints.SaveAsync(complaint, cancellationToken);
            return [ComplaintText.Get("OverdueApology", locale, reference, promised), LatestUpdate(complaint, locale), ComplaintText.Get("OverdueEscalated", locale)];
        }
        var lines = new List<string>
        {
            ComplaintText.Get("StatusLine", locale, reference, ComplaintText.Get($"Status.{complaint.Status}", locale), promised),
            LatestUpdate(complaint, locale),
        };
        if (complaint.EscalationReason is not null)
        {
            lines.Add(ComplaintText.Get("StatusEscalated", locale));
        }
        return lines;
    }

    private string LatestUpdate(Complaint complaint, string locale) =>
        complaint.LatestUpdate is { } update
            ? ComplaintText.Get("LatestUpdate", locale, ComplaintText.Time(update.At, _zone, locale), update.Text)
            : ComplaintText.Get("NoUpdateYet", locale);
}

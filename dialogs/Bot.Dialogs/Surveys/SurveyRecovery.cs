using System.Globalization;
using Bot.Dialogs.Complaints;
using Bot.Domain.Complaints;
using Bot.Domain.Language;
using Bot.Domain.Shipments;

namespace Bot.Dialogs.Surveys;

/// <summary>
/// The service-recovery follow-up case opened after a low survey score (CSAT ≤ 2 or NPS ≤ 6): a complaint of category
/// Other for customer service, escalated with <see cref="EscalationReason.LowSatisfactionScore"/>, promised within the
/// SLA table's time for the customer's tier, counted in the complaint teams' business hours (<see cref="ComplaintOptions"/>).
/// </summary>
internal sealed class SurveyRecovery(IComplaintStore complaints, ComplaintOptions options)
{
    private readonly ResolutionPromiseCalculator _promises = options.CreatePromiseCalculator();
    private readonly TimeZoneInfo _timeZone = options.CreateCalendar().TimeZone;

    public async Task<Complaint> OpenAsync(SurveyProgress progress, string channel, string locale, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var answers = progress.Answers;
        var summary = SurveyText.Get("SurveyRecoverySummary", locale, Score(answers.Csat, locale), Score(answers.Nps, locale));
        var recovery = new NewComplaint(
            OpenedAt: now,
            Channel: channel,
            Conversation: progress.Conversation,
            Locale: locale,
            CustomerId: progress.CustomerId,
            Tier: progress.Tier,
            ContactPhone: null,
            TrackingNumber: TrackingNumber.TryParse(progress.Request.TrackingNumber, out var number) ? number : null,
            Category: ComplaintCategory.Other,
            Description: string.IsNullOrWhiteSpace(answers.Comment) ? summary : answers.Comment,
            Summary: summary,
            DesiredResolution: null,
            PromisedBy: _promises.PromisedResolution(ComplaintCategory.Other, progress.Tier, now),
            Department: Department.CustomerService,
            EscalationReason: EscalationReason.LowSatisfactionScore);
        return await complaints.CreateAsync(recovery, cancellationToken);
    }

    /// <summary>The promised time as the customer reads it, as complaint confirmations show it (the calendar's local time).</summary>
    public string Format(DateTimeOffset promised, string locale) => ComplaintText.Time(promised, _timeZone, locale);

    private static string Score(int? score, string locale) =>
        score?.ToString(CultureInfo.InvariantCulture) ?? SurveyText.Get("SurveyNoScore", locale);
}

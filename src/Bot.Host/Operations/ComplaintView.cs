using System.Text.Json;
using Bot.Domain.Complaints;

namespace Bot.Host.Operations;

/// <summary>The complaint record as operators read it (enums as camelCase names).</summary>
public sealed record ComplaintView(
    string Reference,
    string Status,
    bool Overdue,
    string Category,
    string Department,
    string Severity,
    DateTimeOffset OpenedAt,
    DateTimeOffset PromisedBy,
    string Channel,
    string Locale,
    string? CustomerId,
    string Tier,
    string? ContactPhone,
    string? TrackingNumber,
    string Description,
    string Summary,
    string? DesiredResolution,
    int PhotoCount,
    string? EscalationReason,
    ComplaintResolutionView? Resolution,
    bool? SatisfiedWithResult,
    int ReopenCount,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<ComplaintUpdateView> Updates)
{
    public static ComplaintView From(Complaint complaint, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var details = complaint.Details;
        return new ComplaintView(
            complaint.Reference.ToString(),
            Name(complaint.Status),
            complaint.IsOverdue(now),
            Name(details.Category),
            Name(details.Department),
            Name(details.Severity),
            details.OpenedAt,
            details.PromisedBy,
            details.Channel,
            details.Locale,
            details.CustomerId,
            Name(details.Tier),
            details.ContactPhone,
            details.TrackingNumber?.Value,
            details.Description,
            details.Summary,
            details.DesiredResolution,
            details.PhotoCount,
            complaint.EscalationReason is { } reason ? Name(reason) : null,
            complaint.Resolution is { } resolution
                ? new ComplaintResolutionView(
                    resolution.Summary,
                    new CompensationView(Name(resolution.Compensation.Kind), resolution.Compensation.Amount),
                    resolution.RootCause,
                    resolution.ResolvedAt)
                : null,
            complaint.Lifecycle.SatisfiedWithResult,
            complaint.Lifecycle.ReopenCount,
            complaint.ClosedAt,
            [.. complaint.Updates.Select(u => new ComplaintUpdateView(u.At, u.Text, u.Author))]);
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

using Bot.Domain.Handoff;

namespace Bot.Data.Tests.Handoff;

/// <summary>Compares escalations by value, list properties by their items (records compare lists by reference).</summary>
internal sealed class EscalationComparer : IEqualityComparer<Escalation>
{
    public static EscalationComparer Instance { get; } = new();

    public bool Equals(Escalation? x, Escalation? y) =>
        x is not null && y is not null
        && x.TrackingNumbers.SequenceEqual(y.TrackingNumbers)
        && x.ComplaintReferences.SequenceEqual(y.ComplaintReferences)
        && (x with { TrackingNumbers = [], ComplaintReferences = [] }) == (y with { TrackingNumbers = [], ComplaintReferences = [] });

    public int GetHashCode(Escalation obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
}

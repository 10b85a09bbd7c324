using Bot.Domain.Customers;
using Bot.Domain.Language;

namespace Bot.Domain.Complaints;

/// <summary>
/// When a new complaint goes to a person at once (DOMAIN.md §10 R8) and how severe it is. Threats in the customer's
/// words come first (legal action, regulators, the press, switching provider, asking for a person), then high severity
/// (loss, or damage declared above the configured value), then key-account customers.
/// </summary>
public static class ComplaintEscalationPolicy
{
    public static (EscalationReason? Reason, ComplaintSeverity Severity) Decide(
        EscalationSignals signals, CustomerTier tier, ComplaintCategory category, decimal? declaredValue, decimal highSeverityValue)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var severity = category == ComplaintCategory.ShortageOrLoss
            || (category == ComplaintCategory.DamageOrDeterioration && declaredValue > highSeverityValue)
                ? ComplaintSeverity.High
                : ComplaintSeverity.Normal;
        var reason = ReasonIn(signals)
            ?? (severity == ComplaintSeverity.High ? EscalationReason.HighSeverity : (EscalationReason?)null)
            ?? (tier == CustomerTier.Key ? EscalationReason.KeyAccount : (EscalationReason?)null);
        return (reason, severity);
    }

    private static EscalationReason? ReasonIn(EscalationSignals signals) => signals switch
    {
        { LegalThreat: true } => EscalationReason.LegalThreat,
        { RegulatorThreat: true } => EscalationReason.RegulatorThreat,
        { MediaThreat: true } => EscalationReason.MediaThreat,
        { SwitchingProvider: true } => EscalationReason.SwitchingProvider,
        { AsksForPerson: true } => EscalationReason.CustomerAskedForPerson,
        _ => null,
    };
}

namespace Bot.Domain.Language;

/// <summary>Reasons in the customer's words to bring in a person (DOMAIN.md §10 R8).</summary>
public sealed record EscalationSignals(
    bool AsksForPerson = false,
    bool LegalThreat = false,
    bool MediaThreat = false,
    bool RegulatorThreat = false,
    bool SwitchingProvider = false)
{
    public static readonly EscalationSignals None = new();

    public bool Any => AsksForPerson || LegalThreat || MediaThreat || RegulatorThreat || SwitchingProvider;
}

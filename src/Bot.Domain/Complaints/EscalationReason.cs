namespace Bot.Domain.Complaints;

/// <summary>Why a case was handed to a person (DOMAIN.md §10 R5, R8; recorded with the complaint or escalation).</summary>
public enum EscalationReason
{
    CustomerAskedForPerson,
    LegalThreat,
    MediaThreat,
    RegulatorThreat,
    SwitchingProvider,
    KeyAccount,
    HighSeverity,
    Overdue,
    NotSatisfiedWithResolution,
    LowSatisfactionScore,
    RepeatedMisunderstanding,
    NegativeSentiment,
}

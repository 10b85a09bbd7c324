namespace Bot.Domain.Handoff;

/// <summary>Reason codes of the transitions that are not escalations (escalations use the <c>EscalationReason</c> name).</summary>
public static class OwnershipReasons
{
    public const string Claimed = "claimed";
    public const string AutoAssigned = "auto-assigned";
    public const string Transferred = "transferred";
    public const string Reassigned = "reassigned";
    public const string Requeued = "requeued";
    public const string HandedBack = "handed-back";
    public const string CustomerLeftQueue = "customer-left-queue";
    public const string NoAgentInTime = "no-agent-in-time";
    public const string Resolved = "resolved";
    public const string ExternalAccepted = "external-accepted";
    public const string ExternalFailed = "external-failed";
    public const string ExternalCompleted = "external-completed";
}

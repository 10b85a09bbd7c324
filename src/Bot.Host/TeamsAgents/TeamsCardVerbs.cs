namespace Bot.Host.TeamsAgents;

/// <summary>The <c>Action.Execute</c> verbs of an escalation's card and the ids of its inputs (the wire contract).</summary>
internal static class TeamsCardVerbs
{
    public const string Claim = "handoff.claim";
    public const string Resolve = "handoff.resolve";
    public const string HandBack = "handoff.handback";
    public const string Transfer = "handoff.transfer";

    public const string EscalationId = "escalationId";
    public const string Outcome = "outcome";
    public const string To = "to";
    public const string SkillPrefix = "skill:";
    public const string AgentPrefix = "agent:";
}

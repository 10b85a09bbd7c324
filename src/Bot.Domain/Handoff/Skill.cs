namespace Bot.Domain.Handoff;

/// <summary>What an escalation is about, and what an agent can handle.</summary>
public enum Skill
{
    Tracking,
    Complaints,
    Billing,
}

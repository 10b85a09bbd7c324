using Bot.Domain.Handoff;

namespace Bot.Host.Handoff;

/// <summary>What a change of an escalation decided: refused (<see cref="Error"/>), or the new state with the owner's transition.</summary>
internal readonly record struct EscalationChange(DeskActionError Error, Escalation? Updated = null, OwnershipTransition? Transition = null)
{
    public static EscalationChange Refused(DeskActionError error) => new(error);

    public static EscalationChange To(Escalation updated, OwnershipTransition? transition = null) => new(DeskActionError.None, updated, transition);
}

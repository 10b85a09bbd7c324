using Bot.Domain.Conversations;
using Bot.Domain.Handoff;

namespace Bot.Data.Handoff;

internal static class EscalationMapping
{
    public static EscalationEntity ToEntity(Escalation escalation, string concurrencyToken)
    {
        var entity = new EscalationEntity
        {
            Id = escalation.Id,
            ConversationChannelId = escalation.Conversation.ChannelId,
            ConversationId = escalation.Conversation.ConversationId,
            Channel = escalation.Channel,
            Language = escalation.Language,
            ConcurrencyToken = concurrencyToken,
        };
        Apply(escalation, entity);
        return entity;
    }

    // The conversation and id never change; everything else is the escalation's state and record.
    public static void Apply(Escalation escalation, EscalationEntity entity)
    {
        entity.Channel = escalation.Channel;
        entity.CustomerId = escalation.CustomerId;
        entity.Tier = escalation.Tier;
        entity.Reason = escalation.Reason;
        entity.Severity = escalation.Severity;
        entity.Skill = escalation.Skill;
        entity.Language = escalation.Language;
        entity.Summary = escalation.Summary;
        entity.TrackingNumbers = string.Join(',', escalation.TrackingNumbers);
        entity.ComplaintReferences = string.Join(',', escalation.ComplaintReferences);
        entity.ResumeHint = escalation.ResumeHint;
        entity.State = escalation.State;
        entity.QueuedAt = escalation.QueuedAt.ToUniversalTime();
        entity.WaitingSince = escalation.WaitingSince.ToUniversalTime();
        entity.ClaimedAt = escalation.ClaimedAt?.ToUniversalTime();
        entity.FirstAgentReplyAt = escalation.FirstAgentReplyAt?.ToUniversalTime();
        entity.ResolvedAt = escalation.ResolvedAt?.ToUniversalTime();
        entity.HandedBackAt = escalation.HandedBackAt?.ToUniversalTime();
        entity.EndedAt = escalation.EndedAt?.ToUniversalTime();
        entity.AssignedAgentId = escalation.AssignedAgentId;
        entity.OutcomeCode = escalation.OutcomeCode;
        entity.NotifiedPosition = escalation.NotifiedPosition;
    }

    public static Escalation ToDomain(EscalationEntity entity) => new()
    {
        Id = entity.Id,
        Conversation = new ConversationAddress(entity.ConversationChannelId, entity.ConversationId),
        Channel = entity.Channel,
        CustomerId = entity.CustomerId,
        Tier = entity.Tier,
        Reason = entity.Reason,
        Severity = entity.Severity,
        Skill = entity.Skill,
        Language = entity.Language,
        Summary = entity.Summary,
        TrackingNumbers = Split(entity.TrackingNumbers),
        ComplaintReferences = Split(entity.ComplaintReferences),
        ResumeHint = entity.ResumeHint,
        State = entity.State,
        QueuedAt = entity.QueuedAt,
        WaitingSince = entity.WaitingSince,
        ClaimedAt = entity.ClaimedAt,
        FirstAgentReplyAt = entity.FirstAgentReplyAt,
        ResolvedAt = entity.ResolvedAt,
        HandedBackAt = entity.HandedBackAt,
        EndedAt = entity.EndedAt,
        AssignedAgentId = entity.AssignedAgentId,
        OutcomeCode = entity.OutcomeCode,
        NotifiedPosition = entity.NotifiedPosition,
        Version = entity.ConcurrencyToken,
    };

    public static OwnershipTransitionEntity ToEntity(
        ConversationAddress conversation, int sequence, OwnershipTransition transition, string? escalationId) => new()
    {
        ConversationChannelId = conversation.ChannelId,
        ConversationId = conversation.ConversationId,
        Sequence = sequence,
        From = transition.From,
        To = transition.To,
        At = transition.At.ToUniversalTime(),
        Actor = transition.Actor,
        Reason = transition.Reason,
        AgentId = transition.AgentId,
        EscalationId = escalationId,
    };

    public static OwnershipTransition ToDomain(OwnershipTransitionEntity entity) =>
        new(entity.From, entity.To, entity.At, entity.Actor, entity.Reason, entity.AgentId);

    public static string NewToken() => Guid.NewGuid().ToString("N");

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

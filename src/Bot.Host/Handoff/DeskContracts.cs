using Bot.Domain.Customers;
using Bot.Domain.Handoff;

namespace Bot.Host.Handoff;

// Contracts between the handoff service (backend) and the agent desk (hub + page). Additive changes only.

/// <summary>The signed-in agent as the desk knows them (from the auth cookie).</summary>
public sealed record DeskAgent(string AgentId, string DisplayName, bool IsSupervisor);

/// <summary>One queued (or assigned) escalation as the desk lists it.</summary>
public sealed record QueueEntryView(
    string EscalationId,
    string Reason,
    CustomerTier Tier,
    string Severity,
    Skill Skill,
    string Language,
    string Channel,
    DateTimeOffset QueuedAt,
    double Priority,
    int Position,
    string Summary,
    string? AssignedAgentId,
    string State);

/// <summary>A line of the transcript shown in the desk: speaker "customer" | "bot" | "agent" | "note" | "system", plain text.</summary>
public sealed record TranscriptLineView(string Id, string Speaker, string? AgentName, string Text, DateTimeOffset At, IReadOnlyList<string> AttachmentNames);

/// <summary>Everything an agent sees for one conversation.</summary>
public sealed record ConversationView(
    QueueEntryView Entry,
    IReadOnlyList<TranscriptLineView> Transcript,
    string Summary,
    IReadOnlyList<string> TrackingNumbers,
    IReadOnlyList<ShipmentView> Shipments,
    IReadOnlyList<ComplaintView> Complaints,
    string? CustomerName);

public sealed record ShipmentEventView(string Stage, string Location, DateTimeOffset At, string? Detail);

public sealed record ShipmentView(string TrackingNumber, string Stage, bool Late, DateTimeOffset PromisedFrom, DateTimeOffset PromisedTo, IReadOnlyList<ShipmentEventView> Timeline);

public sealed record ComplaintView(string Reference, string Status, string Category, string Department, DateTimeOffset PromisedBy, string Description, string? DesiredResolution, string? LatestUpdate);

/// <summary>Outcome codes an agent resolves with.</summary>
public static class OutcomeCodes
{
    public static readonly IReadOnlyList<string> All = ["answered", "complaint-logged", "compensation-offered", "callback-scheduled", "no-response", "other"];
}

/// <summary>Why a desk action was refused; the hub/API turns it into a clear error (403 / 404 / 409), never a 500.</summary>
public enum DeskActionError
{
    None,
    NotFound,
    NotYours,
    InvalidState,
    InvalidInput,

    /// <summary>The customer's channel could not be reached; nothing was sent or recorded (try again).</summary>
    DeliveryFailed,
}

/// <summary>The backend the agent desk drives. Every method checks the agent may act (own conversation, or supervisor).</summary>
public interface IAgentDeskService
{
    Task<IReadOnlyList<QueueEntryView>> QueueAsync(DeskAgent agent, CancellationToken ct);

    Task<(DeskActionError Error, ConversationView? View)> ConversationAsync(DeskAgent agent, string escalationId, CancellationToken ct);

    Task<DeskActionError> ClaimAsync(DeskAgent agent, string escalationId, CancellationToken ct);

    /// <summary>Sends the agent's text to the customer on their channel and records it in the transcript (first reply timestamped).</summary>
    Task<DeskActionError> SendAsync(DeskAgent agent, string escalationId, string text, CancellationToken ct);

    Task<DeskActionError> TypingAsync(DeskAgent agent, string escalationId, CancellationToken ct);

    /// <summary>An internal note: stored, shown to agents, never sent to the customer.</summary>
    Task<DeskActionError> AddNoteAsync(DeskAgent agent, string escalationId, string text, CancellationToken ct);

    /// <summary>To another agent (<paramref name="toAgentId"/>) or back to the queue for a skill (<paramref name="toSkill"/>).</summary>
    Task<DeskActionError> TransferAsync(DeskAgent agent, string escalationId, string? toAgentId, Skill? toSkill, CancellationToken ct);

    Task<DeskActionError> ResolveAsync(DeskAgent agent, string escalationId, string outcomeCode, CancellationToken ct);

    /// <summary>Agent → Bot: the bot resumes the interrupted dialog or offers the survey.</summary>
    Task<DeskActionError> HandBackAsync(DeskAgent agent, string escalationId, CancellationToken ct);

    Task SetPresenceAsync(DeskAgent agent, AgentPresence presence, CancellationToken ct);
}

/// <summary>Pushes to the desks (SignalR in the host; a recording fake in tests).</summary>
public interface IAgentDeskNotifier
{
    Task QueueChangedAsync(CancellationToken ct);

    /// <summary>A new item entered the queue (the desk plays its cue).</summary>
    Task NewQueueItemAsync(QueueEntryView entry, CancellationToken ct);

    Task ConversationLineAsync(string escalationId, string? assignedAgentId, TranscriptLineView line, CancellationToken ct);

    Task CustomerTypingAsync(string escalationId, string? assignedAgentId, CancellationToken ct);

    Task ConversationStateChangedAsync(string escalationId, string? assignedAgentId, string state, CancellationToken ct);
}

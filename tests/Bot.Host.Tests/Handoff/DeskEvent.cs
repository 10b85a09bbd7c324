using Bot.Host.Handoff;

namespace Bot.Host.Tests.Handoff;

/// <summary>One push to the desks, as <see cref="RecordingDeskNotifier"/> saw it.</summary>
internal sealed record DeskEvent(
    string Kind, string? EscalationId = null, string? AgentId = null, string? State = null, TranscriptLineView? Line = null, QueueEntryView? Entry = null)
{
    public const string QueueChanged = "queue";
    public const string NewItem = "new";
    public const string LineAdded = "line";
    public const string Typing = "typing";
    public const string StateChanged = "state";
}

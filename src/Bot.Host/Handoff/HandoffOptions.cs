using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Handoff;

/// <summary>Escalation to people: the queue, opening hours and timeouts (section <c>Handoff</c>).</summary>
public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    /// <summary>BuiltIn (queue + agent desk, the default) or External (handoff.initiate to the company's contact centre).</summary>
    public HandoffMode Mode { get; set; } = HandoffMode.BuiltIn;

    /// <summary>Give each new queue item at once to the least busy eligible agent, instead of waiting for a claim.</summary>
    public bool AutoAssign { get; set; }

    /// <summary>
    /// Queue even when no agent with the skill and language is online (the wait is then "unknown"; after
    /// <see cref="MaxQueueWait"/> the customer gets an apology and a call-back case). On by default, so an agent who signs
    /// in a moment later finds the customer waiting; off: the customer is offered to leave a message at once instead.
    /// </summary>
    public bool QueueWithoutOnlineAgents { get; set; } = true;

    /// <summary>Queue the conversation of an open complaint past its promised time for a person (once per complaint).</summary>
    public bool EscalateOverdueComplaints { get; set; } = true;

    public OpeningHoursOptions OpeningHours { get; set; } = new();

    public QueuePolicyOptions QueuePolicy { get; set; } = new();

    /// <summary>How long a customer waits in the queue before an apology and a callback case.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "7.00:00:00")]
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many of the latest finished agent chats the wait estimate averages.</summary>
    [Range(1, 1000)]
    public int RecentHandleTimes { get; set; } = 20;

    /// <summary>How often queue positions and waiting times are checked.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MonitorInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many of the latest messages the desk shows, the summary reads and handoff.initiate attaches.</summary>
    [Range(10, 5000)]
    public int TranscriptLines { get; set; } = 200;

    /// <summary>The longest agent message or note accepted.</summary>
    [Range(1, 4000)]
    public int MaxTextLength { get; set; } = 4000;
}

using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Messaging;

/// <summary>How the Teams members API is asked who a sender is (section <c>Messaging:Members</c>).</summary>
public sealed class ConversationMembersOptions
{
    public const string Section = "Messaging:Members";

    /// <summary>How long an answer (a member, or "not a member") is reused for the same tenant and user.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a failed or timed-out lookup counts as "unknown" before the API is asked again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan FailureCacheDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest a turn waits for the members API (retries included) before treating the sender as unknown.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Most remembered users; past it, expired answers are dropped (all of them when none has expired).</summary>
    [Range(1, 1_000_000)]
    public int MaxCachedMembers { get; set; } = 10_000;
}

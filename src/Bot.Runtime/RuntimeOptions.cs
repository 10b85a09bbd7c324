using System.ComponentModel.DataAnnotations;

namespace Bot.Runtime;

/// <summary>Settings of the turn pipeline (section <c>Runtime</c>).</summary>
public sealed class RuntimeOptions
{
    public const string Section = "Runtime";

    /// <summary>How long a conversation lease lasts without renewal, so a crashed instance does not block it forever.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a turn waits for a conversation another instance is busy with before it fails.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan LeaseWaitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the dedupe markers of processed activities are kept.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan DedupeRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often old dedupe markers are pruned.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan DedupePruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often a turn re-reads and re-applies its state changes after ETag conflicts before it fails.</summary>
    [Range(1, 100)]
    public int MaxStateConflictRetries { get; set; } = 10;

    /// <summary>This host instance's name as a lease owner. Empty: machine name, process id and a random suffix.</summary>
    [MaxLength(100)]
    public string InstanceId { get; set; } = "";
}

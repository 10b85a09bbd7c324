using System.ComponentModel.DataAnnotations;
using Bot.Domain.Handoff;

namespace Bot.Host.Handoff;

/// <summary>Priority points of the queue (section <c>Handoff:QueuePolicy</c>); see <see cref="QueuePolicyWeights"/>.</summary>
public sealed class QueuePolicyOptions
{
    [Range(0, 10_000)]
    public double KeyTier { get; set; } = QueuePolicyWeights.Default.KeyTier;

    [Range(0, 10_000)]
    public double SuitableTier { get; set; } = QueuePolicyWeights.Default.SuitableTier;

    [Range(0, 10_000)]
    public double GeneralTier { get; set; } = QueuePolicyWeights.Default.GeneralTier;

    [Range(0, 10_000)]
    public double HighSeverity { get; set; } = QueuePolicyWeights.Default.HighSeverity;

    /// <summary>Legal, media and regulator threats.</summary>
    [Range(0, 10_000)]
    public double Threat { get; set; } = QueuePolicyWeights.Default.Threat;

    /// <summary>Points per minute waited, so nobody waits forever behind higher tiers.</summary>
    [Range(0, 10_000)]
    public double AgeingPerMinute { get; set; } = QueuePolicyWeights.Default.AgeingPerMinute;

    public QueuePolicy ToPolicy() => new(new QueuePolicyWeights(KeyTier, SuitableTier, GeneralTier, HighSeverity, Threat, AgeingPerMinute));
}

namespace Bot.Domain.Handoff;

/// <summary>Points of <see cref="QueuePolicy"/>: by default a key account starts 60 waiting-minutes ahead of a general customer.</summary>
public sealed record QueuePolicyWeights(
    double KeyTier = 60,
    double SuitableTier = 30,
    double GeneralTier = 0,
    double HighSeverity = 45,
    double Threat = 30,
    double AgeingPerMinute = 1)
{
    public static QueuePolicyWeights Default { get; } = new();
}

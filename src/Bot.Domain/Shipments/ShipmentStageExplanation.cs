namespace Bot.Domain.Shipments;

/// <summary>
/// How a stage is explained to a customer: resource keys (never sentences) for its name, what it means and what happens
/// next, plus whether the journey ends there.
/// </summary>
public sealed record ShipmentStageExplanation(
    ShipmentStage Stage,
    string NameKey,
    string DescriptionKey,
    string NextStepKey,
    bool IsFinal);

namespace Bot.Domain.Shipments;

/// <summary>
/// The one explained stage model. Keys follow <c>shipment.stage.{stage}.name|description|next</c>; the en-US and zh-CN
/// texts live in the dialogs' resources.
/// </summary>
public static class ShipmentStageGuide
{
    private static readonly ShipmentStageExplanation[] Explanations =
    [
        Explain(ShipmentStage.Created, "created", isFinal: false),
        Explain(ShipmentStage.PickedUp, "picked-up", isFinal: false),
        Explain(ShipmentStage.AtWarehouse, "at-warehouse", isFinal: false),
        Explain(ShipmentStage.InTransit, "in-transit", isFinal: false),
        Explain(ShipmentStage.OutForDelivery, "out-for-delivery", isFinal: false),
        Explain(ShipmentStage.Delivered, "delivered", isFinal: true),
        Explain(ShipmentStage.Exception, "exception", isFinal: false),
        Explain(ShipmentStage.Returned, "returned", isFinal: true),
    ];

    /// <summary>Every stage in journey order.</summary>
    public static IReadOnlyList<ShipmentStageExplanation> All => Explanations;

    public static ShipmentStageExplanation For(ShipmentStage stage) =>
        Array.Find(Explanations, e => e.Stage == stage)
        ?? throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown shipment stage.");

    private static ShipmentStageExplanation Explain(ShipmentStage stage, string slug, bool isFinal) =>
        new(stage, $"shipment.stage.{slug}.name", $"shipment.stage.{slug}.description", $"shipment.stage.{slug}.next", isFinal);
}

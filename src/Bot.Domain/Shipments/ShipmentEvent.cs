namespace Bot.Domain.Shipments;

/// <summary>
/// One scan of a shipment. <see cref="DescriptionKey"/> is an optional resource key for extra wording;
/// <see cref="ExceptionReason"/> is set for <see cref="ShipmentStage.Exception"/> (and for a return's cause);
/// <see cref="SignedBy"/> is the person who signed for a delivery.
/// </summary>
public sealed record ShipmentEvent(
    ShipmentStage Stage,
    string? Location,
    DateTimeOffset At,
    string? DescriptionKey = null,
    string? ExceptionReason = null,
    string? SignedBy = null);

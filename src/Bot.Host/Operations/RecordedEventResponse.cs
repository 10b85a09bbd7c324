namespace Bot.Host.Operations;

/// <summary>Answer of <c>POST /api/operations/shipments/{trackingNumber}/events</c>; <see cref="Duplicate"/> is true when the
/// event was already stored (200) rather than added (201).</summary>
public sealed record RecordedEventResponse(
    string TrackingNumber,
    string Stage,
    string? Location,
    DateTimeOffset At,
    string? SignedBy,
    string? Reason,
    bool Duplicate);

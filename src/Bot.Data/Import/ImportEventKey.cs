using Bot.Domain.Shipments;

namespace Bot.Data.Import;

/// <summary>What makes two scans the same: number, stage, instant (whatever the offset) and location (trimmed, exact).</summary>
internal readonly record struct ImportEventKey(string Number, ShipmentStage Stage, long UtcTicks, string Location)
{
    public static ImportEventKey Of(string number, ShipmentStage stage, DateTimeOffset at, string? location) =>
        new(number, stage, at.UtcTicks, location?.Trim() ?? "");

    public static ImportEventKey Of(ImportedEvent scan) =>
        Of(scan.Number.Value, scan.Event.Stage, scan.Event.At, scan.Event.Location);
}

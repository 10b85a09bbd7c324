namespace Bot.Data.Import;

/// <summary>The counts of a committed import.</summary>
public sealed record ImportSummary(ImportCounts Customers, ImportCounts Shipments, ImportCounts Events)
{
    public static ImportSummary None { get; } = new(ImportCounts.None, ImportCounts.None, ImportCounts.None);
}

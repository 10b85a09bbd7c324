namespace Bot.Data.Import;

/// <summary>Rows of one kind: new, changed, and skipped because the store already had them exactly so.</summary>
public sealed record ImportCounts(int Inserted, int Updated, int Skipped)
{
    public static ImportCounts None { get; } = new(0, 0, 0);
}

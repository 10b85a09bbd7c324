using Bot.Domain.Shipments;

namespace Bot.Data.Import;

/// <summary>
/// The outcome of an import: either every problem found (and nothing written) or the counts of the committed
/// transaction with the scans it added, in the order they were given.
/// </summary>
public sealed record ImportResult(
    IReadOnlyList<ImportProblem> Problems,
    ImportSummary Summary,
    IReadOnlyList<RecordedShipmentEvent> NewEvents)
{
    public bool Succeeded => Problems.Count == 0;

    public static ImportResult Rejected(IReadOnlyList<ImportProblem> problems) => new(problems, ImportSummary.None, []);
}

namespace Bot.Data.Import;

/// <summary>Rows that appear twice in one import (one file, or all files of one command): each later copy is a problem.</summary>
internal static class ImportDuplicates
{
    public static IEnumerable<ImportProblem> Find(ImportBatch batch) =>
    [
        .. Find(batch.Customers, c => c.Customer.Id, c => c.Origin, ImportFields.Id, c => $"Customer '{c.Customer.Id}'"),
        .. Find(batch.Shipments, s => s.Number.Value, s => s.Origin, ImportFields.TrackingNumber, s => $"Shipment {s.Number.Value}"),
        .. Find(batch.Events, ImportEventKey.Of, e => e.Origin, ImportFields.Stage,
            e => $"The {ImportValues.StageName(e.Event.Stage)} event of {e.Number.Value} at the same time and place"),
    ];

    private static IEnumerable<ImportProblem> Find<T, TKey>(
        IEnumerable<T> rows, Func<T, TKey> key, Func<T, ImportOrigin> origin, string field, Func<T, string> describe)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, ImportOrigin>();
        foreach (var row in rows)
        {
            var at = origin(row);
            if (!first.TryAdd(key(row), at))
            {
                var earlier = first[key(row)];
                var where = earlier.Source == at.Source ? $"line {earlier.Line}" : $"{earlier.Source ?? "the input"} line {earlier.Line}";
                yield return new ImportProblem(at, field, ImportProblemKind.Duplicate, $"{describe(row)} is already on {where}.");
            }
        }
    }
}

namespace Bot.Data.Import;

/// <summary>
/// Reads one CSV file of one kind (customers, shipments or events; told by the caller or from the header row). Column
/// names are matched case-insensitively in any order; unknown columns are rejected so that a misspelt one is never
/// silently dropped. A customer with several contacts takes one row per contact, repeating its id
/// (see <see cref="CsvCustomerRows"/>).
/// </summary>
public static class CsvImportReader
{
    public static ImportBatch Read(ReadOnlyMemory<byte> utf8, string? source, ImportKind? kind = null)
    {
        var batch = new ImportBatch();
        var text = ImportText.Decode(utf8, source, batch);
        if (text is null)
        {
            return batch;
        }

        var records = CsvRecordReader.Read(text, source, batch);
        if (records.Count == 0)
        {
            if (batch.Problems.Count == 0)
            {
                batch.Add(new ImportProblem(source, 1, null, ImportProblemKind.Syntax, "The file is empty; the first line must name the columns."));
            }
            return batch;
        }

        var header = records[0];
        var columns = header.Fields.Select(f => f.Trim()).ToArray();
        var found = kind ?? DetectKind(columns);
        if (found is not { } resolved)
        {
            batch.Add(new ImportProblem(source, header.Line, null, ImportProblemKind.Syntax,
                "The header does not tell whether this is a customers, shipments or events file; name the columns as documented or give the kind."));
            return batch;
        }

        if (!CheckHeader(columns, resolved, source, header.Line, batch))
        {
            return batch;
        }

        var reader = new ImportRowReader(batch);
        var customers = resolved == ImportKind.Customers ? new CsvCustomerRows(reader, batch) : null;
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != columns.Length)
            {
                batch.Add(new ImportProblem(source, record.Line, null, ImportProblemKind.Syntax,
                    $"Line {record.Line} has {record.Fields.Count} fields; the header has {columns.Length}."));
                continue;
            }
            var row = new ImportRow(new ImportOrigin(source, record.Line));
            for (var i = 0; i < columns.Length; i++)
            {
                row.Set(columns[i], record.Fields[i]);
            }

            if (customers is not null)
            {
                customers.Add(row);
            }
            else if (resolved == ImportKind.Shipments && reader.Shipment(row) is { } shipment)
            {
                batch.Add(shipment);
            }
            else if (resolved == ImportKind.Events && reader.Event(row) is { } scan)
            {
                batch.Add(scan);
            }
        }
        customers?.Complete();
        return batch;
    }

    /// <summary>The kind a header row names, or null when it cannot tell.</summary>
    public static ImportKind? DetectKind(IReadOnlyCollection<string> columns)
    {
        bool Has(string name) => columns.Contains(name, StringComparer.OrdinalIgnoreCase);
        if (Has(ImportFields.Stage))
        {
            return ImportKind.Events;
        }
        if (Has(ImportFields.PromisedFrom) || Has(ImportFields.PromisedTo) || Has(ImportFields.CustomerId))
        {
            return ImportKind.Shipments;
        }
        if (Has(ImportFields.Id) || Has(ImportFields.Tier))
        {
            return ImportKind.Customers;
        }
        return null;
    }

    private static bool CheckHeader(string[] columns, ImportKind kind, string? source, int line, ImportBatch batch)
    {
        var before = batch.Problems.Count;
        var known = ImportFields.Columns(kind);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            if (!known.Contains(column, StringComparer.OrdinalIgnoreCase))
            {
                batch.Add(new ImportProblem(source, line, column, ImportProblemKind.UnknownField,
                    $"Column '{column}' is not part of the {kind.ToString().ToLowerInvariant()} format; the columns are {string.Join(", ", known)}."));
            }
            else if (!seen.Add(column))
            {
                batch.Add(new ImportProblem(source, line, column, ImportProblemKind.Duplicate, $"Column '{column}' appears twice."));
            }
        }
        foreach (var required in ImportFields.RequiredColumns(kind).Where(r => !seen.Contains(r)))
        {
            batch.Add(new ImportProblem(source, line, required, ImportProblemKind.MissingField, $"The required column '{required}' is missing."));
        }
        return batch.Problems.Count == before;
    }
}

using System.Text;

namespace Bot.Data.Import;

/// <summary>
/// RFC 4180 records: comma-separated fields, CRLF, LF or CR line ends, fields in double quotes may hold commas, line
/// breaks and doubled quotes. A broken record is reported with the line it starts on and left out; blank lines are
/// skipped.
/// </summary>
internal static class CsvRecordReader
{
    public static List<CsvRecord> Read(string text, string? source, ImportBatch batch)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var start = line;
            fields.Clear();
            string? error = null;
            while (true)
            {
                field.Clear();
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    var closed = false;
                    while (i < text.Length)
                    {
                        var c = text[i++];
                        if (c == '"')
                        {
                            if (i < text.Length && text[i] == '"')
                            {
                                field.Append('"');
                                i++;
                                continue;
                            }
                            closed = true;
                            break;
                        }
                        if (c == '\n' || (c == '\r' && (i >= text.Length || text[i] != '\n')))
                        {
                            line++;
                        }
                        field.Append(c);
                    }
                    if (!closed)
                    {
                        error = "a quoted field is not closed (a missing \").";
                    }
                    else if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        error = "there is text after a closing quote; double a quote inside a quoted field (\"\").";
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        if (text[i] == '"')
                        {
                            error ??= "a field with a quote must be quoted as a whole, with the quote doubled (\"\").";
                        }
                        field.Append(text[i++]);
                    }
                }

                fields.Add(field.ToString());
                if (error is not null || i >= text.Length || text[i] != ',')
                {
                    break;
                }
                i++;
            }

            if (error is not null)
            {
                batch.Add(new ImportProblem(source, start, null, ImportProblemKind.Syntax, $"Line {start} is not valid CSV: {error}"));
                SkipToLineEnd(text, ref i);
            }
            if (i < text.Length)
            {
                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            }
            if (error is null && !(fields.Count == 1 && string.IsNullOrWhiteSpace(fields[0])))
            {
                records.Add(new CsvRecord(start, [.. fields]));
            }
            line++;
        }
        return records;
    }

    private static void SkipToLineEnd(string text, ref int i)
    {
        while (i < text.Length && text[i] is not ('\r' or '\n'))
        {
            i++;
        }
    }
}

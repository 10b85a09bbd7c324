namespace Bot.Data.Import;

/// <summary>One CSV record with the physical line it starts on.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

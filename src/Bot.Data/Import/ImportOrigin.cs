namespace Bot.Data.Import;

/// <summary>Where a row came from: the file name (null for an HTTP body) and its line (CSV: physical line where the
/// record starts; JSON: line of the item's opening brace).</summary>
public sealed record ImportOrigin(string? Source, int Line);

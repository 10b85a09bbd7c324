namespace Bot.Data.Import;

/// <summary>One invalid row or value: where (file, line, field) and why.</summary>
public sealed record ImportProblem(string? Source, int Line, string? Field, ImportProblemKind Kind, string Reason)
{
    public ImportProblem(ImportOrigin origin, string? field, ImportProblemKind kind, string reason)
        : this(origin?.Source, origin?.Line ?? 0, field, kind, reason)
    {
    }

    public override string ToString() =>
        $"{Source ?? "input"}:{Line}: {(Field is null ? "" : Field + ": ")}{Reason}";
}

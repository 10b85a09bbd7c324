namespace Bot.Deploy.Tests.Teams;

/// <summary>One failed schema constraint: where in the manifest (JSON pointer), which keyword, and the validator's message.</summary>
internal sealed record SchemaViolation(string Location, string Keyword, string Message)
{
    public override string ToString() => $"{(Location.Length == 0 ? "/" : Location)}: {Keyword}: {Message}";
}

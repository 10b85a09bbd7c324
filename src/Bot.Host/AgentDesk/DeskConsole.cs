namespace Bot.Host.AgentDesk;

/// <summary>
/// Where the desk prints what only the operator at the console may see (a generated password): the process's standard
/// output, never ILogger, so no log sink receives it. Tests register their own writer.
/// </summary>
internal sealed record DeskConsole(TextWriter Out)
{
    public static DeskConsole Standard() => new(Console.Out);
}

namespace Bot.Host.TeamsAgents;

/// <summary>
/// Marks the agent lines typed in an escalation's Teams thread while they are sent, so the notifier does not post them
/// back to the thread they came from.
/// </summary>
internal static class TeamsAgentsOrigin
{
    private static readonly AsyncLocal<string?> Current = new();

    public static bool IsFromThread(string escalationId) => Current.Value == escalationId;

    public static IDisposable FromThread(string escalationId)
    {
        var previous = Current.Value;
        Current.Value = escalationId;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

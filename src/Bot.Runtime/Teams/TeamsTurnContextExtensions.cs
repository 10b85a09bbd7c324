using Bot.Runtime.Turns;

namespace Bot.Runtime.Teams;

public static class TeamsTurnContextExtensions
{
    private const string TurnStateKey = "Bot.Runtime.Teams.TeamsTurn";

    /// <summary>The Teams facts of this turn, or null when it is not a Teams turn (or <see cref="TeamsMiddleware"/> is not registered).</summary>
    public static TeamsTurn? GetTeamsTurn(this TurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.TryGetValue(TurnStateKey, out var value) ? value as TeamsTurn : null;
    }

    /// <summary>The Teams tenant id of this turn, or null outside Teams.</summary>
    public static string? GetTeamsTenantId(this TurnContext turnContext) => turnContext.GetTeamsTurn()?.TenantId;

    internal static void SetTeamsTurn(this TurnContext turnContext, TeamsTurn teamsTurn) =>
        turnContext.TurnState[TurnStateKey] = teamsTurn;
}

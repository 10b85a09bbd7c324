using Bot.Domain.Handoff;

namespace Bot.Host.AgentDesk;

/// <summary>What creating an account gave: the account and, when it was generated, its password; or why not.</summary>
internal sealed record DeskAccountCreation(AgentAccount? Account, string? GeneratedPassword, string? Error)
{
    public bool Created => Account is not null;

    public static DeskAccountCreation Failed(string error) => new(null, null, error);
}

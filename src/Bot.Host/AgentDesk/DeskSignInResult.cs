using Bot.Domain.Handoff;

namespace Bot.Host.AgentDesk;

/// <summary>
/// The outcome of a sign-in attempt: the account; or wrong credentials (with the end of the lock-out this failure started);
/// or refused unchecked because the user name is locked.
/// </summary>
internal sealed record DeskSignInResult(AgentAccount? Account, bool IsLockedOut, DateTimeOffset? LockedUntil)
{
    public static DeskSignInResult Success(AgentAccount account) => new(account, false, null);

    public static DeskSignInResult Wrong(DateTimeOffset? lockedFromNowUntil) => new(null, false, lockedFromNowUntil);

    public static DeskSignInResult Locked(DateTimeOffset until) => new(null, true, until);
}

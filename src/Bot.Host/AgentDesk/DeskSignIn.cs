using Bot.Domain.Handoff;
using Microsoft.AspNetCore.Identity;

namespace Bot.Host.AgentDesk;

/// <summary>Checks a user name and password against the stored accounts, with lock-out; never logs the password.</summary>
internal sealed class DeskSignIn(IAgentAccountStore accounts, DeskPasswords passwords, LoginThrottle throttle, ILogger<DeskSignIn> logger)
{
    public async Task<DeskSignInResult> VerifyAsync(string userName, string password, CancellationToken ct)
    {
        var name = userName.Trim();
        if (throttle.LockedUntil(name) is { } locked)
        {
            AgentDeskLog.SignInLocked(logger, name);
            return DeskSignInResult.Locked(locked);
        }

        var login = await accounts.FindForLoginAsync(name, ct);
        if (login is null)
        {
            passwords.VerifyDecoy(password);
            return Failed(name, "unknown user name");
        }

        var verdict = passwords.Verify(login.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            return Failed(name, "wrong password");
        }
        if (login.Account.Disabled)
        {
            return Failed(name, "account disabled");
        }

        throttle.Succeeded(name);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await accounts.SetPasswordHashAsync(login.Account.Id, passwords.Hash(password), ct);
        }
        AgentDeskLog.SignedIn(logger, login.Account.Id, login.Account.UserName);
        return DeskSignInResult.Success(login.Account);
    }

    private DeskSignInResult Failed(string userName, string reason)
    {
        var lockedUntil = throttle.Failed(userName);
        AgentDeskLog.SignInFailed(logger, userName, reason);
        if (lockedUntil is not null)
        {
            AgentDeskLog.SignInLocked(logger, userName);
        }
        return DeskSignInResult.Wrong(lockedUntil);
    }
}

using System.Security.Claims;
using Bot.Domain.Handoff;
using Bot.Host.Handoff;

namespace Bot.Host.AgentDesk;

// The desk cookie's identity: the account id, user name, display name and one role claim per role.
internal static class DeskPrincipal
{
    public const string Scheme = "AgentDesk";
    public const string DisplayNameClaim = "desk:display_name";

    public static ClaimsPrincipal From(AgentAccount account)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, account.Id),
            new(ClaimTypes.Name, account.UserName),
            new(DisplayNameClaim, account.DisplayName),
        ];
        if ((account.Roles & AgentRoles.Agent) != 0 || account.Roles == AgentRoles.None)
        {
            claims.Add(new Claim(ClaimTypes.Role, DeskRoles.Agent));
        }
        if ((account.Roles & AgentRoles.Supervisor) != 0)
        {
            claims.Add(new Claim(ClaimTypes.Role, DeskRoles.Supervisor));
        }
        if ((account.Roles & AgentRoles.Admin) != 0)
        {
            claims.Add(new Claim(ClaimTypes.Role, DeskRoles.Admin));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static string? AgentId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The signed-in agent; only called behind the desk's authorization, so the claims are there.</summary>
    public static DeskAgent Agent(ClaimsPrincipal user)
    {
        var id = AgentId(user) ?? throw new InvalidOperationException("The desk principal has no agent id.");
        var name = user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? id;
        return new DeskAgent(id, name, IsSupervisor(user));
    }

    public static bool IsSupervisor(ClaimsPrincipal user) => user.IsInRole(DeskRoles.Supervisor) || user.IsInRole(DeskRoles.Admin);

    // What the cookie says must still match the stored account (roles, name), or the cookie is replaced.
    public static bool Matches(ClaimsPrincipal user, AgentAccount account)
    {
        var expected = From(account);
        return user.Identity?.Name == account.UserName
            && user.FindFirstValue(DisplayNameClaim) == account.DisplayName
            && user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal)
                .SequenceEqual(expected.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
    }
}

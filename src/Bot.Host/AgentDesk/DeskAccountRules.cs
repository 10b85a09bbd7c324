using System.Text.RegularExpressions;
using Bot.Domain.Handoff;

namespace Bot.Host.AgentDesk;

// What a desk account may look like; shared by the admin form, the CLI and the configured first admin.
internal static partial class DeskAccountRules
{
    public const string UserNameRule = "A user name is 1 to 64 letters, digits, '.', '_', '-' or '@'.";

    public static readonly IReadOnlyList<string> Languages = ["en", "zh"];

    public static bool IsValidUserName(string? userName) => userName is not null && UserName().IsMatch(userName);

    public static bool TryParseRole(string? text, out AgentRoles roles)
    {
        roles = text?.Trim().ToLowerInvariant() switch
        {
            DeskRoles.Agent => AgentRoles.Agent,
            DeskRoles.Supervisor => AgentRoles.Agent | AgentRoles.Supervisor,
            DeskRoles.Admin => AgentRoles.Agent | AgentRoles.Supervisor | AgentRoles.Admin,
            _ => AgentRoles.None,
        };
        return roles != AgentRoles.None;
    }

    /// <summary>The highest role of <paramref name="roles"/>, as the desk names it.</summary>
    public static string RoleName(AgentRoles roles) =>
        (roles & AgentRoles.Admin) != 0 ? DeskRoles.Admin
        : (roles & AgentRoles.Supervisor) != 0 ? DeskRoles.Supervisor
        : DeskRoles.Agent;

    public static bool TryParseSkills(IEnumerable<string> names, out HashSet<Skill> skills)
    {
        skills = [];
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            if (!Enum.TryParse<Skill>(name, ignoreCase: true, out var skill) || !Enum.IsDefined(skill) || int.TryParse(name, out _))
            {
                return false;
            }
            skills.Add(skill);
        }
        return true;
    }

    public static bool TryParseLanguages(IEnumerable<string> names, out HashSet<string> languages)
    {
        languages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names.Select(n => n.Trim().ToLowerInvariant()).Where(n => n.Length > 0))
        {
            if (!Languages.Contains(name))
            {
                return false;
            }
            languages.Add(name);
        }
        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex UserName();
}

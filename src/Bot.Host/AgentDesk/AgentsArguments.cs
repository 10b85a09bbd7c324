using System.Diagnostics.CodeAnalysis;
using Bot.Domain.Handoff;

namespace Bot.Host.AgentDesk;

/// <summary>
/// <c>agents add &lt;userName&gt; [--role agent|supervisor|admin] [--name "Display Name"] [--skills tracking,complaints]
/// [--languages en,zh] [--capacity 3] [--password-stdin] [--teams &lt;aadObjectId&gt;]</c>, <c>agents list</c> or
/// <c>agents link &lt;userName&gt; &lt;aadObjectId&gt;</c>; other <c>--key value</c> pairs are configuration.
/// </summary>
internal sealed record AgentsArguments(
    string Verb, NewDeskAccount? Account, bool PasswordFromStdin, string[] ConfigurationArgs, string? LinkUserName = null, string? TeamsAadObjectId = null)
{
    public static bool TryParse(string[] args, [NotNullWhen(true)] out AgentsArguments? parsed, [NotNullWhen(false)] out string? error)
    {
        parsed = null;
        if (args.Length == 0 || args[0] is not ("add" or "list" or "link"))
        {
            error = "Say what to do: add, list or link.";
            return false;
        }

        var verb = args[0];
        var account = new NewDeskAccount("", null, AgentRoles.Agent, [], []);
        string? userName = null;
        string? teams = null;
        var fromStdin = false;
        var configuration = new List<string>();
        var queue = new Queue<string>(args[1..]);
        while (queue.TryDequeue(out var arg))
        {
            error = null;
            switch (arg)
            {
                case "--role": error = Role(queue, ref account); break;
                case "--name": error = Name(queue, ref account); break;
                case "--skills": error = Skills(queue, ref account); break;
                case "--languages": error = Languages(queue, ref account); break;
                case "--capacity": error = Capacity(queue, ref account); break;
                case "--password-stdin": fromStdin = true; break;
                case "--teams" when verb == "add":
                    error = queue.TryDequeue(out teams) && Bot.Host.TeamsAgents.TeamsAgentLinks.IsValid(teams) ? null : "--teams needs the Teams user's object id.";
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    configuration.Add(arg);
                    if (!arg.Contains('=', StringComparison.Ordinal) && queue.TryDequeue(out var value))
                    {
                        configuration.Add(value);
                    }
                    break;
                case var name when verb is "add" or "link" && userName is null: userName = name; break;
                case var id when verb == "link" && teams is null: teams = id; break;
                default: error = $"Unexpected argument '{arg}'."; break;
            }
            if (error is not null)
            {
                return false;
            }
        }

        if (verb == "add" && userName is null)
        {
            error = "Name the account: agents add <userName>.";
            return false;
        }
        if (verb == "link" && (userName is null || teams is null))
        {
            error = "Name the account and the Teams user: agents link <userName> <aadObjectId>.";
            return false;
        }

        error = null;
        parsed = verb == "link"
            ? new AgentsArguments(verb, null, false, [.. configuration], userName, teams)
            : new AgentsArguments(verb, userName is null ? null : account with { UserName = userName }, fromStdin, [.. configuration], null, teams);
        return true;
    }

    private static string? Role(Queue<string> queue, ref NewDeskAccount account)
    {
        if (!queue.TryDequeue(out var value) || !DeskAccountRules.TryParseRole(value, out var roles))
        {
            return "--role is agent, supervisor or admin.";
        }
        account = account with { Roles = roles };
        return null;
    }

    private static string? Name(Queue<string> queue, ref NewDeskAccount account)
    {
        if (!queue.TryDequeue(out var value) || string.IsNullOrWhiteSpace(value))
        {
            return "--name needs the name agents and customers see.";
        }
        account = account with { DisplayName = value };
        return null;
    }

    private static string? Skills(Queue<string> queue, ref NewDeskAccount account)
    {
        if (!queue.TryDequeue(out var value) || !DeskAccountRules.TryParseSkills(value.Split(','), out var skills) || skills.Count == 0)
        {
            return $"--skills is a comma-separated list of {string.Join(", ", Enum.GetNames<Skill>()).ToLowerInvariant()}.";
        }
        account = account with { Skills = skills };
        return null;
    }

    private static string? Languages(Queue<string> queue, ref NewDeskAccount account)
    {
        if (!queue.TryDequeue(out var value) || !DeskAccountRules.TryParseLanguages(value.Split(','), out var languages) || languages.Count == 0)
        {
            return "--languages is en, zh or en,zh.";
        }
        account = account with { Languages = languages };
        return null;
    }

    private static string? Capacity(Queue<string> queue, ref NewDeskAccount account)
    {
        if (!queue.TryDequeue(out var value) || !int.TryParse(value, out var capacity) || capacity is < 1 or > DeskAccounts.MaxCapacity)
        {
            return $"--capacity is 1 to {DeskAccounts.MaxCapacity}.";
        }
        account = account with { Capacity = capacity };
        return null;
    }
}

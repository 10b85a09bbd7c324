using Bot.Data;
using Bot.Domain.Handoff;
using Bot.Host.Hosting;
using Bot.Host.TeamsAgents;

namespace Bot.Host.AgentDesk;

/// <summary>
/// <c>agents add &lt;userName&gt; …</c> creates a desk account in the configured store (migrating it first) and prints the
/// generated password, unless <c>--password-stdin</c> reads one line from standard input; <c>agents list</c> prints the
/// accounts; <c>agents link &lt;userName&gt; &lt;aadObjectId&gt;</c> (or <c>--teams</c> on add) lets the account act in the
/// Teams agents' channel. Exit 0 done, 1 refused (name taken, password too short, unknown account, Teams user linked
/// to another account), 2 usage.
/// </summary>
internal static class AgentsCommand
{
    private const string Usage =
        "usage: agents add <userName> [--role agent|supervisor|admin] [--name \"Display Name\"] [--skills tracking,complaints,billing] " +
        "[--languages en,zh] [--capacity 3] [--password-stdin] [--teams <aadObjectId>] | agents list | agents link <userName> <aadObjectId>   " +
        "[--ConnectionStrings:Bot \"Data Source=<path>\"]";

    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "agents")
        {
            return false;
        }

        Environment.ExitCode = await RunAsync(args[1..], Console.In, Console.Out, Console.Error, settings: null, CancellationToken.None);
        return true;
    }

    internal static async Task<int> RunAsync(
        string[] args,
        TextReader input,
        TextWriter output,
        TextWriter error,
        IReadOnlyDictionary<string, string?>? settings,
        CancellationToken cancellationToken)
    {
        if (!AgentsArguments.TryParse(args, out var arguments, out var usageError))
        {
            await error.WriteLineAsync(usageError);
            await error.WriteLineAsync(Usage);
            return 2;
        }

        await using var app = BuildStore(arguments.ConfigurationArgs, settings);
        await app.Services.MigrateBotDataAsync(cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAgentAccountStore>();
        if (arguments.LinkUserName is { } linkUserName)
        {
            return await LinkAsync(store, linkUserName, arguments.TeamsAadObjectId!, output, error, cancellationToken);
        }
        if (arguments.Account is not { } account)
        {
            foreach (var existing in await scope.ServiceProvider.GetRequiredService<IAgentAccountStore>().ListAsync(cancellationToken))
            {
                await output.WriteLineAsync(
                    $"{existing.UserName}\t{DeskAccountRules.RoleName(existing.Roles)}\t{existing.DisplayName}\t" +
                    $"{string.Join(',', existing.Skills.Order()).ToLowerInvariant()}\t{string.Join(',', existing.Languages.Order(StringComparer.Ordinal))}" +
                    (existing.Disabled ? "\tdisabled" : "") +
                    (existing.TeamsAadObjectId is { } teams ? $"\tteams:{teams}" : ""));
            }
            return 0;
        }

        if (arguments.PasswordFromStdin)
        {
            var password = (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
            if (string.IsNullOrEmpty(password))
            {
                await error.WriteLineAsync("--password-stdin: standard input had no password line.");
                return 2;
            }
            account = account with { Password = password };
        }

        var created = await scope.ServiceProvider.GetRequiredService<DeskAccounts>().CreateAsync(account, cancellationToken);
        if (created.Account is not { } stored)
        {
            await error.WriteLineAsync(created.Error);
            return 1;
        }

        await output.WriteLineAsync($"Created the {DeskAccountRules.RoleName(stored.Roles)} account '{stored.UserName}' ({stored.DisplayName}).");
        if (arguments.TeamsAadObjectId is { } aadObjectId && await LinkAsync(store, stored.UserName, aadObjectId, output, error, cancellationToken) != 0)
        {
            return 1;
        }
        if (created.GeneratedPassword is { } generated)
        {
            await output.WriteLineAsync($"password: {generated}");
            await output.WriteLineAsync("It is shown only this once.");
        }
        return 0;
    }

    private static async Task<int> LinkAsync(
        IAgentAccountStore store, string userName, string aadObjectId, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (await TeamsAgentLinks.LinkAsync(store, userName, aadObjectId, cancellationToken) is { } refused)
        {
            await error.WriteLineAsync(refused);
            return 1;
        }
        await output.WriteLineAsync($"Linked the Teams user {aadObjectId} to the account '{userName}'.");
        return 0;
    }

    // The store and what creating desk accounts needs.
    private static WebApplication BuildStore(string[] configurationArgs, IReadOnlyDictionary<string, string?>? settings) =>
        CommandHost.BuildWithStore(configurationArgs, settings, services =>
        {
            services.AddOptions<AgentDeskOptions>().BindConfiguration(AgentDeskOptions.Section).ValidateDataAnnotations();
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<DeskPasswords>();
            services.AddSingleton<DeskAccounts>();
        });
}

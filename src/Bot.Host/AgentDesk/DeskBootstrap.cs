using Bot.Domain.Handoff;
using Microsoft.Extensions.Options;

namespace Bot.Host.AgentDesk;

/// <summary>
/// At start, when the store has no desk account: creates the configured first admin (<c>AgentDesk:Admin</c>), or in
/// Development a generated admin whose password is printed to the console (not logged).
/// </summary>
internal sealed class DeskBootstrap(
    IAgentAccountStore store,
    DeskAccounts accounts,
    IOptions<AgentDeskOptions> options,
    IHostEnvironment environment,
    DeskConsole console,
    ILogger<DeskBootstrap> logger) : IHostedService
{
    public const string DevelopmentUserName = "admin";

    private static readonly AgentRoles AllRoles = AgentRoles.Agent | AgentRoles.Supervisor | AgentRoles.Admin;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if ((await store.ListAsync(cancellationToken)).Count > 0)
        {
            return;
        }

        var admin = options.Value.Admin;
        if (admin.IsSet)
        {
            var created = await accounts.CreateAsync(
                new NewDeskAccount(admin.UserName, admin.DisplayName, AllRoles, [], [], Password: admin.Password), cancellationToken);
            if (!created.Created)
            {
                AgentDeskLog.FirstAdminRejected(logger, created.Error ?? "");
            }
            return;
        }

        if (environment.IsDevelopment() && options.Value.GenerateDevelopmentAccount)
        {
            var created = await accounts.CreateAsync(
                new NewDeskAccount(DevelopmentUserName, "Developer", AllRoles, [], []), cancellationToken);
            if (created is { Account: { } account, GeneratedPassword: { } password })
            {
                AgentDeskLog.DevelopmentAccountCreated(logger, account.UserName);
                await console.Out.WriteLineAsync(
                    $"""

                    Agent desk: no account existed, so a development admin was created. Sign in at /agent with
                      user name: {account.UserName}
                      password:  {password}
                    It is shown only this once. Add accounts with: dotnet run --project src/Bot.Host -- agents add <userName> --role agent

                    """);
                await console.Out.FlushAsync(cancellationToken);
            }
            return;
        }

        AgentDeskLog.NoAccount(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

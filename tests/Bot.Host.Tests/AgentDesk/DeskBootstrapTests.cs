using System.Collections.Concurrent;
using Bot.Domain.Handoff;
using Bot.Host.AgentDesk;
using Bot.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.AgentDesk;

public sealed class DeskBootstrapTests
{
    [Fact]
    public async Task The_first_admin_comes_from_configuration()
    {
        await using var host = new DeskTestHost();

        var session = await host.SignInAsync(DeskTestHost.AdminUserName, DeskTestHost.AdminPassword);
        var accounts = await host.Factory.Services.GetRequiredService<IAgentAccountStore>().ListAsync(CancellationToken.None);

        var admin = Assert.Single(accounts);
        Assert.Equal(AgentRoles.Agent | AgentRoles.Supervisor | AgentRoles.Admin, admin.Roles);
        Assert.Equal(DeskTestHost.AdminDisplayName, admin.DisplayName);
        Assert.NotNull(session.Cookie);
    }

    [Fact]
    public async Task In_development_a_generated_admin_is_printed_to_the_console_and_never_logged()
    {
        var console = new StringWriter();
        var logs = new ConcurrentQueue<string>();
        await using var factory = new BotHostFactory()
            .WithConfig("environment", "Development")
            .WithConfig("Logging:LogLevel:Default", "Trace")
            .WithConfig("Logging:LogLevel:Microsoft.AspNetCore", "Trace")
            .WithConfig("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Trace")
            .WithServices(services =>
            {
                services.AddSingleton(new DeskConsole(console));
                services.AddSingleton<ILoggerProvider>(new RecordingLoggerProvider(logs));
            });

        var accounts = await factory.Services.GetRequiredService<IAgentAccountStore>().ListAsync(CancellationToken.None);
        var printed = console.ToString();
        var password = printed.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("password:", StringComparison.Ordinal))["password:".Length..].Trim();
        var login = await factory.Services.GetRequiredService<IAgentAccountStore>().FindForLoginAsync(DeskBootstrap.DevelopmentUserName, CancellationToken.None);

        Assert.Equal(DeskBootstrap.DevelopmentUserName, Assert.Single(accounts).UserName);
        Assert.Equal(20, password.Length);
        Assert.Equal(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Success, new DeskPasswords().Verify(login!.PasswordHash, password));
        Assert.Contains(logs, l => l.Contains(DeskBootstrap.DevelopmentUserName, StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outside_development_no_account_is_generated()
    {
        var console = new StringWriter();
        await using var factory = new BotHostFactory().WithServices(services => services.AddSingleton(new DeskConsole(console)));

        var accounts = await factory.Services.GetRequiredService<IAgentAccountStore>().ListAsync(CancellationToken.None);

        Assert.Empty(accounts);
        Assert.Equal("", console.ToString());
    }

    [Theory]
    [InlineData("root", "")]
    [InlineData("", "a-password-0123")]
    [InlineData("bad name", "a-password-0123")]
    public async Task An_incomplete_first_admin_stops_the_host_at_start(string userName, string password)
    {
        await using var factory = new BotHostFactory()
            .WithConfig("AgentDesk:Admin:UserName", userName)
            .WithConfig("AgentDesk:Admin:Password", password);

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains(nameof(Bot.Host.AgentDesk.AgentDeskOptions), error.ToString(), StringComparison.Ordinal);
    }
}

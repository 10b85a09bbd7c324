using Bot.Data;
using Bot.Domain.Handoff;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.AgentDesk;

// Reads the store a command wrote, the way the host would.
internal static class StoreReader
{
    public static async Task<AgentLogin> FindForLoginAsync(IReadOnlyDictionary<string, string?> settings, string userName)
    {
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddBotData(settings["ConnectionStrings:Bot"]!)
            .BuildServiceProvider();
        return await services.GetRequiredService<IAgentAccountStore>().FindForLoginAsync(userName, CancellationToken.None)
            ?? throw new InvalidOperationException($"No account {userName}.");
    }
}

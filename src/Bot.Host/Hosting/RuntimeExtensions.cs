using Bot.Dialogs;
using Bot.Dialogs.Main;
using Bot.Host.TeamsAgents;
using Bot.Runtime;
using Bot.Runtime.Localization;
using Bot.Runtime.Teams;
using Bot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace Bot.Host.Hosting;

internal static class RuntimeExtensions
{
    /// <summary>The turn pipeline (section <c>Runtime</c>), its middleware and the bot.</summary>
    public static WebApplicationBuilder AddBotRuntime(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RuntimeOptions>()
            .BindConfiguration(RuntimeOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddTurnRuntime();
        // Middleware runs in the order added: the agents' channel takes its activities before the Teams @mention gate
        // (thread replies to a card rarely mention the bot) and before anything of the customer bot sees them.
        services.AddTurnMiddleware<TeamsAgentsMiddleware>();
        services.AddTurnMiddleware<TeamsMiddleware>();
        services.AddTurnMiddleware<CardSubmitMiddleware>();
        services.AddBotLocalization();

        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        services.AddOptions<CustomerServiceOptions>()
            .Configure<IOptions<BotOptions>>((dialog, bot) => dialog.Name = bot.Value.Name);
        services.AddCustomerService();
        return builder;
    }
}

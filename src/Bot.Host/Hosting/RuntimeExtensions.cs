using Bot.Dialogs;
using Bot.Dialogs.Main;
using Bot.Runtime;
using Bot.Runtime.Localization;
using Bot.Runtime.Teams;
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
        services.AddTurnMiddleware<TeamsMiddleware>();
        services.AddBotLocalization();

        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        services.AddOptions<CustomerServiceOptions>()
            .Configure<IOptions<BotOptions>>((dialog, bot) => dialog.Name = bot.Value.Name);
        services.AddCustomerService();
        return builder;
    }
}

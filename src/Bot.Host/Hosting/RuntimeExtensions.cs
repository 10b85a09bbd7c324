using Bot.Dialogs.Interim;
using Bot.Runtime;
using Bot.Runtime.Localization;
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
        services.AddBotLocalization();

        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        services.AddOptions<InterimBotOptions>()
            .Configure<IOptions<BotOptions>>((interim, bot) => interim.Name = bot.Value.Name);
        services.AddSingleton<IBot, AcknowledgementBot>();
        return builder;
    }
}

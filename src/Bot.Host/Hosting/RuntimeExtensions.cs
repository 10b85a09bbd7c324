namespace Bot.Host.Hosting;

internal static class RuntimeExtensions
{
    // Owner: runtime/data work. Registers the turn pipeline and the bot.
    public static WebApplicationBuilder AddBotRuntime(this WebApplicationBuilder builder) => builder;
}

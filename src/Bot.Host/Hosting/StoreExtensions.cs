namespace Bot.Host.Hosting;

internal static class StoreExtensions
{
    // Owner: runtime/data work. Registers the EF Core store.
    public static WebApplicationBuilder AddBotStore(this WebApplicationBuilder builder) => builder;

    public static Task MigrateBotStoreAsync(this WebApplication app) => Task.CompletedTask;
}

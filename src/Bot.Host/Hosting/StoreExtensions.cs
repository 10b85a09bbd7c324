using Bot.Data;

namespace Bot.Host.Hosting;

internal static class StoreExtensions
{
    /// <summary>
    /// The shared SQLite store. <c>ConnectionStrings:Bot</c> overrides the default file
    /// <c>{contentRoot}/App_Data/bot.db</c>; it is read when the store is first used, so test hosts can set it late.
    /// Section <c>Store</c> (<see cref="StoreOptions"/>) switches the demo data off.
    /// </summary>
    public static WebApplicationBuilder AddBotStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StoreOptions>()
            .BindConfiguration(StoreOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddBotData(provider =>
        {
            var configured = provider.GetRequiredService<IConfiguration>().GetConnectionString("Bot");
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return configured;
            }
            var contentRoot = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return $"Data Source={Path.Combine(contentRoot, "App_Data", "bot.db")}";
        });
        return builder;
    }

    public static Task MigrateBotStoreAsync(this WebApplication app) =>
        app.Services.MigrateBotDataAsync(app.Lifetime.ApplicationStopping);
}

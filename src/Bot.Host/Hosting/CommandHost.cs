namespace Bot.Host.Hosting;

/// <summary>
/// The web host's store for a command line tool: the same configuration sources (appsettings, environment, user secrets,
/// <c>--key value</c> arguments, ConnectionStrings:Bot) without a server. Logs go to stderr, so stdout carries only the
/// command's result.
/// </summary>
internal static class CommandHost
{
    public static WebApplication BuildWithStore(
        string[] configurationArgs, IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection> addServices)
    {
        ArgumentNullException.ThrowIfNull(addServices);
        var builder = WebApplication.CreateBuilder(configurationArgs);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddBotStore();
        addServices(builder.Services);
        return builder.Build();
    }
}

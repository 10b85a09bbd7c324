using Bot.Host.Hosting;
using Bot.Protocol.Authentication;
using Bot.Protocol.Connector;
using Bot.Runtime.Channels;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Host.Messaging;

internal static class MessagingExtensions
{
    /// <summary>
    /// Registers the Bot Connector endpoint's services: inbound JWT validation and the outbound Connector client,
    /// both configured from the bot's registration (section <c>Bot</c>); <c>Bot:Authentication</c> and
    /// <c>Bot:Credentials</c> hold the rarely changed endpoints (metadata URLs, authority host). The Teams members API
    /// (<see cref="IConversationMembers"/>) uses the same client; section <c>Messaging:Members</c>.
    /// </summary>
    public static WebApplicationBuilder AddMessaging(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddBotAuthentication()
            .BindConfiguration($"{BotOptions.Section}:Authentication")
            .Configure<IOptions<BotOptions>>((authentication, bot) =>
            {
                authentication.AppId = bot.Value.MicrosoftAppId;
                authentication.TenantId = bot.Value.MicrosoftAppTenantId;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddBotConnector(_ => { });
        services.AddOptions<ConnectorRetryOptions>().BindConfiguration($"{MessagingOptions.Section}:ConnectorRetry");
        services.AddOptions<BotCredentialsOptions>()
            .BindConfiguration($"{BotOptions.Section}:Credentials")
            .Configure<IOptions<BotOptions>>((credentials, bot) =>
            {
                credentials.AppId = bot.Value.MicrosoftAppId;
                credentials.AppPassword = bot.Value.MicrosoftAppPassword;
                credentials.AppType = bot.Value.MicrosoftAppType;
                credentials.TenantId = bot.Value.MicrosoftAppTenantId;
            });

        services.AddSingleton<MessagesCallerPolicy>();
        services.AddOptions<ConversationMembersOptions>()
            .BindConfiguration(ConversationMembersOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Replaces the runtime's "nobody is known" default: senders are looked up in the channel's members API.
        services.Replace(ServiceDescriptor.Singleton<IConversationMembers, ConnectorConversationMembers>());
        return builder;
    }
}

namespace Bot.Host.Hosting;

/// <summary>The bot's identity and its Azure Bot Service registration (section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The bot's account id on the self-hosted channels (Direct Line, expectReplies replies).</summary>
    public string Id { get; set; } = "bot";

    /// <summary>Display name shown to customers.</summary>
    public string Name { get; set; } = "Logistics Assistant";

    /// <summary>Microsoft App ID of the Azure Bot registration. Empty: no Bot Connector authentication.</summary>
    public string MicrosoftAppId { get; set; } = "";

    /// <summary>Client secret of the app registration, for outbound Connector calls.</summary>
    public string MicrosoftAppPassword { get; set; } = "";

    /// <summary><c>MultiTenant</c> (default) or <c>SingleTenant</c>.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    /// <summary>Tenant of a single-tenant app registration.</summary>
    public string MicrosoftAppTenantId { get; set; } = "";

    /// <summary>Without an app id, accept <c>/api/messages</c> from non-loopback callers too. Never in production.</summary>
    public bool AllowAnonymous { get; set; }
}

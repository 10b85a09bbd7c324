namespace Bot.Protocol.Connector;

/// <summary>The bot's own Entra app registration, used to obtain outbound tokens (PROTOCOL.md §3.2).</summary>
public sealed class BotCredentialsOptions
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";

    /// <summary>The Microsoft app id; empty means anonymous (no token is attached to Connector calls).</summary>
    public string? AppId { get; set; }

    /// <summary>The client secret of the app registration.</summary>
    public string? AppPassword { get; set; }

    /// <summary><c>MultiTenant</c> (authority tenant <c>botframework.com</c>) or <c>SingleTenant</c> (authority tenant <see cref="TenantId"/>).</summary>
    public string AppType { get; set; } = MultiTenant;

    /// <summary>The tenant of a single-tenant bot.</summary>
    public string? TenantId { get; set; }

    /// <summary>The Entra host that issues tokens; tests point it at a loopback stand-in.</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The scope requested with client credentials.</summary>
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);

    public bool IsSingleTenant => string.Equals(AppType, SingleTenant, StringComparison.OrdinalIgnoreCase);

    /// <summary>The authority URL: <c>{AuthorityHost}/botframework.com</c> or <c>{AuthorityHost}/{TenantId}</c>.</summary>
    public string Authority => $"{AuthorityHost.TrimEnd('/')}/{(IsSingleTenant ? TenantId : "botframework.com")}";

    internal IEnumerable<string> Validate()
    {
        if (!string.IsNullOrEmpty(AppType) && !string.Equals(AppType, MultiTenant, StringComparison.OrdinalIgnoreCase) && !IsSingleTenant)
        {
            yield return $"AppType must be '{MultiTenant}' or '{SingleTenant}'.";
        }
        if (IsAnonymous)
        {
            yield break;
        }
        if (string.IsNullOrWhiteSpace(AppPassword))
        {
            yield return "AppPassword is required when AppId is set.";
        }
        if (IsSingleTenant && string.IsNullOrWhiteSpace(TenantId))
        {
            yield return "TenantId is required for a SingleTenant bot.";
        }
        if (!Uri.TryCreate(AuthorityHost, UriKind.Absolute, out var host) || host.Scheme != Uri.UriSchemeHttps)
        {
            yield return "AuthorityHost must be an absolute https URL.";
        }
    }
}

using System.ComponentModel.DataAnnotations;

namespace Bot.Protocol.Authentication;

/// <summary>How inbound Bot Connector requests are authenticated (PROTOCOL.md §3.1).</summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>The bot's Microsoft App ID: the audience of channel tokens and the appid/azp of Emulator tokens.</summary>
    public string AppId { get; set; } = "";

    /// <summary>Tenant of a single-tenant bot; adds that tenant's issuers to the Emulator issuer list.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>OpenID metadata of the Bot Framework token service (channel tokens).</summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata of Microsoft Entra ID (Emulator tokens).</summary>
    [Required]
    public string EmulatorOpenIdMetadataUrl { get; set; } =
        "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Refuse metadata and key documents over plain HTTP. Only tests on loopback turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerance for <c>nbf</c>/<c>exp</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}

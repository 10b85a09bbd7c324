using System.ComponentModel.DataAnnotations;

namespace Bot.Host.WebChat;

/// <summary>Branding of the web chat page at <c>/</c> (section <c>WebChat</c>).</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    private const string HexColor = "^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$";

    /// <summary>Page title and header text.</summary>
    [Required, StringLength(80, MinimumLength = 1)]
    public string Title { get; set; } = "Customer service";

    /// <summary>Name shown next to the title for the bot.</summary>
    [Required, StringLength(80, MinimumLength = 1)]
    public string BotName { get; set; } = "Logistics Assistant";

    /// <summary>Header and customer bubble colour, <c>#rgb</c> or <c>#rrggbb</c>.</summary>
    [Required, RegularExpression(HexColor)]
    public string PrimaryColor { get; set; } = "#0b5cad";

    /// <summary>Web Chat accent colour (buttons, links, focus), <c>#rgb</c> or <c>#rrggbb</c>.</summary>
    [Required, RegularExpression(HexColor)]
    public string AccentColor { get; set; } = "#e35205";

    /// <summary>Initials in the bot's avatar circle; empty hides the avatar unless an image is set.</summary>
    [StringLength(3)]
    public string BotAvatarInitials { get; set; } = "LA";

    /// <summary>The bot's avatar image: a path on this host (<c>/img/bot.png</c>) or an <c>https://</c> URL. Empty: initials.</summary>
    [RegularExpression("^(?:/(?![/\\\\])[^\\s\"'<>]*|https://[^\\s\"'<>]+)?$")]
    public string BotAvatarImageUrl { get; set; } = "";

    /// <summary>Initials in the customer's avatar circle; empty hides it.</summary>
    [StringLength(3)]
    public string UserAvatarInitials { get; set; } = "";
}

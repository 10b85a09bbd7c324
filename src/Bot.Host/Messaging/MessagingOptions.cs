using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Messaging;

/// <summary>Limits of the Bot Connector endpoint <c>POST /api/messages</c> (section <c>Messaging</c>).</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Largest accepted activity body in bytes; bigger requests get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;
}

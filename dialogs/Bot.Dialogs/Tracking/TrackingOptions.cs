using System.ComponentModel.DataAnnotations;

namespace Bot.Dialogs.Tracking;

/// <summary>Shipment tracking answers (section <c>Tracking</c>).</summary>
public sealed class TrackingOptions
{
    public const string Section = "Tracking";

    /// <summary>
    /// How many answers to the "last four digits of the phone" question are allowed before private details are refused
    /// for the rest of the conversation.
    /// </summary>
    [Range(1, 10)]
    public int ProofAttempts { get; set; } = 3;

    /// <summary>The most scans an answer lists in its timeline (the newest ones).</summary>
    [Range(1, 100)]
    public int TimelineLength { get; set; } = 12;

    /// <summary>
    /// Channel ids whose clients render Adaptive Cards 1.5, comma-separated (a setting replaces the whole list); other
    /// channels get the answer as plain text.
    /// </summary>
    [Required]
    public string CardChannels { get; set; } = "directline,webchat,msteams,emulator";

    public bool RendersCards(string? channelId) =>
        channelId is not null
        && CardChannels.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Contains(channelId, StringComparer.OrdinalIgnoreCase);
}

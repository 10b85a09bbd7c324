using Bot.Protocol.Schema;

namespace Bot.Runtime.Teams;

/// <summary>Reading and removing the bot's own @mention (PROTOCOL.md §5.4): identities come from the entities, never the text.</summary>
public static class TeamsMentions
{
    /// <summary>True when a <c>mention</c> entity names the activity's recipient (the bot).</summary>
    public static bool MentionsRecipient(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return BotMentions(activity).Any();
    }

    /// <summary>
    /// The activity's text without the bot's mentions (the entity's text, else <c>&lt;at&gt;name&lt;/at&gt;</c>, any case),
    /// trimmed; other people's mentions stay. Null when the activity has no text.
    /// </summary>
    public static string? RemoveRecipientMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        if (text is null)
        {
            return null;
        }
        foreach (var mention in BotMentions(activity))
        {
            var mentionText = mention.Text is { Length: > 0 } t ? t : $"<at>{mention.Mentioned.Name}</at>";
            text = text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
        }
        return text.Trim();
    }

    private static IEnumerable<Mention> BotMentions(Activity activity) =>
        activity.Recipient?.Id is { Length: > 0 } botId
            ? activity.GetMentions().Where(m => string.Equals(m.Mentioned.Id, botId, StringComparison.Ordinal))
            : [];
}

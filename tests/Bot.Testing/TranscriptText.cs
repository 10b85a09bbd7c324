using Bot.Protocol.Schema;

namespace Bot.Testing;

// One line per activity for failure messages: its text, suggested actions and attachments.
internal static class TranscriptText
{
    public static string Describe(Activity activity)
    {
        var text = activity.Type == ActivityTypes.Message
            ? activity.Text is null ? "(message without text)" : $"\"{activity.Text}\""
            : $"({activity.Type}{(activity.Name is null ? "" : " " + activity.Name)})";
        if (activity.SuggestedActions?.Actions is { Count: > 0 } actions)
        {
            text += $" [suggested: {string.Join(" | ", actions.Select(a => a.Title ?? a.Value?.ToString()))}]";
        }
        if (activity.Attachments is { Count: > 0 } attachments)
        {
            text += $" [attachments: {string.Join(", ", attachments.Select(a => a.ContentType))}]";
        }
        return text;
    }
}

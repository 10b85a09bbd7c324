using System.Text;

namespace Bot.Host.Handoff;

/// <summary>What a queued customer says to leave the queue and go back to the bot (English and Chinese).</summary>
internal static class LeaveQueuePhrases
{
    // Said on their own: "cancel" inside a longer sentence ("cancel my order") is a question for the agent.
    private static readonly string[] Whole = ["cancel", "stop", "quit", "exit", "取消", "退出", "算了"];

    // Meant wherever they appear in the message.
    private static readonly string[] Anywhere =
        ["leave the queue", "leave queue", "back to the bot", "back to bot", "talk to the bot", "stop waiting", "退出排队", "不排了", "返回机器人", "回到机器人"];

    public static bool Matches(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var normalized = Normalize(text);
        return Whole.Contains(normalized, StringComparer.Ordinal) || Anywhere.Any(p => normalized.Contains(p, StringComparison.Ordinal));
    }

    // Lower case, punctuation dropped, runs of spaces collapsed: "Leave the queue, please!" → "leave the queue please".
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c) && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }
        return builder.ToString().Trim();
    }
}

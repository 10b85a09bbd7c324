using System.Text;

namespace Bot.Host.TeamsAgents;

/// <summary>
/// Teams renders markdown in a card's TextBlocks and facts: what a customer typed is escaped so it shows as typed and can
/// never become a link, a heading, a list or emphasis.
/// </summary>
internal static class TeamsMarkdown
{
    private const string Inline = "\\`*_[]()<>#~|!";
    private const string LineStart = "-+.=";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        // List and heading markers only count before a line's first word ("- x", "1. x", "===").
        var lineStart = true;
        foreach (var c in text)
        {
            if (Inline.Contains(c, StringComparison.Ordinal) || (lineStart && LineStart.Contains(c, StringComparison.Ordinal)))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
            lineStart = c is '\n' or '\r' || (lineStart && (char.IsWhiteSpace(c) || char.IsAsciiDigit(c)));
        }
        return escaped.ToString();
    }
}

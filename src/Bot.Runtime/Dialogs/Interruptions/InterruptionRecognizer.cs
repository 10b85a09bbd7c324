using System.Text;

namespace Bot.Runtime.Dialogs.Interruptions;

/// <summary>
/// Recognizes messages that interrupt a dialog ("cancel", "帮助", "talk to a person", "重新开始", "English", ...). Only
/// a whole short message counts, give or take fillers ("I want to", "please", "吧"), so a sentence that merely contains
/// a keyword ("I can't cancel my subscription") is left to the dialog.
/// </summary>
public sealed class InterruptionRecognizer(IReadOnlyDictionary<string, Interruption>? extraPhrases = null)
{
    private const int MaxLength = 60;

    // Extra phrases are matched like the built-in ones: lower case, without punctuation, apostrophes or articles.
    private readonly Dictionary<string, Interruption> _table = new(
        (extraPhrases ?? new Dictionary<string, Interruption>()).Concat(InterruptionPhrases.Table).DistinctBy(p => p.Key),
        StringComparer.Ordinal);

    public Interruption? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return text.Normalize(NormalizationForm.FormKC).Trim() == "?" ? InterruptionPhrases.Table["?"] : null;
        }
        // Fillers are stripped one at a time and the table checked at each stage, so "不要了" matches before "了" goes.
        for (var round = 0; round < 8; round++)
        {
            if (_table.TryGetValue(normalized, out var interruption))
            {
                return interruption;
            }
            var stripped = StripOne(normalized);
            if (stripped == normalized)
            {
                return null;
            }
            normalized = stripped;
        }
        return null;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (c is '\'' or '’')
            {
                continue;
            }
            builder.Append(char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c) ? ' ' : c);
        }
        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("a" or "an" or "the"));
        return string.Join(' ', words);
    }

    private static string StripOne(string text)
    {
        foreach (var lead in InterruptionPhrases.LeadIns)
        {
            if (IsCjk(lead) ? text.StartsWith(lead, StringComparison.Ordinal) && text.Length > lead.Length
                : text.StartsWith(lead + " ", StringComparison.Ordinal))
            {
                return text[lead.Length..].TrimStart();
            }
        }
        foreach (var tail in InterruptionPhrases.Tails)
        {
            if (IsCjk(tail) ? text.EndsWith(tail, StringComparison.Ordinal) && text.Length > tail.Length
                : text.EndsWith(" " + tail, StringComparison.Ordinal))
            {
                return text[..^tail.Length].TrimEnd();
            }
        }
        return text;
    }

    private static bool IsCjk(string phrase) => phrase[0] >= '\u2E80';
}

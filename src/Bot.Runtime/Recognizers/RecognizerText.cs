using System.Text;

namespace Bot.Runtime.Recognizers;

// Shared normalisation: full-width ASCII to half-width, ideographic space to space, lower case (invariant).
internal static class RecognizerText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.AsSpan().Trim())
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => char.ToLowerInvariant((char)(c - 0xFEE0)),
                '\u3000' => ' ',
                '\u2019' or '\u2018' => '\'',
                '。' => '.',
                '，' or '、' => ',',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString();
    }

    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or '〇';

    public static bool ContainsCjk(string text)
    {
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                return true;
            }
        }
        return false;
    }

    // Words of Latin text; CJK runs stay whole (they are matched by containment, not by words).
    public static List<string> Words(string normalized)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inWord = i < normalized.Length && (char.IsLetterOrDigit(normalized[i]) || normalized[i] == '\'');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(normalized[start..i].Trim('\''));
                start = -1;
            }
        }
        words.RemoveAll(w => w.Length == 0);
        return words;
    }
}

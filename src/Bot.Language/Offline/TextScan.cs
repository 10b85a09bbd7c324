namespace Bot.Language.Offline;

/// Character classes the recogniser needs; CJK means the unified ideographs used by Chinese.
internal static class TextScan
{
    public static bool IsCjk(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '\'';

    public static bool IsClauseBreak(char c) =>
        c is ',' or '.' or '!' or '?' or ';' or ':' or '\n' or '，' or '。' or '！' or '？' or '；' or '：' or '、' or '~';

    public static bool HasCjk(string text)
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

    /// "zh" when CJK characters dominate the Latin words, "en" when Latin dominates, otherwise from the locale.
    public static string DetectLanguage(string text, string? locale)
    {
        int cjk = 0, latin = 0, wordLetters = 0;
        var wordHasDigit = false;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                cjk++;
            }

            if (char.IsAsciiLetter(c))
            {
                wordLetters++;
            }
            else if (char.IsAsciiDigit(c))
            {
                wordHasDigit = true;
            }
            else if (c != '\'')
            {
                // Codes such as tracking numbers mix letters and digits; they are no evidence of English.
                latin += wordHasDigit ? 0 : wordLetters;
                wordLetters = 0;
                wordHasDigit = false;
            }
        }

        latin += wordHasDigit ? 0 : wordLetters;

        // One Chinese character carries about as much as a short English word's worth of letters.
        var zhWeight = cjk * 3;
        if (zhWeight > latin)
        {
            return "zh";
        }

        if (latin > zhWeight)
        {
            return "en";
        }

        return locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh" : "en";
    }
}

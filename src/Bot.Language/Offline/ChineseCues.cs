namespace Bot.Language.Offline;

/// Negation and intensifiers just before a Chinese phrase, within its clause.
internal static class ChineseCues
{
    private static readonly string[] ChineseNegators = ["不", "没", "别", "无需", "甭", "未", "勿"];
    private static readonly string[] ChineseNotNegations = ["不然", "不过", "不仅", "不行", "不好", "不少", "不会吧", "没想到"];
    private static readonly string[] ChineseIntensifiers = ["太", "很", "非常", "特别", "超", "真", "极其", "十分", "好", "实在"];

    public static bool IsNegated(string text, int index)
    {
        var from = index;
        while (from > 0 && index - from < 4 && !TextScan.IsClauseBreak(text[from - 1]))
        {
            from--;
        }

        var window = text.AsSpan(from, index - from);
        foreach (var negator in ChineseNegators)
        {
            var at = window.IndexOf(negator, StringComparison.Ordinal);
            if (at >= 0 && !IsFalseNegation(text, from + at))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFalseNegation(string text, int at)
    {
        // A-not-A is a question, not a negation: 有没有, 能不能, 是不是.
        if (at > 0 && at + 1 < text.Length && text[at - 1] == text[at + 1])
        {
            return true;
        }

        foreach (var phrase in ChineseNotNegations)
        {
            if (string.CompareOrdinal(text, at, phrase, 0, phrase.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsIntensified(string text, int index)
    {
        foreach (var word in ChineseIntensifiers)
        {
            if (index >= word.Length && string.CompareOrdinal(text, index - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}

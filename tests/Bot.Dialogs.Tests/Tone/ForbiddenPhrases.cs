using System.Text.RegularExpressions;

namespace Bot.Dialogs.Tests.Tone;

// The phrases a bot text must never contain (DOMAIN.md §1.3, §10 R11), in English and Chinese, and no request for
// proof that a problem happened (the pizza case). English phrases are whole words, in any case, with either apostrophe;
// Chinese phrases anywhere in the text.
internal static partial class ForbiddenPhrases
{
    private static readonly string[] English =
    [
        "you don't understand", "you do not understand", "you may not understand", "you might not understand",
        "you must be mistaken", "you must have got it wrong", "you got it wrong", "you're mistaken", "you are mistaken",
        "you should", "calm down", "don't get excited", "do not get excited", "we never", "we wouldn't", "we would not",
        "that's impossible", "impossible", "prove", "proves", "proving", "proof that",
    ];

    private static readonly string[] Chinese =
    [
        "你可能不明白", "你不明白", "你肯定弄错", "你弄错", "你搞错", "你应该", "你别激动", "你平静一点", "我们不会", "我们从没", "不可能", "证明",
    ];

    private static readonly (string Phrase, Regex Pattern)[] EnglishPatterns =
    [
        .. English.Select(p => (p, new Regex(
            @"\b" + string.Join(@"\s+", p.Split(' ').Select(Regex.Escape)) + @"\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))),
    ];

    /// <summary>The forbidden phrases <paramref name="text"/> contains (none when it is fine).</summary>
    public static IReadOnlyList<string> In(string text)
    {
        var normalized = Apostrophe().Replace(text, "'");
        return
        [
            .. EnglishPatterns.Where(p => p.Pattern.IsMatch(normalized)).Select(p => p.Phrase),
            .. Chinese.Where(p => normalized.Contains(p, StringComparison.Ordinal)),
        ];
    }

    [GeneratedRegex("[’‘`´]")]
    private static partial Regex Apostrophe();
}

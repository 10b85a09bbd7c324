namespace Bot.Runtime.Recognizers;

// English cardinal words: "three", "fifteen", "twenty-one", "a hundred and five", "two thousand three hundred".
internal static class EnglishNumberWords
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000,
    };

    public static bool IsNumberWord(string word) => Small.ContainsKey(word) || Scales.ContainsKey(word);

    // Reads the longest number starting at words[start]; returns the count of words used (0 = none).
    public static int Read(IReadOnlyList<string> words, int start, out decimal value)
    {
        value = 0;
        decimal total = 0, current = 0;
        var used = 0;
        var any = false;
        var lastSmall = -1;
        for (var i = start; i < words.Count; i++)
        {
            var word = words[i];
            if (Small.TryGetValue(word, out var small))
            {
                if (lastSmall >= 0 && !(lastSmall >= 20 && small < 10))
                {
                    break;
                }
                lastSmall = small;
                current += small;
                any = true;
                used = i - start + 1;
            }
            else if (Scales.TryGetValue(word, out var scale) && (any || IsArticle(words, i - 1, start)))
            {
                lastSmall = -1;
                current = (current == 0 ? 1 : current) * scale;
                if (scale >= 1_000)
                {
                    total += current;
                    current = 0;
                }
                any = true;
                used = i - start + 1;
            }
            else if (word == "a" && i == start && i + 1 < words.Count && Scales.ContainsKey(words[i + 1]))
            {
                continue;
            }
            else if (word != "and" || !any)
            {
                break;
            }
        }
        value = total + current;
        return any ? used : 0;
    }

    private static bool IsArticle(IReadOnlyList<string> words, int index, int start) => index >= start && words[index] == "a";
}

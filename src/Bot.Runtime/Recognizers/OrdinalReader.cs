using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Runtime.Recognizers;

// Picks an item by position: "2", "two", "the second one", "2nd", "number 2", "last", "第二个", "二", "最后一个".
internal static partial class OrdinalReader
{
    private static readonly string[] EnglishOrdinals =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "the", "one", "number", "no", "option", "choice", "item", "please", "i", "want", "like", "take", "pick", "choose",
        "select", "i'd", "i'll", "would", "will", "go", "with", "for", "me", "it", "is", "that",
    };

    // Returns a zero-based index (int.MaxValue = the last item) or -1.
    public static int Read(string normalized, CultureInfo culture)
    {
        if (ChineseOrdinal().Match(normalized) is { Success: true } chinese)
        {
            var digits = chinese.Groups[1].ValueSpan;
            var n = char.IsAsciiDigit(digits[0])
                ? int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0
                : (int)(ChineseNumerals.Parse(digits) ?? 0);
            return n >= 1 ? n - 1 : -1;
        }
        if (normalized.Contains("最后", StringComparison.Ordinal))
        {
            return int.MaxValue;
        }
        var words = RecognizerText.Words(normalized);
        foreach (var word in words)
        {
            var index = Array.IndexOf(EnglishOrdinals, word);
            if (index >= 0)
            {
                return index;
            }
            if (word == "last")
            {
                return int.MaxValue;
            }
            if (NumericOrdinal().Match(word) is { Success: true } numeric)
            {
                return int.Parse(numeric.Groups[1].ValueSpan, CultureInfo.InvariantCulture) - 1;
            }
        }
        return WholeNumber(normalized, words, culture);
    }

    // A bare number counts only when nothing but filler words surrounds it ("2", "option 2", "选二", "2号").
    private static int WholeNumber(string normalized, List<string> words, CultureInfo culture)
    {
        var numbers = NumberRecognizer.RecognizeAll(normalized, culture);
        // A long number (a waybill, a phone) is no position, and would not fit an int.
        if (numbers.Count != 1 || numbers[0].Value < 1 || numbers[0].Value > int.MaxValue
            || numbers[0].Value != decimal.Truncate(numbers[0].Value))
        {
            return -1;
        }
        var rest = normalized.Replace(numbers[0].Text, " ", StringComparison.Ordinal);
        rest = ChineseFillers().Replace(rest, " ");
        var restWords = RecognizerText.Words(rest);
        return restWords.TrueForAll(Fillers.Contains) && words.Count <= 6 ? (int)numbers[0].Value - 1 : -1;
    }

    [GeneratedRegex("第([0-9]+|[零〇一二两三四五六七八九十]+)")]
    private static partial Regex ChineseOrdinal();

    [GeneratedRegex("^([0-9]{1,2})(st|nd|rd|th)$")]
    private static partial Regex NumericOrdinal();

    [GeneratedRegex("[选要个号项种条吧的我就#.\\s]")]
    private static partial Regex ChineseFillers();
}

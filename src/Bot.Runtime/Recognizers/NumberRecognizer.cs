using System.Globalization;

namespace Bot.Runtime.Recognizers;

/// <summary>
/// Finds numbers in a message: digits with the culture's separators ("1,234.5" en, "1.234,5" de), full-width digits,
/// English words ("twenty-one") and Chinese numerals ("二十一", "一百零五", "3万").
/// </summary>
public static class NumberRecognizer
{
    public static bool TryRecognize(string? text, CultureInfo culture, out decimal value)
    {
        var matches = RecognizeAll(text, culture);
        value = matches.Count > 0 ? matches[0].Value : 0;
        return matches.Count > 0;
    }

    public static IReadOnlyList<NumberMatch> RecognizeAll(string? text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var normalized = RecognizerText.Normalize(text);
        var matches = new List<NumberMatch>();
        var words = LatinWords(normalized);
        var wordTexts = words.ConvertAll(w => w.Word);
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            int end;
            if (char.IsAsciiDigit(c) && (i == 0 || !char.IsAsciiLetter(normalized[i - 1])))
            {
                end = ReadDigits(normalized, i, culture.NumberFormat, matches);
            }
            else if (ChineseNumerals.IsNumeral(c) && c is not ('万' or '亿'))
            {
                end = ReadChinese(normalized, i, matches);
            }
            else if (char.IsAsciiLetter(c) && (i == 0 || !char.IsAsciiLetter(normalized[i - 1])))
            {
                end = ReadWords(normalized, i, words, wordTexts, matches);
            }
            else
            {
                end = i + 1;
            }
            i = Math.Max(end, i + 1);
        }
        return matches;
    }

    private static int ReadDigits(string s, int start, NumberFormatInfo format, List<NumberMatch> matches)
    {
        var group = format.NumberGroupSeparator.Length == 1 ? format.NumberGroupSeparator[0] : ',';
        var point = format.NumberDecimalSeparator.Length == 1 ? format.NumberDecimalSeparator[0] : '.';
        var j = DigitRunEnd(s, start);
        var invariant = new System.Text.StringBuilder(s, start, j - start, 24);
        if (j - start <= 3)
        {
            while (j + 3 < s.Length + 0 && s[j] == group && DigitRunEnd(s, j + 1) == j + 4)
            {
                invariant.Append(s, j + 1, 3);
                j += 4;
            }
        }
        if (j + 1 < s.Length && s[j] == point && char.IsAsciiDigit(s[j + 1]))
        {
            var fractionEnd = DigitRunEnd(s, j + 1);
            invariant.Append('.').Append(s, j + 1, fractionEnd - j - 1);
            j = fractionEnd;
        }
        var begin = start;
        if (start > 0 && s[start - 1] == '-' && (start == 1 || char.IsWhiteSpace(s[start - 2])))
        {
            invariant.Insert(0, '-');
            begin--;
        }
        if (!decimal.TryParse(invariant.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return j;
        }
        if (j < s.Length && s[j] is '万' or '亿')
        {
            value *= s[j] == '万' ? 10_000m : 100_000_000m;
            j++;
        }
        matches.Add(new NumberMatch(value, s[begin..j]));
        return j;
    }

    private static int DigitRunEnd(string s, int start)
    {
        var j = start;
        while (j < s.Length && char.IsAsciiDigit(s[j]))
        {
            j++;
        }
        return j;
    }

    private static int ReadChinese(string s, int start, List<NumberMatch> matches)
    {
        var j = start;
        while (j < s.Length && (ChineseNumerals.IsNumeral(s[j])
            || (s[j] == '点' && j > start && j + 1 < s.Length && ChineseNumerals.Digit(s[j + 1]) >= 0)))
        {
            j++;
        }
        if (ChineseNumerals.Parse(s.AsSpan(start, j - start)) is { } value)
        {
            matches.Add(new NumberMatch(value, s[start..j]));
        }
        return j;
    }

    private static int ReadWords(string s, int start, List<(string Word, int Start, int End)> words, List<string> wordTexts, List<NumberMatch> matches)
    {
        var index = words.FindIndex(w => w.Start == start);
        if (index < 0)
        {
            return start + 1;
        }
        var used = EnglishNumberWords.Read(wordTexts, index, out var value);
        if (used == 0)
        {
            return words[index].End;
        }
        var end = words[index + used - 1].End;
        matches.Add(new NumberMatch(value, s[words[index].Start..end]));
        return end;
    }

    private static List<(string Word, int Start, int End)> LatinWords(string s)
    {
        var words = new List<(string, int, int)>();
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsAsciiLetter(s[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < s.Length && char.IsAsciiLetter(s[i]))
            {
                i++;
            }
            words.Add((s[start..i], start, i));
        }
        return words;
    }
}

using System.Globalization;
using Bot.Runtime.Dialogs.Prompts;

namespace Bot.Runtime.Recognizers;

/// <summary>
/// Finds which of a list of choices a message means: exact value/title/synonym, position ("2", "the second one",
/// "第二个"), words of a choice inside a sentence, and small typos. Ties between choices recognize nothing.
/// </summary>
public static class ChoiceRecognizer
{
    private const double FullMatch = 0.9;
    private const double MinimumScore = 0.4;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "to", "of", "my", "i", "i'd", "id", "d", "me", "for", "and", "or", "please", "want", "would",
        "like", "with", "on", "in", "is", "it", "this", "that", "some", "about", "can", "you", "do", "need", "let's", "s",
        "m", "i'm", "im", "just", "be", "could", "we",
    };

    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(culture);
        var normalized = RecognizerText.Normalize(text).TrimEnd('.', '!', '?', '！', '？');
        if (normalized.Length == 0 || choices.Count == 0)
        {
            return null;
        }
        var textWords = RecognizerText.Words(normalized);
        FoundChoice? best = null;
        var tie = false;
        for (var index = 0; index < choices.Count; index++)
        {
            foreach (var candidate in Candidates(choices[index]))
            {
                var score = Score(normalized, textWords, RecognizerText.Normalize(candidate));
                if (score == 1.0)
                {
                    return new FoundChoice(choices[index].Value, index, 1.0, candidate);
                }
                if (score < MinimumScore || (best is not null && best.Index == index && score <= best.Score))
                {
                    continue;
                }
                if (best is null || score > best.Score + 1e-9)
                {
                    tie = false;
                    best = new FoundChoice(choices[index].Value, index, score, candidate);
                }
                else if (Math.Abs(score - best.Score) <= 1e-9 && best.Index != index)
                {
                    tie = true;
                }
            }
        }
        if (best is not null && !tie && best.Score >= FullMatch)
        {
            return best;
        }
        var position = OrdinalReader.Read(normalized, culture);
        if (position == int.MaxValue)
        {
            position = choices.Count - 1;
        }
        if (position >= 0 && position < choices.Count)
        {
            return new FoundChoice(choices[position].Value, position, 1.0, null);
        }
        return tie ? null : best;
    }

    private static IEnumerable<string> Candidates(Choice choice)
    {
        yield return choice.Value;
        if (!string.IsNullOrWhiteSpace(choice.Title))
        {
            yield return choice.Title;
        }
        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return synonym;
        }
    }

    private static double Score(string text, List<string> textWords, string candidate)
    {
        if (candidate.Length == 0)
        {
            return 0;
        }
        if (string.Equals(text, candidate, StringComparison.Ordinal))
        {
            return 1.0;
        }
        return RecognizerText.ContainsCjk(candidate) ? ScoreCjk(text, candidate) : ScoreWords(textWords, candidate);
    }

    // Chinese has no spaces: the share of the choice's characters found in order in the message.
    private static double ScoreCjk(string text, string candidate)
    {
        if (candidate.Length < 2)
        {
            return 0;
        }
        if (text.Contains(candidate, StringComparison.Ordinal))
        {
            return FullMatch;
        }
        var common = CommonSubsequence(text, candidate);
        return common >= 2 ? FullMatch * common / candidate.Length : 0;
    }

    private static double ScoreWords(List<string> textWords, string candidate)
    {
        var words = RecognizerText.Words(candidate);
        var significant = words.FindAll(w => !StopWords.Contains(w));
        if (significant.Count == 0)
        {
            significant = words;
        }
        double total = 0;
        foreach (var word in significant)
        {
            if (textWords.Contains(word))
            {
                total += 1;
            }
            else if (textWords.Exists(t => EditDistance.IsClose(t, word)))
            {
                total += 0.8;
            }
        }
        return significant.Count == 0 ? 0 : FullMatch * total / significant.Count;
    }

    private static int CommonSubsequence(string a, string b)
    {
        Span<int> previous = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }
            current.CopyTo(previous);
        }
        return previous[b.Length];
    }
}

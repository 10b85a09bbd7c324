using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Bot.Language.Offline;

/// Finds lexicon phrases in a message in one pass: English phrases on canonical word tokens (inflections and
/// typos forgiven), Chinese phrases as substrings. Each hit says whether it is negated or intensified.
internal sealed partial class KeywordMatcher
{
    private static readonly FrozenSet<string> EnglishNegators = FrozenSet.ToFrozenSet(
    [
        "not", "no", "never", "don't", "dont", "doesn't", "doesnt", "isn't", "isnt", "aren't", "didn't", "didnt",
        "won't", "wont", "wasn't", "without", "cannot", "can't", "cant", "neither", "nor", "nothing",
    ]);

    private static readonly FrozenSet<string> EnglishIntensifiers = FrozenSet.ToFrozenSet(
    [
        "very", "so", "really", "extremely", "too", "super", "absolutely", "totally", "completely", "incredibly",
        "utterly", "most", "such", "truly", "fucking", "damn",
    ]);

    // Common words a typo-tolerant match must never turn into a keyword.
    private static readonly FrozenSet<string> NeverFuzzy = FrozenSet.ToFrozenSet(
    [
        "there", "their", "these", "those", "where", "were", "when", "then", "than", "what", "with", "this", "that",
        "last", "sure", "have", "been", "from", "your", "about", "would", "could", "should", "think", "thing",
        "please", "place", "plane", "price", "press", "dress", "stock", "stick", "truck", "trick", "hours",
        "house", "helps", "later", "latest", "today", "store", "story", "state", "start", "stare", "parts",
        "party", "person", "reason", "season", "court", "count", "country", "agent", "agree", "human",
    ]);


    private readonly (string[] Tokens, Feature Feature)[] _english;
    private readonly FrozenDictionary<string, int[]> _byFirstToken;
    private readonly (string Phrase, Feature Feature)[] _chinese;
    private readonly FrozenDictionary<char, int[]> _chineseByFirstChar;
    private readonly ConcurrentDictionary<string, string> _typoCache = new(StringComparer.Ordinal);
    private const int TypoCacheLimit = 50_000;
    private readonly FrozenSet<string> _vocabulary;
    private readonly FrozenDictionary<char, string[]> _fuzzyTargets;

    public KeywordMatcher(IEnumerable<(string Phrase, Feature Feature)> entries)
    {
        var english = new List<(string[], Feature)>();
        var chinese = new List<(string, Feature)>();
        foreach (var (phrase, feature) in entries)
        {
            if (TextScan.HasCjk(phrase) || phrase.All(char.IsAsciiDigit))
            {
                chinese.Add((phrase, feature));
            }
            else
            {
                english.Add((phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), feature));
            }
        }

        _english = [.. english];
        _chinese = [.. chinese];
        _byFirstToken = _english.Select((e, i) => (e.Tokens[0], i)).GroupBy(p => p.Item1)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.i).ToArray(), StringComparer.Ordinal);
        _chineseByFirstChar = _chinese.Select((e, i) => (e.Phrase[0], i)).GroupBy(p => p.Item1)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.i).ToArray());
        _vocabulary = _english.SelectMany(e => e.Tokens).ToFrozenSet(StringComparer.Ordinal);
        _fuzzyTargets = _vocabulary.Where(w => w.Length >= 4 && w.All(char.IsAsciiLetter))
            .GroupBy(w => w[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    public List<FeatureHit> Find(string text, List<Token> tokens)
    {
        var hits = new List<FeatureHit>();
        FindEnglish(tokens, hits);
        FindChinese(text, hits);

        return hits;
    }

    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var clause = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (TextScan.IsClauseBreak(c) || TextScan.IsCjk(c))
            {
                clause += TextScan.IsClauseBreak(c) ? 1 : 0;
                i++;
                continue;
            }

            if (!TextScan.IsWordChar(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && TextScan.IsWordChar(text[i]))
            {
                i++;
            }

            var raw = text[start..i].ToLowerInvariant().Trim('\'');
            if (raw.Length == 0)
            {
                continue;
            }

            // "but" and "just" start a new thought: "not a complaint, just tracking" / "no refund but redeliver".
            if (raw is "but" or "just" or "only" or "however" or "instead")
            {
                clause++;
            }

            tokens.Add(new Token(raw, Canonicalize(raw), start, i - start, clause));
        }

        return tokens;
    }

    private string Canonicalize(string raw)
    {
        if (_vocabulary.Contains(raw))
        {
            return raw;
        }

        foreach (var (suffix, replacement) in Suffixes)
        {
            if (raw.Length > suffix.Length + 2 && raw.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = string.Concat(raw.AsSpan(0, raw.Length - suffix.Length), replacement);
                if (_vocabulary.Contains(stem))
                {
                    return stem;
                }
            }
        }

        if (raw.Length < 4 || NeverFuzzy.Contains(raw) || !raw.All(char.IsAsciiLetter))
        {
            return raw;
        }

        // Customers reuse the same words; remembering the answer keeps the typo search off the hot path.
        if (_typoCache.TryGetValue(raw, out var cached))
        {
            return cached;
        }

        var canonical = NearestKeyword(raw);
        if (_typoCache.Count < TypoCacheLimit)
        {
            _typoCache.TryAdd(raw, canonical);
        }

        return canonical;
    }

    private string NearestKeyword(string raw)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        // Typos rarely hit the first letter, and requiring it keeps the search small.
        if (!_fuzzyTargets.TryGetValue(raw[0], out var targets))
        {
            return raw;
        }

        foreach (var target in targets)
        {
            if (Math.Abs(target.Length - raw.Length) > 2)
            {
                continue;
            }

            // Four-letter words forgive only swapped letters ("hlep"); other edits make new words ("last" / "lost").
            if (target.Length == 4 && (raw.Length != 4 || !IsAnagram(raw, target)))
            {
                continue;
            }

            var max = target.Length >= 8 ? 2 : 1;
            var distance = Fuzzy.Distance(raw, target, max);
            if (distance <= max && distance < bestDistance)
            {
                best = target;
                bestDistance = distance;
            }
        }

        return best ?? raw;
    }

    private static bool IsAnagram(string a, string b)
    {
        Span<char> x = stackalloc char[a.Length];
        Span<char> y = stackalloc char[b.Length];
        a.CopyTo(x);
        b.CopyTo(y);
        x.Sort();
        y.Sort();
        return x.SequenceEqual(y);
    }

    private static readonly (string Suffix, string Replacement)[] Suffixes =
        [("s", ""), ("es", ""), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("ly", ""), ("ies", "y"), ("ied", "y")];

    private void FindEnglish(List<Token> tokens, List<FeatureHit> hits)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstToken.TryGetValue(tokens[i].Canonical, out var candidates))
            {
                continue;
            }

            foreach (var index in candidates)
            {
                var (phrase, feature) = _english[index];
                if (!MatchesAt(tokens, i, phrase))
                {
                    continue;
                }

                var last = tokens[i + phrase.Length - 1];
                var negated = IsNegated(tokens, i);
                var intensified = i > 0 && tokens[i - 1].Clause == tokens[i].Clause && EnglishIntensifiers.Contains(tokens[i - 1].Raw);
                hits.Add(new FeatureHit(feature, tokens[i].Start, last.Start + last.Length - tokens[i].Start, negated, intensified));
            }
        }
    }

    private static bool MatchesAt(List<Token> tokens, int i, string[] phrase)
    {
        if (i + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            var token = tokens[i + k];
            if (token.Canonical != phrase[k] || token.Clause != tokens[i].Clause)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNegated(List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            if (tokens[k].Clause != tokens[i].Clause)
            {
                return false;
            }

            if (EnglishNegators.Contains(tokens[k].Raw) || tokens[k].Raw.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

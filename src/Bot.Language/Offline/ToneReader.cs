using Bot.Domain.Language;

namespace Bot.Language.Offline;

/// Reads sentiment, escalation signals, desired resolutions and the complaint category off the keyword hits.
internal static class ToneReader
{
    private static readonly int CategoryCount = Enum.GetValues<ComplaintCategory>().Length;

    public static Sentiment Sentiment(string text, List<FeatureHit> hits)
    {
        var score = 0.0;
        foreach (var hit in hits)
        {
            if (hit.Feature.Kind != FeatureKind.Sentiment)
            {
                continue;
            }

            var weight = hit.Feature.Weight * (hit.Intensified ? 1.6 : 1);
            // "not happy" is negative; "not bad" is only mildly positive.
            score += hit.Negated ? (weight > 0 ? -weight : -weight * 0.3) : weight;
        }

        if (score < 0)
        {
            score *= Emphasis(text);
        }

        return score switch
        {
            <= -3 => Domain.Language.Sentiment.StronglyNegative,
            <= -0.75 => Domain.Language.Sentiment.Negative,
            >= 1 => Domain.Language.Sentiment.Positive,
            _ => Domain.Language.Sentiment.Neutral,
        };
    }

    public static EscalationSignals Signals(List<FeatureHit> hits)
    {
        bool Has(Signal signal) => hits.Exists(h => h.Feature.Kind == FeatureKind.Signal && h.Feature.Code == (int)signal && !h.Negated);
        return new EscalationSignals(Has(Signal.AsksForPerson), Has(Signal.Legal), Has(Signal.Media), Has(Signal.Regulator), Has(Signal.Switching));
    }

    public static void AddResolutions(string text, List<FeatureHit> hits, List<RecognizedEntity> into)
    {
        foreach (var hit in hits)
        {
            if (hit.Feature.Kind != FeatureKind.Resolution || hit.Negated)
            {
                continue;
            }

            var value = Feature.ResolutionValues[hit.Feature.Code];
            if (!into.Exists(e => e.Kind == EntityKind.DesiredResolution && e.Value == value))
            {
                into.Add(new RecognizedEntity(EntityKind.DesiredResolution, value, text.Substring(hit.Start, hit.Length), hit.Start));
            }
        }
    }

    /// The best-scoring category, a confidence in [0,1] and the strongest hit for it (null when nothing points anywhere).
    public static (ComplaintCategory Category, double Confidence, double Score, FeatureHit? Evidence) Category(List<FeatureHit> hits)
    {
        Span<double> scores = stackalloc double[CategoryCount];
        foreach (var hit in hits)
        {
            if (hit.Feature.Kind == FeatureKind.Category && !hit.Negated)
            {
                scores[hit.Feature.Code] += hit.Feature.Weight;
            }
        }

        int best = 0, second = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                second = best;
                best = i;
            }
            else if (i != best && scores[i] > scores[second])
            {
                second = i;
            }
        }

        if (scores[best] <= 0)
        {
            return (ComplaintCategory.Other, 0.3, 0, null);
        }

        var top = scores[best];
        var margin = (top - (second == best ? 0 : scores[second])) / top;
        var confidence = Math.Clamp((1 - Math.Exp(-top / 1.5)) * (0.55 + 0.45 * margin), 0, 1);
        FeatureHit? evidence = null;
        foreach (var hit in hits)
        {
            if (hit.Feature.Kind == FeatureKind.Category && hit.Feature.Code == best && !hit.Negated
                && (evidence is null || hit.Feature.Weight > evidence.Value.Feature.Weight))
            {
                evidence = hit;
            }
        }

        return ((ComplaintCategory)best, confidence, top, evidence);
    }

    // Shouting (!!!, words in capitals) makes negative feelings stronger.
    private static double Emphasis(string text)
    {
        var factor = 1.0;
        var exclamations = text.Count(c => c is '!' or '！');
        if (exclamations >= 2)
        {
            factor += 0.4;
        }

        int capsWords = 0, run = 0;
        var hasLower = false;
        foreach (var c in text.Append(' '))
        {
            if (char.IsAsciiLetterUpper(c))
            {
                run++;
            }
            else if (char.IsAsciiLetter(c) || char.IsAsciiDigit(c))
            {
                hasLower = true;
            }
            else
            {
                capsWords += run >= 3 && !hasLower ? 1 : 0;
                run = 0;
                hasLower = false;
            }
        }

        return capsWords >= 2 ? factor + 0.4 : factor;
    }
}

using System.Globalization;
using Bot.Domain.Language;

namespace Bot.Language.Evaluation;

/// <summary>Computes an <see cref="EvaluationReport"/> from gold/prediction pairs.</summary>
public static class EvaluationMetrics
{
    /// <param name="lines">Gold/prediction pairs.</param>
    /// <param name="today">The day the recogniser ran; gold dates "today", "yesterday" and "tomorrow" are resolved
    /// against it. Without it those gold values are compared literally.</param>
    public static EvaluationReport Compute(IReadOnlyList<EvaluatedUtterance> lines, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var intents = Enum.GetValues<Intent>()
            .Select(intent => new IntentScore(
                intent,
                lines.Count(l => l.Gold.Intent == intent),
                lines.Count(l => l.Predicted.Intent == intent),
                lines.Count(l => l.Gold.Intent == intent && l.Predicted.Intent == intent)))
            .Where(score => score.Support > 0 || score.Predicted > 0)
            .ToArray();

        var labelledKinds = lines.SelectMany(l => l.Gold.Entities).Select(e => e.Kind).Distinct().Order().ToArray();
        var entityKinds = labelledKinds.ToDictionary(kind => kind, kind => ScoreKind(lines, kind, today));
        var entityLinesCorrect = lines.Count(l => labelledKinds.All(kind => SameValues(l, kind, today)));

        return new EvaluationReport(
            lines.Count,
            lines.Count == 0 ? 0 : (double)lines.Count(l => l.Gold.Intent == l.Predicted.Intent) / lines.Count,
            intents.Length == 0 ? 0 : intents.Average(score => score.F1),
            intents,
            entityKinds,
            new LineScore(lines.Count, entityLinesCorrect),
            ScoreKind(lines, EntityKind.TrackingNumber, today),
            new LineScore(lines.Count, lines.Count(l => l.Gold.Signals == l.Predicted.Signals)),
            ScoreLanguage(lines),
            lines.Where(l => l.Gold.Intent != l.Predicted.Intent)
                .Select(l => new EvaluationMiss(l.Gold.Text, l.Gold.Intent, l.Predicted.Intent, l.Predicted.Confidence))
                .ToArray());
    }

    private static LineScore ScoreKind(IReadOnlyList<EvaluatedUtterance> lines, EntityKind kind, DateOnly? today)
    {
        var counted = lines.Where(l => l.Gold.Entities.Any(e => e.Kind == kind) || l.Predicted.Entities.Any(e => e.Kind == kind)).ToArray();
        return new LineScore(counted.Length, counted.Count(l => SameValues(l, kind, today)));
    }

    private static LineScore ScoreLanguage(IReadOnlyList<EvaluatedUtterance> lines)
    {
        var counted = lines.Where(l => l.Gold.Language is not null).ToArray();
        return new LineScore(counted.Length, counted.Count(l => l.Gold.Language == l.Predicted.Language));
    }

    private static bool SameValues(EvaluatedUtterance line, EntityKind kind, DateOnly? today)
    {
        var gold = line.Gold.Entities.Where(e => e.Kind == kind)
            .Select(e => EntityValues.Normalize(kind, kind == EntityKind.Date ? ResolveDay(e.Value, today) : e.Value));
        var predicted = line.Predicted.Entities.Where(e => e.Kind == kind).Select(e => EntityValues.Normalize(kind, e.Value));
        return gold.ToHashSet(StringComparer.Ordinal).SetEquals(predicted);
    }

    private static string ResolveDay(string value, DateOnly? today) => (today, value.Trim().ToUpperInvariant()) switch
    {
        ({ } day, "TODAY") => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ({ } day, "YESTERDAY") => day.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ({ } day, "TOMORROW") => day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };
}

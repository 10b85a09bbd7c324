using Bot.Domain.Language;

namespace Bot.Language.Evaluation;

/// <summary>Runs a recogniser over a labelled set, one line at a time, and scores it; relative gold dates are resolved
/// against the local day of the time provider.</summary>
public static class EvaluationRunner
{
    public static async Task<EvaluationReport> RunAsync(
        ILanguageUnderstanding understanding,
        IReadOnlyList<LabelledUtterance> utterances,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        ArgumentNullException.ThrowIfNull(utterances);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var today = DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime);
        var lines = new List<EvaluatedUtterance>(utterances.Count);
        foreach (var utterance in utterances)
        {
            var predicted = await understanding.UnderstandAsync(utterance.ToRequest(), cancellationToken);
            lines.Add(new EvaluatedUtterance(utterance, predicted));
        }

        return EvaluationMetrics.Compute(lines, today);
    }
}

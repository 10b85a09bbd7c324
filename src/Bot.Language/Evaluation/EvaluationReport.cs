using Bot.Domain.Language;

namespace Bot.Language.Evaluation;

/// <summary>
/// Scores of a recogniser on a labelled set. Macro-F1 averages the F1 of every intent that occurs in the gold set or in
/// the predictions. Entity scores per kind count the lines where the gold or the prediction has that kind, and a line is
/// right when the sets of normalised values are equal (<see cref="EntityValues"/>); only kinds labelled somewhere in the
/// gold set are scored. <see cref="TrackingExtraction"/> is the <see cref="EntityKind.TrackingNumber"/> score.
/// <see cref="EntityAccuracy"/>, <see cref="SignalAccuracy"/> and <see cref="LanguageAccuracy"/> count every line.
/// </summary>
public sealed record EvaluationReport(
    int Total,
    double Accuracy,
    double MacroF1,
    IReadOnlyList<IntentScore> Intents,
    IReadOnlyDictionary<EntityKind, LineScore> EntityKinds,
    LineScore EntityAccuracy,
    LineScore TrackingExtraction,
    LineScore SignalAccuracy,
    LineScore LanguageAccuracy,
    IReadOnlyList<EvaluationMiss> Misses);

using Bot.Domain.Language;
using Bot.Language.Evaluation;

namespace Bot.Language.Tests.Evaluation;

public sealed class EvaluationMetricsTests
{
    // Four hand-scored lines; the expected numbers below are worked out by hand in the comments.
    private static readonly EvaluationReport Report = EvaluationMetrics.Compute(
    [
        Line(Intent.TrackShipment, Intent.TrackShipment,
            gold: [new(EntityKind.TrackingNumber, "RA123456785CN")],
            predicted: [new(EntityKind.TrackingNumber, "ra 123 456 785 cn", "ra 123 456 785 cn")]),
        Line(Intent.TrackShipment, Intent.FileComplaint,
            gold: [new(EntityKind.TrackingNumber, "RA123456785CN"), new(EntityKind.TrackingNumber, "SF1234567890123")],
            predicted: [new(EntityKind.TrackingNumber, "SF1234567890123", "SF1234567890123")],
            goldSignals: new EscalationSignals(LegalThreat: true)),
        Line(Intent.FileComplaint, Intent.FileComplaint,
            gold: [new(EntityKind.PhoneNumber, "13812345678")],
            predicted: [new(EntityKind.PhoneNumber, "+86 138 1234 5678", "+86 138 1234 5678")],
            goldSignals: new EscalationSignals(AsksForPerson: true),
            predictedSignals: new EscalationSignals(AsksForPerson: true)),
        Line(Intent.Greeting, Intent.TrackShipment,
            gold: [],
            predicted: [new(EntityKind.TrackingNumber, "1234567890", "1234567890")],
            predictedLanguage: "zh"),
    ]);

    [Fact]
    public void Accuracy_counts_lines_whose_intent_is_right()
    {
        Assert.Equal(4, Report.Total);
        Assert.Equal(0.5, Report.Accuracy, 6);
    }

    [Fact]
    public void Precision_recall_and_f1_are_computed_per_intent()
    {
        // TrackShipment: 2 gold, 2 predicted, 1 right -> P 0.5, R 0.5, F1 0.5.
        var track = Score(Intent.TrackShipment);
        Assert.Equal((2, 2, 1), (track.Support, track.Predicted, track.TruePositives));
        Assert.Equal(0.5, track.F1, 6);

        // FileComplaint: 1 gold, 2 predicted, 1 right -> P 0.5, R 1, F1 2/3.
        var complaint = Score(Intent.FileComplaint);
        Assert.Equal(0.5, complaint.Precision, 6);
        Assert.Equal(1.0, complaint.Recall, 6);
        Assert.Equal(2.0 / 3, complaint.F1, 6);

        // Greeting: never predicted -> precision 0 by convention, recall 0, F1 0.
        Assert.Equal(0, Score(Intent.Greeting).F1, 6);
    }

    [Fact]
    public void Macro_f1_averages_the_intents_seen_in_gold_or_predictions()
    {
        Assert.Equal(3, Report.Intents.Count);
        Assert.Equal((0.5 + 2.0 / 3 + 0) / 3, Report.MacroF1, 6);
    }

    [Fact]
    public void Tracking_extraction_needs_the_exact_set_after_normalisation()
    {
        // Line 1 right (formatting ignored), line 2 misses one number, line 3 has none on either side (not counted),
        // line 4 invents one.
        Assert.Equal(new LineScore(3, 1), Report.TrackingExtraction);
        Assert.Equal(new LineScore(3, 1), Report.EntityKinds[EntityKind.TrackingNumber]);
    }

    [Fact]
    public void Entity_scores_cover_only_kinds_labelled_in_the_gold_set()
    {
        Assert.Equal(new LineScore(1, 1), Report.EntityKinds[EntityKind.PhoneNumber]);
        Assert.False(Report.EntityKinds.ContainsKey(EntityKind.Date));
        Assert.Equal(new LineScore(4, 2), Report.EntityAccuracy);
    }

    [Fact]
    public void Signal_and_language_accuracy_compare_every_line()
    {
        Assert.Equal(new LineScore(4, 3), Report.SignalAccuracy);
        Assert.Equal(new LineScore(4, 3), Report.LanguageAccuracy);
    }

    [Fact]
    public void Report_lists_scores_and_wrong_lines()
    {
        var text = EvaluationReportFormatter.Format(Report);

        Assert.Contains("macro-F1: 0.389", text, StringComparison.Ordinal);
        Assert.Contains("Tracking-number extraction: 0.333 (1/3 lines)", text, StringComparison.Ordinal);
        Assert.Contains("expected Greeting, got TrackShipment", text, StringComparison.Ordinal);
        Assert.Equal(2, Report.Misses.Count);
    }

    [Fact]
    public void Relative_gold_dates_are_resolved_against_the_evaluation_day()
    {
        var line = Line(Intent.FileComplaint, Intent.FileComplaint,
            gold: [new(EntityKind.Date, "yesterday")],
            predicted: [new(EntityKind.Date, "2026-03-09", "yesterday")]);

        var onTheTenth = EvaluationMetrics.Compute([line], new DateOnly(2026, 3, 10));
        var onTheEleventh = EvaluationMetrics.Compute([line], new DateOnly(2026, 3, 11));

        Assert.Equal(new LineScore(1, 1), onTheTenth.EntityKinds[EntityKind.Date]);
        Assert.Equal(new LineScore(1, 0), onTheEleventh.EntityKinds[EntityKind.Date]);
    }

    private static IntentScore Score(Intent intent) => Report.Intents.Single(s => s.Intent == intent);

    private static EvaluatedUtterance Line(
        Intent expected,
        Intent actual,
        LabelledEntity[] gold,
        RecognizedEntity[] predicted,
        EscalationSignals? goldSignals = null,
        EscalationSignals? predictedSignals = null,
        string predictedLanguage = "en")
    {
        var labelled = new LabelledUtterance("some text", "en-US", expected, gold, goldSignals ?? EscalationSignals.None, "en");
        var understanding = new Understanding(
            actual, 0.8, predicted, Sentiment.Neutral, predictedLanguage, predictedSignals ?? EscalationSignals.None, "test");
        return new EvaluatedUtterance(labelled, understanding);
    }
}

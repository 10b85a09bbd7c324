using System.Globalization;
using System.Text;

namespace Bot.Language.Evaluation;

/// <summary>Renders an <see cref="EvaluationReport"/> as a plain-text table.</summary>
public static class EvaluationReportFormatter
{
    public static string Format(EvaluationReport report, int maxMisses = 40)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Line(text, $"Utterances: {report.Total}");
        Line(text, $"Intent accuracy: {report.Accuracy:F3}   macro-F1: {report.MacroF1:F3}");
        Line(text, $"");
        Line(text, $"{"Intent",-16} {"Support",8} {"Predicted",10} {"Precision",10} {"Recall",8} {"F1",7}");
        foreach (var score in report.Intents)
        {
            Line(text, $"{score.Intent,-16} {score.Support,8} {score.Predicted,10} {score.Precision,10:F3} {score.Recall,8:F3} {score.F1,7:F3}");
        }

        Line(text, $"");
        Line(text, $"Tracking-number extraction: {Rate(report.TrackingExtraction)}");
        foreach (var (kind, score) in report.EntityKinds)
        {
            Line(text, $"Entity {kind}: {Rate(score)}");
        }

        Line(text, $"Entity accuracy (all labelled kinds, every line): {Rate(report.EntityAccuracy)}");
        Line(text, $"Signal accuracy: {Rate(report.SignalAccuracy)}");
        Line(text, $"Language accuracy: {Rate(report.LanguageAccuracy)}");
        if (report.Misses.Count > 0 && maxMisses > 0)
        {
            Line(text, $"");
            Line(text, $"Intent errors ({report.Misses.Count}, first {Math.Min(maxMisses, report.Misses.Count)}):");
            foreach (var miss in report.Misses.Take(maxMisses))
            {
                Line(text, $"  expected {miss.Expected}, got {miss.Predicted} ({miss.Confidence:F2}): {miss.Text}");
            }
        }

        return text.ToString();
    }

    private static string Rate(LineScore score) =>
        string.Create(CultureInfo.InvariantCulture, $"{score.Rate:F3} ({score.Correct}/{score.Lines} lines)");

    private static void Line(StringBuilder text, FormattableString line) =>
        text.Append(FormattableString.Invariant(line)).Append('\n');
}

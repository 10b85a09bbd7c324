using Bot.Domain.Language;

namespace Bot.Language.Evaluation;

/// <summary>Precision, recall and F1 of one intent; 0 where a denominator is 0.</summary>
public sealed record IntentScore(Intent Intent, int Support, int Predicted, int TruePositives)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

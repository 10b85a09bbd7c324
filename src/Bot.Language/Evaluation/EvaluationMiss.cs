using Bot.Domain.Language;

namespace Bot.Language.Evaluation;

/// <summary>A line whose intent was predicted wrongly.</summary>
public sealed record EvaluationMiss(string Text, Intent Expected, Intent Predicted, double Confidence);

using Bot.Domain.Language;

namespace Bot.Language.Evaluation;

/// <summary>A gold line next to what the recogniser made of it.</summary>
public sealed record EvaluatedUtterance(LabelledUtterance Gold, Understanding Predicted);

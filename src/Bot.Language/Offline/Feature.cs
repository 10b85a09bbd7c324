namespace Bot.Language.Offline;

internal enum FeatureKind
{
    Intent,
    Category,
    Sentiment,
    Signal,
    Resolution,
    Cue,
}

internal enum Cue
{
    ComplaintTerm,
    StatusTerm,
    PriorTerm,
}

internal enum Signal
{
    AsksForPerson,
    Legal,
    Media,
    Regulator,
    Switching,
}

/// A keyword's meaning: what it is evidence for (Code is the enum value of that kind) and how strongly.
internal readonly record struct Feature(FeatureKind Kind, int Code, double Weight)
{
    public static Feature For(Domain.Language.Intent intent, double weight) => new(FeatureKind.Intent, (int)intent, weight);

    public static Feature For(Domain.Language.ComplaintCategory category, double weight) => new(FeatureKind.Category, (int)category, weight);

    public static Feature For(Signal signal) => new(FeatureKind.Signal, (int)signal, 1);

    public static Feature For(Cue cue) => new(FeatureKind.Cue, (int)cue, 1);

    public static Feature Sentiment(double weight) => new(FeatureKind.Sentiment, 0, weight);

    public static Feature Resolution(string value) => new(FeatureKind.Resolution, Array.IndexOf(ResolutionValues, value), 1);

    public static readonly string[] ResolutionValues = ["refund", "compensation", "redeliver", "replacement", "apology"];
}

/// One keyword found in the text.
internal readonly record struct FeatureHit(Feature Feature, int Start, int Length, bool Negated, bool Intensified);

namespace Bot.Language.AzureOpenAI;

// The model's JSON answers as written on the wire; every value is checked before it becomes a domain value.
internal sealed record ModelUnderstanding(
    string Intent, double Confidence, string Language, string Sentiment, IReadOnlyList<ModelEntity> Entities, ModelSignals Signals);

internal sealed record ModelEntity(string Kind, string Text, string Value);

internal sealed record ModelSignals(
    bool AsksForPerson, bool LegalThreat, bool MediaThreat, bool RegulatorThreat, bool SwitchingProvider);

internal sealed record ModelSummary(string Summary);

internal sealed record ModelClassification(string Category, double Confidence);

using Bot.Domain.Language;
using Bot.Language.Tracking;
using Microsoft.Extensions.Options;

namespace Bot.Language.Offline;

/// <summary>
/// The offline bilingual (en/zh) recogniser: weighted keyword evidence with typo tolerance and negation, regex entities.
/// Needs no network; the default <see cref="ILanguageUnderstanding"/> and the fallback of the model-based one.
/// </summary>
public sealed class OfflineLanguageUnderstanding(
    TrackingNumberFinder trackingNumbers, IOptions<LanguageOptions> options, TimeProvider timeProvider) : ILanguageUnderstanding
{
    public const string SourceName = "offline";

    public Task<Understanding> UnderstandAsync(UnderstandingRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Understand(request));
    }

    /// <summary>The synchronous form, for callers that already run on a worker (the fallback, summaries, evaluation).</summary>
    public Understanding Understand(UnderstandingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = (request.Text ?? string.Empty).Replace('’', '\'');
        var analysis = Analyze(text);
        var language = TextScan.DetectLanguage(text, request.Locale);
        var (intent, confidence) = IntentScorer.Score(
            analysis.Hits, analysis.Entities, analysis.CategoryScore, analysis.Signals, analysis.Sentiment,
            options.Value.MinimumIntentScore);
        if (InjectionPattern.Instance().IsMatch(text))
        {
            (intent, confidence) = (Intent.OutOfScope, 0.9);
        }

        return new Understanding(intent, confidence, analysis.Entities, analysis.Sentiment, language, analysis.Signals, SourceName);
    }

    private Analysis Analyze(string text)
    {
        var today = DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime);
        var entities = EntityExtractor.Extract(text, today, trackingNumbers);
        var matcher = OfflineLexicon.Matcher;
        var hits = matcher.Find(text, matcher.Tokenize(text));

        var (category, _, categoryScore, evidence) = ToneReader.Category(hits);
        if (evidence is { } hit && categoryScore >= 1.5)
        {
            entities.Add(new RecognizedEntity(EntityKind.ComplaintCategory, category.ToString(), text.Substring(hit.Start, hit.Length), hit.Start));
        }

        ToneReader.AddResolutions(text, hits, entities);
        return new Analysis(hits, entities, categoryScore, ToneReader.Signals(hits), ToneReader.Sentiment(text, hits));
    }

    private sealed record Analysis(
        List<FeatureHit> Hits, List<RecognizedEntity> Entities, double CategoryScore, EscalationSignals Signals, Sentiment Sentiment);
}

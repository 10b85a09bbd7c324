using System.Globalization;
using System.Text;
using Bot.Domain.Language;

namespace Bot.Language.Offline;

/// <summary>
/// Extractive handoff summary for an agent: the customer's key lines verbatim, entities found, complaint category,
/// worst sentiment and escalation signals. Labels in English or Chinese after the locale.
/// </summary>
public sealed class OfflineHandoffSummarizer(OfflineLanguageUnderstanding recogniser) : IHandoffSummarizer
{
    private const int KeyLines = 3;
    private const int MaxLineLength = 200;

    public Task<string> SummarizeAsync(IReadOnlyList<ConversationLine> lines, string locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var labels = SummaryLabels.For(locale);
        var customer = lines.Where(l => string.Equals(l.Speaker, "customer", StringComparison.OrdinalIgnoreCase)).ToList();
        if (customer.Count == 0)
        {
            return Task.FromResult(labels.NothingSaid);
        }

        var read = new List<(ConversationLine Line, Understanding Understanding, double Weight)>();
        foreach (var line in customer)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var understanding = recogniser.Understand(new UnderstandingRequest(line.Text, locale));
            read.Add((line, understanding, Weight(understanding)));
        }

        var entities = read.SelectMany(r => r.Understanding.Entities)
            .Where(e => e.Kind is not (EntityKind.ComplaintCategory or EntityKind.Date))
            .DistinctBy(e => (e.Kind, e.Value)).ToList();
        var (category, _) = OfflineComplaintClassifier.Classify(string.Join('\n', customer.Select(l => l.Text)));
        var sentiment = read.Select(r => r.Understanding.Sentiment).OrderBy(Rank).First();
        var intent = read.Select(r => r.Understanding.Intent).Where(i => i is not (Intent.Greeting or Intent.ThanksGoodbye or Intent.OutOfScope))
            .GroupBy(i => i).OrderByDescending(g => g.Count()).Select(g => g.Key).DefaultIfEmpty(Intent.OutOfScope).First();
        var signals = read.Aggregate(EscalationSignals.None, (all, r) => Merge(all, r.Understanding.Signals));

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{labels.Intent}: {intent} · {labels.Category}: {category} · {labels.Sentiment}: {sentiment}");
        foreach (var group in entities.GroupBy(e => e.Kind))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{labels.Entity(group.Key)}: {string.Join(", ", group.Select(e => e.Value))}");
        }

        if (signals.Any)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{labels.Signals}: {labels.Describe(signals)}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{labels.KeyLines}:");
        foreach (var (line, _, _) in read.OrderByDescending(r => r.Weight).ThenByDescending(r => r.Line.At).Take(KeyLines).OrderBy(r => r.Line.At))
        {
            var quote = line.Text.Length > MaxLineLength ? line.Text[..MaxLineLength] + "…" : line.Text;
            text.AppendLine(CultureInfo.InvariantCulture, $"- [{line.At:HH:mm}] {quote.ReplaceLineEndings(" ")}");
        }

        return Task.FromResult(text.ToString().TrimEnd());
    }

    // Lines that carry facts, a clear request or strong feeling are the ones an agent must see.
    private static double Weight(Understanding u) =>
        u.Entities.Count * 2
        + (u.Signals.Any ? 3 : 0)
        + (u.Sentiment is Sentiment.StronglyNegative ? 1.5 : u.Sentiment is Sentiment.Negative ? 0.75 : 0)
        + (u.Intent is Intent.FileComplaint or Intent.CheckComplaint or Intent.TrackShipment or Intent.TalkToPerson ? 1 : 0)
        - (u.Intent is Intent.Greeting or Intent.ThanksGoodbye ? 2 : 0);

    private static int Rank(Sentiment sentiment) => sentiment switch
    {
        Sentiment.StronglyNegative => 0,
        Sentiment.Negative => 1,
        Sentiment.Neutral => 2,
        _ => 3,
    };

    private static EscalationSignals Merge(EscalationSignals a, EscalationSignals b) => new(
        a.AsksForPerson || b.AsksForPerson, a.LegalThreat || b.LegalThreat, a.MediaThreat || b.MediaThreat,
        a.RegulatorThreat || b.RegulatorThreat, a.SwitchingProvider || b.SwitchingProvider);
}

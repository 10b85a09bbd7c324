using Bot.Domain.Language;

namespace Bot.Language.Offline;

/// Adds up the weighted evidence for each intent, then applies the few rules that words alone cannot express.
internal static class IntentScorer
{
    private static readonly int IntentCount = Enum.GetValues<Intent>().Length;

    public static (Intent Intent, double Confidence) Score(
        List<FeatureHit> hits, List<RecognizedEntity> entities, double categoryScore, EscalationSignals signals,
        Sentiment sentiment, double threshold)
    {
        Span<double> scores = stackalloc double[IntentCount];
        bool complaintTerm = false, statusTerm = false, priorTerm = false;
        foreach (var hit in hits)
        {
            var feature = hit.Feature;
            if (feature.Kind == FeatureKind.Intent)
            {
                // A negated intent word is evidence against it: "this is not a complaint", "不用转人工".
                scores[feature.Code] += hit.Negated ? -feature.Weight : feature.Weight;
            }
            else if (feature.Kind == FeatureKind.Cue && !hit.Negated)
            {
                complaintTerm |= feature.Code == (int)Cue.ComplaintTerm;
                statusTerm |= feature.Code == (int)Cue.StatusTerm;
                priorTerm |= feature.Code == (int)Cue.PriorTerm;
            }
        }

        ref var track = ref scores[(int)Intent.TrackShipment];
        ref var file = ref scores[(int)Intent.FileComplaint];
        ref var check = ref scores[(int)Intent.CheckComplaint];

        var negatedComplaint = hits.Exists(h => h.Negated && h.Feature is { Kind: FeatureKind.Intent, Code: (int)Intent.FileComplaint });
        if (!negatedComplaint)
        {
            file += Math.Min(categoryScore, 3);
            file += entities.Exists(e => e.Kind == EntityKind.DesiredResolution) ? 2 : 0;
            file += signals.LegalThreat || signals.MediaThreat || signals.RegulatorThreat || signals.SwitchingProvider ? 2.5 : 0;
            file += sentiment switch { Sentiment.StronglyNegative => 1, Sentiment.Negative => 0.4, _ => 0 };
        }

        // A follow-up on an earlier complaint quotes its parcel too; that number is no request to track it.
        var followUp = complaintTerm && (statusTerm || priorTerm);
        if (followUp)
        {
            check += 3.5;
            file -= 2;
        }

        if (entities.Exists(e => e.Kind == EntityKind.ComplaintReference))
        {
            check += 3.5;
            file -= 1;
        }

        if (!followUp && entities.Exists(e => e.Kind == EntityKind.TrackingNumber))
        {
            track += 2;
        }
        else if (!followUp && entities.Exists(e => e.Kind == EntityKind.OrderNumber))
        {
            track += 1.5;
        }

        // Greetings, thanks and "help" give way to a real request in the same message.
        var task = Max(scores, Intent.TrackShipment, Intent.FileComplaint, Intent.CheckComplaint, Intent.TalkToPerson,
            Intent.Cancel, Intent.GiveFeedback, Intent.ChangeLanguage);
        if (task >= 2)
        {
            scores[(int)Intent.Greeting] *= 0.4;
            scores[(int)Intent.ThanksGoodbye] *= 0.4;
            scores[(int)Intent.Help] *= 0.4;
        }

        var best = Intent.OutOfScope;
        double top = 0, second = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > top)
            {
                second = top;
                top = scores[i];
                best = (Intent)i;
            }
            else if (scores[i] > second)
            {
                second = scores[i];
            }
        }

        if (top < threshold)
        {
            return (Intent.OutOfScope, Math.Round(Math.Clamp(1 - (Math.Max(top, 0) / threshold * 0.5), 0.5, 1), 3));
        }

        var margin = (top - Math.Max(second, 0)) / top;
        var confidence = (1 - Math.Exp(-top / 2.5)) * (0.6 + 0.4 * margin);
        return (best, Math.Round(Math.Clamp(confidence, 0, 1), 3));
    }

    private static double Max(Span<double> scores, params ReadOnlySpan<Intent> intents)
    {
        var max = double.MinValue;
        foreach (var intent in intents)
        {
            max = Math.Max(max, scores[(int)intent]);
        }

        return max;
    }
}

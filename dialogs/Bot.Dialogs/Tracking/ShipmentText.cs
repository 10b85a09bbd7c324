using System.Text;

namespace Bot.Dialogs.Tracking;

// A tracking answer as plain text: in full where cards are not rendered, as a summary next to a card (notifications,
// screen readers, transcripts), and as one line in the middle of another task.
internal static class ShipmentText
{
    public static string Full(ShipmentView view, string locale)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = new StringBuilder();
        Head(text, view, locale);
        foreach (var fact in (IEnumerable<ShipmentFact>)[view.Promised, view.NextStep, .. view.Details])
        {
            text.Append('\n').Append(Fact(fact, locale));
        }
        if (view.DetailsHint is { } hint)
        {
            text.Append('\n').Append(hint);
        }
        if (view.Timeline.Count > 0)
        {
            text.Append("\n\n").Append(TrackingText.Get("TimelineHeader", locale));
            foreach (var entry in view.Timeline)
            {
                text.Append('\n').Append(TrackingText.Get("TimelineLine", locale, entry.Label, entry.Value));
            }
        }
        return text.ToString();
    }

    /// <summary>Stage, what it means, the apology or cause, the last scan, and the private details when shown.</summary>
    public static string Summary(ShipmentView view, string locale)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = new StringBuilder();
        Head(text, view, locale);
        foreach (var fact in (IEnumerable<ShipmentFact>)[view.Promised, .. view.Details])
        {
            text.Append('\n').Append(Fact(fact, locale));
        }
        return text.ToString();
    }

    /// <summary>"SF123…: In transit." with the apology or cause and the last scan, for a side question.</summary>
    public static string Short(ShipmentView view, string locale)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = new StringBuilder(TrackingText.Get("SummaryLine", locale, view.Number, view.StageName));
        if (view.Note is { } note)
        {
            text.Append(' ').Append(note);
        }
        return text.Append(' ').Append(Fact(view.LastScan, locale)).ToString();
    }

    public static string Unknown(IReadOnlyList<string> numbers, string locale) =>
        TrackingText.Get("UnknownNumber", locale, TrackingText.JoinList(numbers, locale)) + "\n" + TrackingText.Get("UnknownFormats", locale);

    private static void Head(StringBuilder text, ShipmentView view, string locale)
    {
        text.Append(TrackingText.Get("SummaryLine", locale, view.Number, view.StageName)).Append(' ').Append(view.Description);
        if (view.Note is { } note)
        {
            text.Append('\n').Append(note);
        }
        text.Append('\n').Append(Fact(view.LastScan, locale));
    }

    private static string Fact(ShipmentFact fact, string locale) => TrackingText.Get("FactLine", locale, fact.Label, fact.Value);
}

using System.Text.Json.Nodes;
using Bot.Domain.Shipments;
using Bot.Protocol.Schema;

namespace Bot.Dialogs.Tracking;

// A tracking answer as an Adaptive Card (version 1.5, the highest Teams renders): the number, the stage in plain words,
// the apology or cause, a FactSet (last scan, promised window, next step, private details when shown) and the timeline.
internal static class ShipmentCard
{
    public static Attachment Create(ShipmentView view, string locale, string summary)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new JsonArray
        {
            AdaptiveCards.TextBlock(view.Number, weight: "Bolder", size: "Medium"),
            With(AdaptiveCards.TextBlock(view.StageName, weight: "Bolder"), ("color", StageColor(view)), ("spacing", "None")),
            With(AdaptiveCards.TextBlock(view.Description), ("isSubtle", true)),
        };
        if (view.Note is { } note)
        {
            body.Add(With(AdaptiveCards.TextBlock(note), ("color", "Attention")));
        }
        body.Add(FactSet([view.LastScan, view.Promised, view.NextStep, .. view.Details]));
        if (view.DetailsHint is { } hint)
        {
            body.Add(With(AdaptiveCards.TextBlock(hint, size: "Small"), ("isSubtle", true)));
        }
        if (view.Timeline.Count > 0)
        {
            body.Add(With(AdaptiveCards.TextBlock(TrackingText.Get("TimelineHeader", locale), weight: "Bolder"), ("separator", true)));
            body.Add(FactSet(view.Timeline));
        }
        var card = AdaptiveCards.Create(body);
        card["fallbackText"] = summary;
        card["lang"] = locale;
        return AdaptiveCards.ToAttachment(card);
    }

    private static string StageColor(ShipmentView view) =>
        view.NeedsAttention ? "Attention"
        : view.Stage == ShipmentStage.Delivered ? "Good"
        : view.Stage == ShipmentStage.Returned ? "Warning"
        : "Accent";

    private static JsonObject FactSet(IEnumerable<ShipmentFact> facts)
    {
        var items = new JsonArray();
        foreach (var fact in facts)
        {
            items.Add(new JsonObject { ["title"] = fact.Label, ["value"] = fact.Value });
        }
        return new JsonObject { ["type"] = "FactSet", ["facts"] = items };
    }

    private static JsonObject With(JsonObject element, params (string Name, JsonNode Value)[] properties)
    {
        foreach (var (name, value) in properties)
        {
            element[name] = value;
        }
        return element;
    }
}

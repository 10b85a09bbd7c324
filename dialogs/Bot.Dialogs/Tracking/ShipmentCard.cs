using System.Text.Json.Nodes;
using Bot.Domain.Shipments;
using Bot.Protocol.Schema;

namespace Bot.Dialogs.Tracking;

// A tracking answer as an Adaptive Card (version 1.5, the highest Teams renders): the number, the stage in plain words,
// the apology or cause, a FactSet (last scan, promised window, next step, private details when shown) and the timeline.
// Its "Refresh" button is a Universal Action (Action.Execute): Teams sends it as an adaptiveCard/action invoke and puts
// the card TrackingCardActions returns in place of this one. Only Teams gets it (Web Chat over our Direct Line has no
// invoke responses); hosts without Universal Actions drop the button.
internal static class ShipmentCard
{
    public static Attachment Create(ShipmentView view, string locale, string summary, bool refreshable = false)
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
        var card = refreshable ? AdaptiveCards.Create(body, [Refresh(view.Number, locale)]) : AdaptiveCards.Create(body);
        card["fallbackText"] = summary;
        card["lang"] = locale;
        return AdaptiveCards.ToAttachment(card);
    }

    private static JsonObject Refresh(string number, string locale) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = TrackingText.Get("CardRefresh", locale),
        ["verb"] = TrackingCardActions.RefreshVerb,
        ["data"] = new JsonObject { ["number"] = number },
        ["fallback"] = "drop",
    };

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

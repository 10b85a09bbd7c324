using System.Text.Json.Nodes;
using Bot.Dialogs.Main;
using Bot.Domain.Shipments;
using Bot.Protocol.Schema;
using Bot.Runtime.Localization;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Tracking;

// Answers the tracking card's Universal Actions (adaptiveCard/action invokes, PROTOCOL.md §2.3): "tracking.refresh"
// looks the shipment up again and returns the card to put in place of the old one. The answer is always HTTP 200 with
// the card-level status inside; a card refreshed in a chat shows the public view only, since anyone there may see it.
internal sealed class TrackingCardActions(CustomerServiceServices services)
{
    public const string InvokeName = "adaptiveCard/action";
    public const string RefreshVerb = "tracking.refresh";

    private const string CardType = "application/vnd.microsoft.card.adaptive";
    private const string MessageType = "application/vnd.microsoft.activity.message";
    private const string ErrorType = "application/vnd.microsoft.error";

    public static bool Is(TurnContext turn) =>
        turn.Activity.Type == ActivityTypes.Invoke && string.Equals(turn.Activity.Name, InvokeName, StringComparison.Ordinal);

    public async Task AnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var body = await BodyAsync(turn, cancellationToken);
        turn.InvokeResponse = new InvokeResponse(200, body);
    }

    private async Task<JsonObject> BodyAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Value is not JsonObject value || value["action"] is not JsonObject action)
        {
            return Error("BadRequest", "The invoke value has no action.");
        }
        var verb = Text(action["verb"]);
        if (!string.Equals(verb, RefreshVerb, StringComparison.Ordinal))
        {
            return Error("NotSupported", $"The action verb '{verb}' is not supported.");
        }
        if (Text((action["data"] as JsonObject)?["number"]) is not { Length: > 0 } number)
        {
            return Error("BadRequest", "The refresh action has no tracking number.");
        }
        var locale = turn.GetLocale();
        var shipment = TrackingNumber.TryParse(number, out var parsed)
            ? await services.Shipments.FindAsync(parsed, cancellationToken)
            : null;
        if (shipment is null)
        {
            return Response(200, MessageType, TrackingText.Get("UnknownNumber", locale, number));
        }
        var options = new ShipmentViewOptions(WithDetails: false, OfferDetails: false, services.Tracking.TimelineLength);
        var view = ShipmentView.Of(shipment, TrackingTime.For(turn.Activity, locale), services.Time.GetUtcNow(), options);
        var card = ShipmentCard.Create(view, locale, ShipmentText.Summary(view, locale), refreshable: true);
        return Response(200, CardType, card.Content?.DeepClone());
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static JsonObject Error(string code, string message) =>
        Response(400, ErrorType, new JsonObject { ["code"] = code, ["message"] = message });

    private static JsonObject Response(int statusCode, string type, JsonNode? value) =>
        new() { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value };
}

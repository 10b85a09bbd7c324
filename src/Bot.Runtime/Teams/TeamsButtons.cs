using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Protocol.Schema;

namespace Bot.Runtime.Teams;

/// <summary>
/// Buttons that come back to the bot in Teams group chats and channels (PROTOCOL.md §5.5): there a click carries no
/// @mention, so an imBack would be dropped like any unaddressed message. A messageBack sends <c>text</c> with a
/// <c>value</c> (which <see cref="TeamsMiddleware"/> lets in) and shows <c>displayText</c> in the chat.
/// </summary>
public static class TeamsButtons
{
    /// <summary>The property of a messageBack button's value that holds what the button says.</summary>
    public const string ChoiceProperty = "choice";

    /// <summary>A messageBack button showing <paramref name="title"/> that answers <paramref name="text"/>.</summary>
    public static CardAction MessageBack(string title, string text) => new()
    {
        Type = ActionTypes.MessageBack,
        Title = title,
        Text = text,
        DisplayText = title,
        Value = new JsonObject { [ChoiceProperty] = text },
    };

    /// <summary>
    /// Makes an outgoing activity's buttons work in a shared scope: suggested actions (not shown there) become a hero card
    /// with messageBack buttons, and imBack buttons of hero cards become messageBack. Other actions stay as they are.
    /// </summary>
    public static void AdaptForSharedScope(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Attachments is { Count: > 0 } attachments)
        {
            foreach (var attachment in attachments.Where(a => a.ContentType == ContentTypes.HeroCard && a.Content is JsonObject))
            {
                AdaptHeroCard(attachment);
            }
        }
        if (activity.SuggestedActions?.Actions is not { Count: > 0 } suggested)
        {
            return;
        }
        var card = new HeroCard { Buttons = [.. suggested.Select(Adapt)] };
        // Like ChoiceFactory's cards: the question goes on the card, unless the message already carries something else.
        if (activity.Attachments is not { Count: > 0 })
        {
            card.Text = activity.Text;
            activity.Text = null;
        }
        activity.Attachments = [.. activity.Attachments ?? [], card.ToAttachment()];
        activity.SuggestedActions = null;
    }

    private static void AdaptHeroCard(Attachment attachment)
    {
        HeroCard? card;
        try
        {
            card = attachment.Content!.Deserialize(ProtocolJsonContext.Default.HeroCard);
        }
        catch (JsonException)
        {
            // Not a hero card after all: left for the channel to judge.
            return;
        }
        if (card?.Buttons is not { Count: > 0 } buttons || !buttons.Any(b => b.Type == ActionTypes.ImBack))
        {
            return;
        }
        card.Buttons = [.. buttons.Select(Adapt)];
        attachment.Content = card.ToAttachment().Content;
    }

    private static CardAction Adapt(CardAction action) =>
        action.Type == ActionTypes.ImBack && (TextOf(action.Value) ?? action.Title) is { Length: > 0 } said
            ? MessageBack(action.Title is { Length: > 0 } title ? title : said, said)
            : action;

    private static string? TextOf(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}

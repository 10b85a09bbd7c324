using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Protocol.Schema;

namespace Bot.Runtime.Teams;

/// <summary>
/// Buttons that come back to the bot in Teams group chats and channels (PROTOCOL.md §5.5): there a click carries no
/// @mention, so an imBack would be dropped like any unaddressed message. A messageBack sends <c>text</c> with a
/// <c>value</c> (which <see cref="TeamsMiddleware"/> lets in) and shows <c>displayText</c> in the chat. Teams shows at
/// most <see cref="MaxHeroCardButtons"/> buttons on a hero card, so longer rows of buttons go on several cards.
/// </summary>
public static class TeamsButtons
{
    /// <summary>The property of a messageBack button's value that holds what the button says.</summary>
    public const string ChoiceProperty = Turns.CardSubmitMiddleware.ChoiceProperty;

    /// <summary>The most buttons Teams shows on one hero card (PROTOCOL.md §5.5); it silently drops the rest.</summary>
    public const int MaxHeroCardButtons = 6;

    private const string ListLayout = "list";

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
    /// Adds <paramref name="card"/> to the message as Teams can show it: one card, or, past <see cref="MaxHeroCardButtons"/>
    /// buttons, several cards one under the other (attachmentLayout list), the first with the card's title, text and images.
    /// </summary>
    public static void AddHeroCard(Activity message, HeroCard card)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(card);
        var cards = Split(card);
        message.Attachments = [.. message.Attachments ?? [], .. cards.Select(c => c.ToAttachment())];
        if (cards.Count > 1)
        {
            message.AttachmentLayout = ListLayout;
        }
    }

    /// <summary>
    /// Makes an outgoing activity's buttons work in a shared scope: suggested actions (not shown there) become a hero card
    /// with messageBack buttons, and imBack buttons of hero cards become messageBack. Other actions stay as they are. A
    /// hero card with more buttons than Teams shows is split (<see cref="AddHeroCard"/>).
    /// </summary>
    public static void AdaptForSharedScope(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Attachments is { Count: > 0 } attachments)
        {
            var adapted = attachments.SelectMany(a => a.ContentType == ContentTypes.HeroCard && a.Content is JsonObject ? AdaptHeroCard(a) : [a]).ToList();
            if (adapted.Count > attachments.Count)
            {
                activity.AttachmentLayout = ListLayout;
            }
            activity.Attachments = adapted;
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
        activity.SuggestedActions = null;
        AddHeroCard(activity, card);
    }

    private static List<HeroCard> Split(HeroCard card)
    {
        if (card.Buttons is not { Count: > MaxHeroCardButtons } buttons)
        {
            return [card];
        }
        var first = card with { Buttons = [.. buttons.Take(MaxHeroCardButtons)] };
        var rest = buttons.Skip(MaxHeroCardButtons).Chunk(MaxHeroCardButtons).Select(chunk => new HeroCard { Buttons = [.. chunk] });
        return [first, .. rest];
    }

    private static IEnumerable<Attachment> AdaptHeroCard(Attachment attachment)
    {
        HeroCard? card;
        try
        {
            card = attachment.Content!.Deserialize(ProtocolJsonContext.Default.HeroCard);
        }
        catch (JsonException)
        {
            // Not a hero card after all: left for the channel to judge.
            return [attachment];
        }
        if (card?.Buttons is not { Count: > 0 } buttons
            || (!buttons.Any(b => b.Type == ActionTypes.ImBack) && buttons.Count <= MaxHeroCardButtons))
        {
            return [attachment];
        }
        card.Buttons = [.. buttons.Select(Adapt)];
        var cards = Split(card);
        // The first card stays the attachment it was (name, thumbnail ...); only its content changes.
        attachment.Content = cards[0].ToAttachment().Content;
        return [attachment, .. cards.Skip(1).Select(c => c.ToAttachment())];
    }

    private static CardAction Adapt(CardAction action) =>
        action.Type == ActionTypes.ImBack && (TextOf(action.Value) ?? action.Title) is { Length: > 0 } said
            ? MessageBack(action.Title is { Length: > 0 } title ? title : said, said)
            : action;

    private static string? TextOf(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}

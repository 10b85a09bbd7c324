using System.Text;
using Bot.Protocol.Schema;
using Bot.Runtime.Teams;
using ChannelIds = Bot.Protocol.Schema.Channels;

namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>
/// Shows choices the way a channel can: suggested actions (imBack) on Direct Line, Web Chat, the Emulator and tests
/// (up to 100) and in Teams personal chats (up to 3); a hero card with imBack buttons where suggested actions are not
/// shown; otherwise a numbered list. In Teams group chats and channels, where a click carries no @mention, the buttons
/// are messageBack (<see cref="TeamsButtons"/>) and always on a card, since suggested actions are not shown there.
/// Teams shows at most 6 buttons on a hero card: more choices go on several cards, the question on the first.
/// </summary>
public static class ChoiceFactory
{
    private const string TeamsPersonal = "personal";

    public static int MaxSuggestedActions(string? channelId, string? conversationType) => channelId switch
    {
        ChannelIds.DirectLine or ChannelIds.WebChat or ChannelIds.Emulator or ChannelIds.Test or "telegram" => 100,
        ChannelIds.MsTeams => conversationType is null or TeamsPersonal ? 3 : 0,
        "facebook" or "skype" => 10,
        _ => 0,
    };

    /// <summary>The most choices shown as hero card buttons; in Teams they are split over cards of at most 6.</summary>
    public static int MaxCardButtons(string? channelId) => channelId switch
    {
        ChannelIds.DirectLine or ChannelIds.WebChat or ChannelIds.Emulator or ChannelIds.Test => 100,
        ChannelIds.MsTeams => 50,
        "facebook" or "skype" => 3,
        _ => 0,
    };

    /// <summary>Resolves <see cref="ListStyle.Auto"/> for the channel and number of choices.</summary>
    public static ListStyle StyleFor(Activity incoming, int choiceCount)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var channel = incoming.ChannelId;
        if (choiceCount <= MaxSuggestedActions(channel, incoming.Conversation?.ConversationType))
        {
            return ListStyle.SuggestedAction;
        }
        return choiceCount <= MaxCardButtons(channel) ? ListStyle.HeroCard : ListStyle.List;
    }

    /// <summary>A message asking <paramref name="prompt"/> with the choices shown in <paramref name="style"/>.</summary>
    public static Activity Render(Activity incoming, Activity? prompt, IReadOnlyList<Choice> choices, ListStyle style, string locale)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var message = prompt is null ? new Activity { Type = ActivityTypes.Message } : prompt with { };
        var resolved = style == ListStyle.Auto ? StyleFor(incoming, choices.Count) : style;
        var shared = TeamsConversationTypes.IsShared(incoming);
        if (shared && resolved == ListStyle.SuggestedAction)
        {
            resolved = ListStyle.HeroCard;
        }
        switch (resolved)
        {
            case ListStyle.SuggestedAction:
                message.SuggestedActions = new SuggestedActions { Actions = Buttons(choices) };
                break;
            case ListStyle.HeroCard:
                var card = new HeroCard { Text = message.Text, Buttons = shared ? MessageBackButtons(choices) : Buttons(choices) };
                if (string.Equals(incoming.ChannelId, ChannelIds.MsTeams, StringComparison.OrdinalIgnoreCase))
                {
                    TeamsButtons.AddHeroCard(message, card);
                }
                else
                {
                    message.Attachments = [.. message.Attachments ?? [], card.ToAttachment()];
                }
                message.Text = null;
                break;
            case ListStyle.List:
                message.Text = NumberedList(message.Text, choices);
                break;
            case ListStyle.Inline:
                message.Text = Inline(message.Text, choices, locale);
                break;
            default:
                break;
        }
        return message;
    }

    public static string NumberedList(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var builder = new StringBuilder(text);
        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append(builder.Length > 0 ? "\n" : string.Empty).Append(i + 1).Append(". ").Append(TitleOf(choices[i]));
        }
        return builder.ToString();
    }

    public static string Inline(string? text, IReadOnlyList<Choice> choices, string locale)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var builder = new StringBuilder(text);
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }
        for (var i = 0; i < choices.Count; i++)
        {
            if (i > 0)
            {
                var last = i == choices.Count - 1;
                builder.Append(PromptText.Get(!last ? "InlineSeparator" : choices.Count > 2 ? "InlineOrMore" : "InlineOr", locale));
            }
            builder.Append('(').Append(i + 1).Append(") ").Append(TitleOf(choices[i]));
        }
        return builder.ToString();
    }

    // The button sends what it shows, so the user's message reads naturally and matches the choice's title exactly.
    private static List<CardAction> Buttons(IReadOnlyList<Choice> choices) =>
        [.. choices.Select(c => CardAction.ImBack(TitleOf(c), TitleOf(c)))];

    // Shows the title and answers the choice's value, which every recognizer knows; the chat shows the title as said.
    private static List<CardAction> MessageBackButtons(IReadOnlyList<Choice> choices) =>
        [.. choices.Select(c => TeamsButtons.MessageBack(TitleOf(c), c.Value))];

    private static string TitleOf(Choice choice) => string.IsNullOrWhiteSpace(choice.Title) ? choice.Value : choice.Title;
}

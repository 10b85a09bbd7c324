using System.Globalization;
using System.Text.Json;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Teams;
using Bot.Runtime.Tests.Infrastructure;

namespace Bot.Runtime.Tests.Teams;

// Teams shows at most 6 buttons on a hero card and silently drops the rest (PROTOCOL.md §5.5): longer rows of buttons
// (an 11-point NPS scale, a survey question) go on several cards one under the other, the question on the first only.
public sealed class TeamsCardButtonLimitTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public void Eleven_choices_in_a_shared_scope_go_on_two_cards_of_six_and_five_message_back_buttons(string conversationType)
    {
        var message = ChoiceFactory.Render(
            TeamsActivities.Message(conversationType, "hi"), Question(), Scale(0, 10), ListStyle.Auto, "en-US");

        Assert.Null(message.SuggestedActions);
        Assert.Null(message.Text);
        Assert.Equal("list", message.AttachmentLayout);
        var cards = HeroCardsOf(message);
        Assert.Equal([6, 5], cards.Select(c => c.Buttons!.Count));
        Assert.Equal(["Shall I go on?", null], cards.Select(c => c.Text));
        var buttons = cards.SelectMany(c => c.Buttons!).ToList();
        Assert.All(buttons, b => Assert.Equal(ActionTypes.MessageBack, b.Type));
        Assert.Equal(Scale(0, 10).Select(c => c.Value), buttons.Select(b => (string?)b.Value![TeamsButtons.ChoiceProperty]));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    public void Four_to_six_choices_in_a_personal_chat_are_one_card_of_imBack_buttons(int count)
    {
        var message = ChoiceFactory.Render(
            TeamsActivities.Message("personal", "hi"), Question(), Scale(1, count), ListStyle.Auto, "en-US");

        Assert.Null(message.SuggestedActions);
        Assert.Null(message.AttachmentLayout);
        var card = Assert.Single(HeroCardsOf(message));
        Assert.Equal("Shall I go on?", card.Text);
        Assert.Equal(count, card.Buttons!.Count);
        Assert.All(card.Buttons, b => Assert.Equal(ActionTypes.ImBack, b.Type));
    }

    [Fact]
    public void Twelve_choices_in_a_personal_chat_go_on_two_cards_of_imBack_buttons()
    {
        var message = ChoiceFactory.Render(
            TeamsActivities.Message("personal", "hi"), Question(), Scale(0, 11), ListStyle.Auto, "en-US");

        var cards = HeroCardsOf(message);
        Assert.Equal([6, 6], cards.Select(c => c.Buttons!.Count));
        Assert.Equal(["Shall I go on?", null], cards.Select(c => c.Text));
        Assert.All(cards.SelectMany(c => c.Buttons!), b => Assert.Equal(ActionTypes.ImBack, b.Type));
    }

    [Fact]
    public void Three_choices_in_a_personal_chat_stay_suggested_actions()
    {
        var message = ChoiceFactory.Render(
            TeamsActivities.Message("personal", "hi"), Question(), Scale(1, 3), ListStyle.Auto, "en-US");

        Assert.Null(message.Attachments);
        Assert.Equal("Shall I go on?", message.Text);
        Assert.Equal(["1", "2", "3"], message.SuggestedActions!.Actions.Select(a => (string?)a.Value));
    }

    [Theory]
    [InlineData(Bot.Protocol.Schema.Channels.DirectLine)]
    [InlineData(Bot.Protocol.Schema.Channels.WebChat)]
    public void Other_channels_keep_every_button_on_one_card(string channelId)
    {
        var incoming = new Activity { Type = ActivityTypes.Message, ChannelId = channelId, Conversation = new ConversationAccount("c1") };

        var asked = ChoiceFactory.Render(incoming, Question(), Scale(0, 10), ListStyle.Auto, "en-US");
        var card = ChoiceFactory.Render(incoming, Question(), Scale(0, 10), ListStyle.HeroCard, "en-US");

        Assert.Equal(11, asked.SuggestedActions!.Actions.Count);
        Assert.Null(asked.Attachments);
        Assert.Null(card.AttachmentLayout);
        Assert.Equal(11, Assert.Single(HeroCardsOf(card)).Buttons!.Count);
    }

    [Fact]
    public async Task Eight_leftover_suggested_actions_leave_a_channel_on_two_cards()
    {
        await using var instance = await StartAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = "How likely are you to recommend us?",
            SuggestedActions = new SuggestedActions { Actions = [.. Scale(1, 8).Select(c => CardAction.ImBack(c.Value, c.Value))] },
        });

        await instance.SendAsync(TeamsActivities.Message("channel", "<at>Parcel Helper</at> hi", TeamsActivities.OfBot())).Within();

        var sent = Assert.Single(instance.Connector.Sent);
        Assert.Null(sent.SuggestedActions);
        Assert.Null(sent.Text);
        Assert.Equal("list", sent.AttachmentLayout);
        var cards = HeroCardsOf(sent);
        Assert.Equal([6, 2], cards.Select(c => c.Buttons!.Count));
        Assert.Equal(["How likely are you to recommend us?", null], cards.Select(c => c.Text));
        Assert.All(cards.SelectMany(c => c.Buttons!), b => Assert.Equal(ActionTypes.MessageBack, b.Type));
    }

    [Fact]
    public async Task A_hero_card_with_more_than_six_buttons_is_split_in_a_channel_keeping_its_title_on_the_first()
    {
        var card = new HeroCard { Title = "Rate us", Text = "Pick a score", Buttons = [.. Scale(1, 7).Select(c => CardAction.ImBack(c.Value, c.Value))] };
        await using var instance = await StartAsync(new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] });

        await instance.SendAsync(TeamsActivities.Message("channel", "<at>Parcel Helper</at> hi", TeamsActivities.OfBot())).Within();

        var sent = Assert.Single(instance.Connector.Sent);
        Assert.Equal("list", sent.AttachmentLayout);
        var cards = HeroCardsOf(sent);
        Assert.Equal([("Rate us", "Pick a score", 6), (null, null, 1)], cards.Select(c => (c.Title, c.Text, c.Buttons!.Count)));
        Assert.All(cards.SelectMany(c => c.Buttons!), b => Assert.Equal(ActionTypes.MessageBack, b.Type));
    }

    private static Activity Question() => new() { Type = ActivityTypes.Message, Text = "Shall I go on?" };

    private static Choice[] Scale(int from, int to) =>
        [.. Enumerable.Range(from, to - from + 1).Select(n => new Choice(n.ToString(CultureInfo.InvariantCulture)))];

    private static List<HeroCard> HeroCardsOf(Activity message)
    {
        Assert.NotNull(message.Attachments);
        Assert.All(message.Attachments, a => Assert.Equal(ContentTypes.HeroCard, a.ContentType));
        return [.. message.Attachments.Select(a => a.Content!.Deserialize(ProtocolJsonContext.Default.HeroCard)!)];
    }

    private Task<RuntimeInstance> StartAsync(Activity reply) => RuntimeInstance.StartAsync(
        _database, (turn, ct) => turn.SendActivityAsync(reply with { }, ct), services: s => s.AddTurnMiddleware<TeamsMiddleware>());
}

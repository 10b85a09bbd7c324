using System.Text.Json.Nodes;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Teams;
using Bot.Runtime.Tests.Dialogs.Prompts;
using Bot.Runtime.Tests.Infrastructure;
using System.Text.Json;

namespace Bot.Runtime.Tests.Teams;

// Buttons in Teams group chats and channels: a click there carries no @mention, so every button must be a messageBack
// (text + value), which the mention gate lets in; personal chats keep their suggested actions.
public sealed class TeamsButtonsTests : IDisposable
{
    private static readonly Choice[] YesNo = [new("yes", Title: "Yes, please"), new("no", Title: "No, thanks")];

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public void Choices_in_a_shared_scope_are_a_card_of_message_back_buttons_answering_the_value(string conversationType)
    {
        var message = ChoiceFactory.Render(
            TeamsActivities.Message(conversationType, "hi"), Question(), YesNo, ListStyle.Auto, "en-US");

        Assert.Null(message.SuggestedActions);
        var card = HeroCardOf(message);
        Assert.Equal("Shall I go on?", card.Text);
        Assert.Equal(
            [("messageBack", "Yes, please", "yes", "Yes, please", "yes"), ("messageBack", "No, thanks", "no", "No, thanks", "no")],
            card.Buttons!.Select(b => (b.Type, b.Title, b.Text, b.DisplayText, (string?)b.Value![TeamsButtons.ChoiceProperty])));
    }

    [Fact]
    public void Suggested_actions_asked_for_in_a_channel_come_as_a_card_instead()
    {
        var message = ChoiceFactory.Render(
            TeamsActivities.Message("channel", "hi"), Question(), YesNo, ListStyle.SuggestedAction, "en-US");

        Assert.Null(message.SuggestedActions);
        Assert.All(HeroCardOf(message).Buttons!, b => Assert.Equal(ActionTypes.MessageBack, b.Type));
    }

    [Fact]
    public void Personal_chat_keeps_suggested_imBack_actions()
    {
        var message = ChoiceFactory.Render(
            TeamsActivities.Message("personal", "hi"), Question(), YesNo, ListStyle.Auto, "en-US");

        Assert.Null(message.Attachments);
        Assert.Equal([(ActionTypes.ImBack, "Yes, please"), (ActionTypes.ImBack, "No, thanks")],
            message.SuggestedActions!.Actions.Select(a => (a.Type, (string?)a.Value)));
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task Leftover_suggested_actions_leave_a_shared_scope_as_a_card_with_message_back_buttons(string conversationType)
    {
        await using var instance = await StartAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Anything else?",
            SuggestedActions = new SuggestedActions
            {
                Actions = [CardAction.ImBack("Track a parcel", "Track a parcel"), new CardAction { Type = ActionTypes.OpenUrl, Title = "Help", Value = "https://example.com/help" }],
            },
        });

        await instance.SendAsync(TeamsActivities.Message(conversationType, "<at>Parcel Helper</at> hi", TeamsActivities.OfBot())).Within();

        var sent = Assert.Single(instance.Connector.Sent);
        Assert.Null(sent.SuggestedActions);
        Assert.Null(sent.Text);
        var card = HeroCardOf(sent);
        Assert.Equal("Anything else?", card.Text);
        Assert.Equal(
            [(ActionTypes.MessageBack, "Track a parcel", "Track a parcel"), (ActionTypes.OpenUrl, "Help", null)],
            card.Buttons!.Select(b => (b.Type, b.Title, b.Text)));
        Assert.Equal("Track a parcel", (string?)card.Buttons![0].Value![TeamsButtons.ChoiceProperty]);
    }

    [Fact]
    public async Task ImBack_buttons_of_a_hero_card_become_message_back_in_a_channel()
    {
        var card = new HeroCard { Text = "Pick one", Buttons = [CardAction.ImBack("Complain", "Complain")] }.ToAttachment();
        await using var instance = await StartAsync(new Activity { Type = ActivityTypes.Message, Attachments = [card] });

        await instance.SendAsync(TeamsActivities.Message("channel", "<at>Parcel Helper</at> hi", TeamsActivities.OfBot())).Within();

        var button = Assert.Single(HeroCardOf(Assert.Single(instance.Connector.Sent)).Buttons!);
        Assert.Equal((ActionTypes.MessageBack, "Complain", "Complain", "Complain"), (button.Type, button.Title, button.Text, button.DisplayText));
    }

    [Fact]
    public async Task Personal_chat_replies_keep_their_suggested_actions()
    {
        await using var instance = await StartAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Anything else?",
            SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Track a parcel", "Track a parcel")] },
        });

        await instance.SendAsync(TeamsActivities.Message("personal", "hi")).Within();

        var sent = Assert.Single(instance.Connector.Sent);
        Assert.Equal("Anything else?", sent.Text);
        Assert.Null(sent.Attachments);
        Assert.Equal(ActionTypes.ImBack, Assert.Single(sent.SuggestedActions!.Actions).Type);
    }

    [Fact]
    public async Task A_clicked_message_back_in_a_channel_reaches_the_bot_with_its_text()
    {
        string? heard = null;
        await using var instance = await RuntimeInstance.StartAsync(_database, (turn, ct) =>
        {
            heard = turn.Activity.Text;
            return Task.CompletedTask;
        }, services: s => s.AddTurnMiddleware<TeamsMiddleware>());
        var click = TeamsActivities.Message("channel", "yes") with { Value = new JsonObject { [TeamsButtons.ChoiceProperty] = "yes" } };

        await instance.SendAsync(click).Within();

        Assert.Equal("yes", heard);
    }

    [Theory]
    [InlineData("Yes", "yes")]
    [InlineData("No", "no")]
    public async Task Confirm_prompt_in_a_channel_is_answered_by_clicking_its_button(string title, string expected)
    {
        await using var flow = PromptHostDialog.Flow(
            new ConfirmPrompt("confirm"), new PromptOptions { Prompt = PromptHostDialog.Text("Is the address right?") }, "en-US", Bot.Protocol.Schema.Channels.MsTeams);
        CardAction? clicked = null;

        await flow.Send(InChannel(flow, new Activity { Type = ActivityTypes.Message, Text = "hi" }))
            .AssertReply(reply =>
            {
                Assert.Null(reply.SuggestedActions);
                var card = HeroCardOf(reply);
                Assert.Equal("Is the address right?", card.Text);
                Assert.All(card.Buttons!, b => Assert.Equal(ActionTypes.MessageBack, b.Type));
                clicked = Assert.Single(card.Buttons!, b => b.Title == title);
            })
            .StartTestAsync();
        await flow.Send(InChannel(flow, new Activity { Type = ActivityTypes.Message, Text = clicked!.Text, Value = clicked.Value!.DeepClone() }))
            .AssertReply($"[result: {expected}]")
            .StartTestAsync();
    }

    private static Activity InChannel(Bot.Testing.DialogTestFlow flow, Activity activity) =>
        activity with { Conversation = new ConversationAccount(flow.ConversationId) { ConversationType = "channel", IsGroup = true } };

    private static Activity Question() => new() { Type = ActivityTypes.Message, Text = "Shall I go on?" };

    private static HeroCard HeroCardOf(Activity message)
    {
        var attachment = Assert.Single(message.Attachments ?? []);
        Assert.Equal(ContentTypes.HeroCard, attachment.ContentType);
        return attachment.Content!.Deserialize(ProtocolJsonContext.Default.HeroCard)!;
    }

    private Task<RuntimeInstance> StartAsync(Activity reply) => RuntimeInstance.StartAsync(
        _database, (turn, ct) => turn.SendActivityAsync(reply with { }, ct), services: s => s.AddTurnMiddleware<TeamsMiddleware>());
}

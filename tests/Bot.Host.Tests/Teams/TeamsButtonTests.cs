using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Teams;

// Issue 7 item 1: where Teams shows no suggested actions (group chats, channels) the bot's questions come as cards whose
// buttons come back to it although a click carries no @mention; personal chats keep their suggested actions.
public sealed class TeamsButtonTests : IAsyncLifetime
{
    private TeamsTestHost host = null!;

    public async Task InitializeAsync() => host = await TeamsTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Question_in_a_channel_is_a_card_whose_clicked_button_advances_the_dialog()
    {
        var thread = $"{TeamsActivityJson.TeamId};messageid=1700000000555";
        await host.PostAsync(InChannel(thread, TeamsActivityJson.Message(
            host.ServiceUrl, "channel", thread, "<at>Parcel Helper</at> where is SF1234567890123", mentionBot: true)));

        var complain = ButtonsOf(host.Sent[^1]).Single(b => (string?)b["title"] == "Make a complaint");
        TeamsCards.AssertButtonsWork(host.Sent, shared: true);
        var before = host.Sent.Count;

        await host.PostAsync(InChannel(thread, Click(host.ServiceUrl, "channel", thread, complain)));

        var answers = host.Sent.Skip(before).ToList();
        Assert.Equal(
            ["I'm sorry you've had trouble with us. Let me take down the details so the right team can put it right.",
                "Please tell me what happened, in your own words."],
            answers.Select(a => (string?)a["text"]));
        Assert.All(answers, a => Assert.Equal(thread, (string?)a["conversation"]!["id"]));
    }

    [Fact]
    public async Task Question_in_a_group_chat_is_a_card_whose_clicked_button_advances_the_dialog()
    {
        var chat = TeamsActivityJson.NewGroupChat();
        await host.PostAsync(TeamsActivityJson.Message(host.ServiceUrl, "groupChat", chat, "<at>Parcel Helper</at> where is SF1234567890123", mentionBot: true));

        var notify = ButtonsOf(host.Sent[^1]).Single(b => (string?)b["title"] == "Notify me");
        TeamsCards.AssertButtonsWork(host.Sent, shared: true);
        var before = host.Sent.Count;

        await host.PostAsync(Click(host.ServiceUrl, "groupChat", chat, notify));

        var replies = host.Sent.Skip(before).ToList();
        Assert.Contains(replies, r => (string?)r["text"] == "Done: I'll message you here when SF1234567890123 moves.");
        TeamsCards.AssertButtonsWork(replies, shared: true);
    }

    [Fact]
    public async Task Adaptive_card_submit_in_a_group_chat_is_understood_like_the_words_of_its_choice()
    {
        var chat = TeamsActivityJson.NewGroupChat();
        await host.PostAsync(TeamsActivityJson.Message(host.ServiceUrl, "groupChat", chat, "<at>Parcel Helper</at> where is SF1234567890123", mentionBot: true));
        var before = host.Sent.Count;

        // Action.Submit: Teams posts the action's data as the value, with no text and no mention.
        var submit = TeamsActivityJson.Message(host.ServiceUrl, "groupChat", chat, "");
        submit.Remove("text");
        submit["value"] = new JsonObject { ["choice"] = "notify" };
        await host.PostAsync(submit);

        Assert.Contains(host.Sent.Skip(before), r => (string?)r["text"] == "Done: I'll message you here when SF1234567890123 moves.");
    }

    [Fact]
    public async Task Menu_in_a_group_chat_is_a_card_of_message_back_buttons()
    {
        var chat = TeamsActivityJson.NewGroupChat();
        await host.PostAsync(TeamsActivityJson.Message(host.ServiceUrl, "groupChat", chat, "<at>Parcel Helper</at> menu", mentionBot: true));

        var track = ButtonsOf(host.Sent[^1]).Single(b => (string?)b["title"] == "Track a shipment");
        TeamsCards.AssertButtonsWork(host.Sent, shared: true);
        var before = host.Sent.Count;

        await host.PostAsync(Click(host.ServiceUrl, "groupChat", chat, track));

        Assert.Equal("Please type the tracking number of your shipment.", (string?)Assert.Single(host.Sent.Skip(before))["text"]);
    }

    [Fact]
    public async Task Personal_chat_still_gets_suggested_actions()
    {
        var conversation = TeamsActivityJson.NewPersonalConversation();

        await host.SayAsync(conversation, "where is RA123456789CN");

        var question = host.Sent[^1];
        var actions = question["suggestedActions"]!["actions"]!.AsArray();
        Assert.InRange(actions.Count, 1, 3);
        Assert.All(actions, a => Assert.Equal("imBack", (string?)a!["type"]));
        Assert.Equal(["See delivery details", "That's all, thanks"], actions.Select(a => (string?)a!["title"]));
        Assert.Null(question["attachments"]);
    }

    private static List<JsonObject> ButtonsOf(JsonObject message)
    {
        Assert.Null(message["suggestedActions"]);
        var buttons = TeamsCards.HeroButtonsOf([message]).ToList();
        Assert.NotEmpty(buttons);
        Assert.All(buttons, b => Assert.Equal("messageBack", (string?)b["type"]));
        return buttons;
    }

    // What Teams posts for a messageBack click: the button's text and value, its displayText shown, no mention.
    private static JsonObject Click(string serviceUrl, string conversationType, string conversation, JsonObject button)
    {
        var click = TeamsActivityJson.Message(serviceUrl, conversationType, conversation, (string)button["text"]!);
        click["value"] = button["value"]!.DeepClone();
        return click;
    }

    private static JsonObject InChannel(string thread, JsonObject activity)
    {
        activity["channelData"]!["team"] = new JsonObject { ["id"] = TeamsActivityJson.TeamId };
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = TeamsActivityJson.TeamId };
        Assert.Equal(thread, (string?)activity["conversation"]!["id"]);
        return activity;
    }
}

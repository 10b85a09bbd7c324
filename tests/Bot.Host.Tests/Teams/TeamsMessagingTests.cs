using System.Net;
using System.Text.Json.Nodes;
using Bot.Host.Tests.Infrastructure;
using Bot.Host.Tests.Messaging;
using Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.Teams;

// Teams-shaped traffic through POST /api/messages; the replies arrive at a fake Teams connector on loopback.
public sealed class TeamsMessagingTests : IAsyncLifetime
{
    private readonly BotHostFactory host = new();
    private readonly HeardTextRecorder heard = new();
    private FakeTeamsConnector teams = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        teams = await FakeTeamsConnector.StartAsync();
        client = host.WithServices(s => s.AddSingleton<IMiddleware>(heard)).CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
        await teams.DisposeAsync();
    }

    [Fact]
    public async Task Personal_message_is_answered_in_the_chat()
    {
        var conversation = TeamsActivityJson.NewPersonalConversation();
        var message = TeamsActivityJson.Message(teams.ServiceUrl, "personal", conversation, "where is my parcel?");

        await PostAsync(message);

        var reply = Assert.Single(teams.Requests);
        Assert.Equal("POST", reply.Method);
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(conversation)}/activities/{message["id"]}", reply.RawPath);
        Assert.Equal("Please type the tracking number of your shipment.", (string?)reply.Body!["text"]);
        Assert.Equal((string?)message["id"], (string?)reply.Body["replyToId"]);
        Assert.Equal(conversation, (string?)reply.Body["conversation"]!["id"]);
        Assert.Equal(TeamsActivityJson.BotId, (string?)reply.Body["from"]!["id"]);
        Assert.Equal("29:1user-li-wei", (string?)reply.Body["recipient"]!["id"]);
    }

    [Fact]
    public async Task Group_chat_message_without_a_mention_gets_no_reply()
    {
        var message = TeamsActivityJson.Message(teams.ServiceUrl, "groupChat", TeamsActivityJson.NewGroupChat(), "where is SF1234567890123");

        await PostAsync(message);

        Assert.Empty(heard.Texts);
        Assert.Empty(teams.Requests);
    }

    [Fact]
    public async Task Group_chat_message_with_the_mention_gets_a_tracking_answer()
    {
        var conversation = TeamsActivityJson.NewGroupChat();
        var message = TeamsActivityJson.Message(
            teams.ServiceUrl, "groupChat", conversation, "<at>Parcel Helper</at> where is SF1234567890123", mentionBot: true);

        await PostAsync(message);

        Assert.Equal("where is SF1234567890123", Assert.Single(heard.Texts));
        // The replies (the members API is asked who the sender is as well: a GET without a body).
        var replies = teams.Requests.Where(r => r.Method == "POST").ToList();
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.Equal(conversation, (string?)r.Body!["conversation"]!["id"]));
        var all = string.Join("\n", replies.Select(r => r.Body!.ToJsonString()));
        Assert.Contains("SF1234567890123", all, StringComparison.Ordinal);
        Assert.Contains("Wuhan", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Please type the tracking number", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channel_message_with_a_mention_is_answered_in_its_thread()
    {
        const string rootId = "1700000000123";
        var thread = $"{TeamsActivityJson.TeamId};messageid={rootId}";
        var message = TeamsActivityJson.Message(teams.ServiceUrl, "channel", thread, "<at>Parcel Helper</at> where is my parcel?", mentionBot: true);
        message["channelData"]!["team"] = new JsonObject { ["id"] = TeamsActivityJson.TeamId };
        message["channelData"]!["channel"] = new JsonObject { ["id"] = TeamsActivityJson.TeamId };

        await PostAsync(message);

        var reply = Assert.Single(teams.Requests);
        Assert.Equal("POST", reply.Method);
        // ReplyToActivity on the thread's conversation id, every reserved character escaped (PROTOCOL.md §3.3).
        Assert.Equal(
            $"/teams/v3/conversations/19%3Ateam-general%40thread.tacv2%3Bmessageid%3D{rootId}/activities/{message["id"]}",
            reply.RawPath);
        Assert.Equal(thread, (string?)reply.Body!["conversation"]!["id"]);
        Assert.Equal((string?)message["id"], (string?)reply.Body["replyToId"]);
        Assert.Equal("Please type the tracking number of your shipment.", (string?)reply.Body["text"]);
    }

    [Fact]
    public async Task Install_in_personal_scope_sends_the_welcome_with_the_menu()
    {
        var conversation = TeamsActivityJson.NewPersonalConversation();
        var install = TeamsActivityJson.Installed(teams.ServiceUrl, "personal", conversation, TeamsActivityJson.BotId, "29:1user-li-wei");

        await PostAsync(install);

        var welcome = Assert.Single(teams.Requests);
        // The menu is a hero card of imBack buttons, which Teams renders in every scope.
        var card = welcome.Body!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.hero", (string?)card["contentType"]);
        Assert.StartsWith("Hello! I'm the", (string?)card["content"]!["text"], StringComparison.Ordinal);
        Assert.Contains("Track a shipment", card["content"]!["buttons"]!.AsArray().Select(b => (string?)b!["title"]));
        Assert.Equal(conversation, (string?)welcome.Body["conversation"]!["id"]);
    }

    [Fact]
    public async Task Bot_added_to_a_team_introduces_itself_without_the_menu()
    {
        var install = TeamsActivityJson.Installed(teams.ServiceUrl, "channel", TeamsActivityJson.TeamId, TeamsActivityJson.BotId);

        await PostAsync(install);

        var introduction = Assert.Single(teams.Requests);
        var text = (string?)introduction.Body!["text"];
        Assert.Contains("@Parcel Helper", text, StringComparison.Ordinal);
        Assert.Null(introduction.Body["suggestedActions"]);
        Assert.Null(introduction.Body["attachments"]);
        Assert.Equal(TeamsActivityJson.TeamId, (string?)introduction.Body["conversation"]!["id"]);
    }

    [Fact]
    public async Task Bot_added_to_a_group_chat_introduces_itself_in_the_chats_language()
    {
        var chat = TeamsActivityJson.NewGroupChat();
        var install = TeamsActivityJson.Installed(teams.ServiceUrl, "groupChat", chat, TeamsActivityJson.BotId, "29:1user-li-wei");
        install["locale"] = "zh-CN";

        await PostAsync(install);

        var introduction = Assert.Single(teams.Requests);
        Assert.Contains("@Parcel Helper", (string?)introduction.Body!["text"], StringComparison.Ordinal);
        Assert.Contains("群聊", (string?)introduction.Body["text"], StringComparison.Ordinal);
        Assert.Null(introduction.Body["attachments"]);
        Assert.Equal(chat, (string?)introduction.Body["conversation"]!["id"]);
    }

    [Fact]
    public async Task Someone_else_joining_a_team_gets_no_message()
    {
        var joined = TeamsActivityJson.Installed(teams.ServiceUrl, "channel", TeamsActivityJson.TeamId, "29:1user-zhang-min");

        await PostAsync(joined);

        Assert.Empty(teams.Requests);
    }

    [Fact]
    public async Task Someone_else_joining_a_group_chat_gets_no_message()
    {
        var joined = TeamsActivityJson.Installed(teams.ServiceUrl, "groupChat", TeamsActivityJson.NewGroupChat(), "29:1user-zhang-min");

        await PostAsync(joined);

        Assert.Empty(teams.Requests);
    }

    private async Task PostAsync(JsonObject activity)
    {
        using var response = await client.PostAsync("/api/messages", ActivityJson.Content(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

using System.Net;
using System.Text.RegularExpressions;

namespace Bot.Host.Tests.Teams;

// Issue 7 item 1, proactive messages to Teams: a shipment update the customer asked for and a complaint's progress and
// closure question arrive in the Teams chat (SendToConversation at the stored service URL) after an operator's change.
public sealed partial class TeamsProactiveTests : IAsyncLifetime
{
    private TeamsTestHost host = null!;

    public async Task InitializeAsync() => host = await TeamsTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Shipment_update_the_user_asked_for_arrives_in_the_personal_chat_without_private_data()
    {
        const string number = "SF1098765432109";
        var conversation = TeamsActivityJson.NewPersonalConversation();
        await host.SayAsync(conversation, $"where is {number}");
        await host.SayAsync(conversation, "notify me");
        Assert.Contains(host.Sent, b => (string?)b["text"] == $"Done: I'll message you here when {number} moves.");

        var status = await host.OperateAsync($"/api/operations/shipments/{number}/events",
            """{"stage":"delivered","location":"Guangzhou Tianhe 广州天河","at":"2030-01-01T10:00:00+08:00","signedBy":"Deng Hui"}""");
        var update = await host.Teams.WaitForAsync(r => r.Method == "POST" && r.RawPath == Activities(conversation));

        Assert.Equal(HttpStatusCode.Created, status);
        var body = update.Body!;
        Assert.StartsWith($"Good news: {number} has been delivered", (string?)body["text"], StringComparison.Ordinal);
        Assert.Equal((conversation, TeamsActivityJson.BotId, "29:1user-li-wei"),
            ((string?)body["conversation"]!["id"], (string?)body["from"]!["id"], (string?)body["recipient"]!["id"]));
        var shown = TeamsTestHost.AllText([body]);
        Assert.Contains(number, shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Deng Hui", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("花城大道", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("137 9888", shown, StringComparison.Ordinal);
        Assert.All(TeamsCards.AdaptiveCardsOf([body]), TeamsCards.AssertRendersInTeams);
    }

    [Fact]
    public async Task Complaint_filed_in_Teams_gets_its_progress_and_the_closure_question_there()
    {
        var conversation = TeamsActivityJson.NewPersonalConversation();
        var reference = await FileComplaintAsync(conversation);

        var updated = await host.OperateAsync($"/api/operations/complaints/{reference}/updates",
            """{"text":"The driver has been contacted; redelivery tomorrow morning.","author":"Transport desk"}""");
        var progress = await host.Teams.WaitForAsync(r => r.RawPath == Activities(conversation) && Text(r).Contains("redelivery", StringComparison.Ordinal));
        var resolved = await host.OperateAsync($"/api/operations/complaints/{reference}/resolve",
            """{"resolution":"Redelivered and refunded the shipping fee.","compensation":{"kind":"Refund","amount":25.5}}""");
        var question = await host.Teams.WaitForAsync(r => r.RawPath == Activities(conversation) && Text(r) == "Are you satisfied with the result?");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (updated, resolved));
        Assert.Equal($"Update on your complaint {reference}: The driver has been contacted; redelivery tomorrow morning.", Text(progress));
        Assert.Contains(host.Teams.Accepted, r => r.RawPath == Activities(conversation) && Text(r) == $"Update on your complaint {reference}: it has been resolved.");
        var buttons = question.Body!["suggestedActions"]!["actions"]!.AsArray();
        Assert.Equal(["Satisfied", "Not satisfied"], buttons.Select(b => (string?)b!["title"]));

        await host.SayAsync(conversation, "Satisfied");

        Assert.Contains(host.Sent, b => (string?)b["text"] == $"Thank you for letting us know. Complaint {reference} is now closed.");
    }

    [Fact]
    public async Task Closure_question_in_a_group_chat_is_a_card_whose_button_closes_the_complaint()
    {
        var chat = TeamsActivityJson.NewGroupChat();
        var reference = await FileComplaintAsync(chat, "groupChat");

        await host.OperateAsync($"/api/operations/complaints/{reference}/resolve", """{"resolution":"Redelivered."}""");
        var question = await host.Teams.WaitForAsync(r => r.RawPath == Activities(chat)
            && TeamsCards.HeroButtonsOf([r.Body!]).Any(b => (string?)b["title"] == "Satisfied"));

        TeamsCards.AssertButtonsWork([question.Body!], shared: true);
        var satisfied = TeamsCards.HeroButtonsOf([question.Body!]).Single(b => (string?)b["title"] == "Satisfied");
        var click = TeamsActivityJson.Message(host.ServiceUrl, "groupChat", chat, (string)satisfied["text"]!);
        click["value"] = satisfied["value"]!.DeepClone();
        await host.PostAsync(click);

        Assert.Contains(host.Sent, b => (string?)b["text"] == $"Thank you for letting us know. Complaint {reference} is now closed.");
    }

    // The complaint dialog as a customer answers it (R1), in a personal chat or, @mentioning the bot, in a group chat.
    private async Task<string> FileComplaintAsync(string conversation, string conversationType = "personal")
    {
        string[] answers = ["Make a complaint", "The box arrived crushed", "none", "13800138000", "yes", "skip", "about 300", "yes", "skip"];
        foreach (var answer in answers)
        {
            var shared = conversationType != "personal";
            await host.PostAsync(TeamsActivityJson.Message(host.ServiceUrl, conversationType, conversation,
                shared ? $"<at>Parcel Helper</at> {answer}" : answer, mentionBot: shared));
        }
        var registered = host.Sent.Select(b => (string?)b["text"] ?? "").Select(t => Reference().Match(t)).LastOrDefault(m => m.Success);
        Assert.NotNull(registered);
        return registered.Value;
    }

    private static string Activities(string conversation) => $"/teams/v3/conversations/{Uri.EscapeDataString(conversation)}/activities";

    private static string Text(TeamsConnectorRequest request) => (string?)request.Body?["text"] ?? "";

    [GeneratedRegex(@"CMP-\d{4}-\d+")]
    private static partial Regex Reference();
}

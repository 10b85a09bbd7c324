using System.Text;
using Bot.Host.Operations;
using Bot.Host.Tests.DirectLine;

namespace Bot.Host.Tests.Operations;

// The whole path of "notify me": a web-chat customer subscribes to a shipment, the transport system posts a new scan to
// the operators' API, and the customer's conversation gets the update proactively (issue 5's "proactive notification
// after an imported event"), through the real dialogs, store, notifier and Direct Line.
public sealed class ImportedEventNotificationTests
{
    private const string Number = "SF1098765432109";

    [Fact]
    public async Task A_scan_posted_by_the_transport_system_reaches_the_subscribed_web_chat_conversation()
    {
        await using var factory = DirectLineTestClient.CreateHost().WithConfig("Operations:ApiKey", "imported-event-key");
        var client = new DirectLineTestClient(factory);
        var conversation = await client.StartAsync();
        var (id, token) = ((string)conversation["conversationId"]!, (string)conversation["token"]!);

        await client.SendMessageAsync(id, token, $"where is {Number}?", "c1");
        var subscribed = await client.SendMessageAsync(id, token, "notify me", "c2");
        var before = await BotTextsAfterAsync(client, id, token, subscribed);

        using var operations = factory.CreateClient();
        operations.DefaultRequestHeaders.Add(OperatorKeyFilter.HeaderName, "imported-event-key");
        const string scan = """{"stage":"delivered","location":"Guangzhou Tianhe 广州天河","at":"2030-01-01T10:00:00+08:00","signedBy":"Deng Hui"}""";
        using var posted = await operations.PostAsync(
            new Uri($"/api/operations/shipments/{Number}/events", UriKind.Relative), new StringContent(scan, Encoding.UTF8, "application/json"));
        posted.EnsureSuccessStatusCode();

        var after = await BotTextsAfterAsync(client, id, token, subscribed);
        var update = Assert.Single(after.Skip(before.Count));
        Assert.Contains(Number, update, StringComparison.Ordinal);
        Assert.DoesNotContain("Deng Hui", update, StringComparison.Ordinal); // no private details in a push
    }

    private static async Task<List<string>> BotTextsAfterAsync(DirectLineTestClient client, string id, string token, string activityId)
    {
        var all = DirectLineTestClient.Activities(await client.GetActivitiesAsync(id, token));
        var index = all.FindIndex(a => (string?)a["id"] == activityId);
        Assert.True(index >= 0);
        return [.. all.Skip(index + 1).Where(DirectLineTestClient.IsBotMessage).Select(a => (string?)a["text"] ?? "")];
    }
}

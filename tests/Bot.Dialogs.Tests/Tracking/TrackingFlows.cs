using System.Text.Json.Nodes;
using Bot.Dialogs.Main;
using Bot.Domain.Shipments;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Localization;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Dialogs.Tests.Tracking;

// Tracking conversations against the demo shipments (seeded relative to a fixed fake clock, so "late" and every time
// shown are known), and the tracking texts the tests expect, read from the same resources as the bot.
internal static class TrackingFlows
{
    /// <summary>The fake clock's now: Tuesday 10 March 2026, 10:00 in China (UTC+8).</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    // Demo shipments (src/Bot.Data/Demo/DemoShipments.cs) and the last four digits of their phones.
    public const string LateInTransit = "SF1234567890123";
    public const string Delivered = "RA123456789CN";
    public const string InException = "773012345678";
    public const string Created = "4300123456789";
    public const string OutForDelivery = "SF1098765432109";
    public const string Returned = "668812345678";
    public const string DeliveredConsigneeDigits = "7788";
    public const string DeliveredShipperDigits = "1234";

    /// <summary>The key account's Teams contact (Li Wei), who owns <see cref="Delivered"/>.</summary>
    public const string KeyAccountContact = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";

    private static readonly LocalizedText Strings =
        LocalizedText.For(typeof(CustomerServiceDialog).Assembly, "Bot.Dialogs.Resources.TrackingStrings");

    /// <summary>The customer-service bot with the demo data, a fake clock at <see cref="Now"/> and no survey after tracking.</summary>
    public static DialogTestFlow TrackingFlow(
        string locale = "en-US", string channelId = Channels.DirectLine, IDictionary<string, string?>? settings = null) =>
        DialogTestFlow.Create(services => Configure(services, settings), locale, channelId);

    /// <summary>The tracking dialog alone under <see cref="TrackingHarness"/>, which reports how it ended.</summary>
    public static DialogTestFlow Harness(string locale = "en-US", string channelId = Channels.DirectLine) =>
        DialogTestFlow.Create(services => Configure(services).AddDialogBot<TrackingHarness>(), locale, channelId);

    public static IServiceCollection Configure(IServiceCollection services, IDictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?> { ["Surveys:AfterTrackingRate"] = "0" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }
        return CustomerService.BotServices(services, configuration).AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
    }

    public static string TT(string name, string locale, params object?[] args) => Strings.Get(name, locale, args);

    public static string StageName(ShipmentStage stage, string locale) => TT(ShipmentStageGuide.For(stage).NameKey, locale);

    public static string[] Actions(string locale, params string[] names) => [.. names.Select(n => TT("Action" + n, locale))];

    /// <summary>A message from a Teams user with this AAD object id.</summary>
    public static Activity FromTeams(string text, string aadObjectId) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = TextFormats.Plain,
        From = new ChannelAccount("29:teams-user", "Li Wei", RoleTypes.User) { AadObjectId = aadObjectId },
    };

    /// <summary>Every text the Adaptive Card of a reply shows (text blocks, fact titles and values), one per line.</summary>
    public static string CardOf(Activity reply)
    {
        var card = Assert.Single(reply.Attachments ?? [], a => a.ContentType == ContentTypes.AdaptiveCard);
        var content = Assert.IsType<JsonObject>(card.Content);
        Assert.Equal("AdaptiveCard", content["type"]?.GetValue<string>());
        Assert.Equal("1.5", content["version"]?.GetValue<string>());
        return string.Join("\n", Texts(content["body"]));
    }

    /// <summary>The Adaptive Card of a reply as JSON text.</summary>
    public static string CardJsonOf(Activity reply) =>
        Assert.Single(reply.Attachments ?? [], a => a.ContentType == ContentTypes.AdaptiveCard).Content!.ToJsonString();

    /// <summary>The facts (title: value) the Adaptive Card of a reply shows.</summary>
    public static IReadOnlyList<string> FactsOf(Activity reply) =>
        [.. (reply.Attachments ?? []).Select(a => a.Content).OfType<JsonObject>()
            .SelectMany(c => Elements(c["body"])).Where(e => e["type"]?.GetValue<string>() == "FactSet")
            .SelectMany(f => f["facts"]!.AsArray().Select(x => $"{x!["title"]}: {x["value"]}"))];

    /// <summary>All a reply shows: its text and its card's texts.</summary>
    public static string Everything(Activity reply) =>
        reply.Text + "\n" + string.Join("\n", (reply.Attachments ?? []).Select(a => string.Join("\n", Texts(a.Content))));

    private static IEnumerable<JsonObject> Elements(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(Elements),
        JsonObject element => [element, .. element.Select(p => p.Value).SelectMany(Elements)],
        _ => [],
    };

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(Texts),
        JsonObject element => element.Where(p => p.Key is "text" or "title" or "value" or "body" or "facts" or "items")
            .SelectMany(p => Texts(p.Value)),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    /// <summary>The follow-up question after an answer, with these options.</summary>
    public static DialogTestFlow AssertFollowUp(this DialogTestFlow flow, string question, params string[] actions) =>
        flow.AssertFollowUpIn(flow.Locale, question, actions);

    /// <summary>The follow-up question in <paramref name="locale"/> (after the customer switched language).</summary>
    public static DialogTestFlow AssertFollowUpIn(this DialogTestFlow flow, string locale, string question, params string[] actions) =>
        flow.AssertReply(TT(question, locale)).AssertSuggestedActions(Actions(locale, actions));
}

using Bot.Dialogs.Main;
using Bot.Domain.Complaints;
using Bot.Protocol.Schema;
using Bot.Runtime.Localization;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Dialogs.Tests.Complaints;

// Complaint conversations against the demo data (seeded relative to a fake clock on a Friday afternoon in China), and
// the complaint texts the tests expect, read from the same resources as the bot.
internal static class ComplaintFlows
{
    /// <summary>The fake clock's now: Friday 6 June 2025, 15:00 in China (UTC+8).</summary>
    public static readonly DateTimeOffset Friday = new(2025, 6, 6, 15, 0, 0, TimeSpan.FromHours(8));

    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    // Demo shipments (src/Bot.Data/Demo) and their customers.
    public const string LateGeneral = "SF1234567890123";
    public const string KeyAccountOutForDelivery = "SF1098765432109";
    public const string KeyAccountDelivered = "RA123456789CN";
    public const string SuitableException = "773012345678";
    public const string GeneralCustomer = "CUST-1003";
    public const string SuitableCustomer = "CUST-1002";
    public const string KeyCustomer = "CUST-1001";

    /// <summary>The key account's Teams contact (Li Wei, phone on file +86 138 0013 8000).</summary>
    public const string KeyAccountContact = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";

    private static readonly LocalizedText Strings =
        LocalizedText.For(typeof(CustomerServiceDialog).Assembly, "Bot.Dialogs.Resources.ComplaintStrings");

    private static readonly LocalizedText Surveys =
        LocalizedText.For(typeof(CustomerServiceDialog).Assembly, "Bot.Dialogs.Resources.SurveyStrings");

    /// <summary>The customer-service bot with the demo data, a fake clock at <see cref="Friday"/> and no surveys unless asked.</summary>
    public static DialogTestFlow ComplaintFlow(
        string locale = "en-US", string channelId = Channels.DirectLine, IDictionary<string, string?>? settings = null) =>
        DialogTestFlow.Create(services => Configure(services, settings), locale, channelId);

    private static IServiceCollection Configure(IServiceCollection services, IDictionary<string, string?>? settings)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Surveys:AfterTrackingRate"] = "0",
            ["Surveys:AfterComplaintRate"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }
        return CustomerService.BotServices(services, configuration).AddSingleton<TimeProvider>(new FakeTimeProvider(Friday));
    }

    public static string C(string name, string locale, params object?[] args) => Strings.Get(name, locale, args);

    public static string S(string name, string locale, params object?[] args) => Surveys.Get(name, locale, args);

    /// <summary>A time as the bot shows it (local time in China with the offset).</summary>
    public static string Shown(DateTimeOffset time, string locale) =>
        C("TimeWithZone", locale, time.ToOffset(China).ToString(C("TimeFormat", locale), BotLocales.Culture(locale)), "+08:00");

    public static FakeTimeProvider Clock(IServiceProvider services) => (FakeTimeProvider)services.GetRequiredService<TimeProvider>();

    /// <summary>A message from a Teams user with this AAD object id.</summary>
    public static Activity FromTeams(string text, string aadObjectId) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = TextFormats.Plain,
        From = new ChannelAccount("29:teams-user", "Li Wei", RoleTypes.User) { AadObjectId = aadObjectId },
    };

    /// <summary>The next reply is this text, worked out when the step runs (e.g. with a reference learnt earlier in the flow).</summary>
    public static DialogTestFlow AssertReply(this DialogTestFlow flow, Func<string> expected) =>
        flow.AssertReply(reply => Assert.Equal(expected(), reply.Text), "a reply worked out when it arrives");

    /// <summary>Remembers the complaint reference of the "registered" reply, for later steps of the same flow.</summary>
    public static DialogTestFlow AssertRegistered(this DialogTestFlow flow, ComplaintHolder holder) =>
        flow.AssertReply(
            reply =>
            {
                var reference = reply.Text?.Split(' ', '，', '。').Select(w => w.Trim('.', ',')).FirstOrDefault(w => w.StartsWith("CMP-", StringComparison.Ordinal));
                Assert.True(ComplaintReference.TryParse(reference, out var parsed), $"No complaint reference in \"{reply.Text}\".");
                Assert.Equal(C("ComplaintRegistered", flow.Locale, parsed), reply.Text);
                holder.Reference = parsed;
            },
            "the complaint registered with its reference");
}

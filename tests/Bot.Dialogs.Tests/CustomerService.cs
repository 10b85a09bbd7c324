using Bot.Dialogs.Main;
using Bot.Language;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Interruptions;
using Bot.Runtime.Localization;
using Bot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Dialogs.Tests;

// The customer-service bot as the host registers it, and the texts the tests expect (read from the same resources).
internal static class CustomerService
{
    public const string BotName = "Parcel Helper";

    private static readonly LocalizedText Strings =
        LocalizedText.For(typeof(CustomerServiceDialog).Assembly, "Bot.Dialogs.Resources.CustomerServiceStrings");

    private static readonly LocalizedText Interruptions =
        LocalizedText.For(typeof(InterruptibleDialog).Assembly, "Bot.Runtime.Resources.InterruptionStrings");

    public static DialogTestFlow Flow(string locale = "en-US", string channelId = Channels.DirectLine) =>
        DialogTestFlow.Create(services => BotServices(services), locale, channelId);

    /// <summary>The customer-service bot as the host registers it, with these settings (configuration keys) on top.</summary>
    public static IServiceCollection BotServices(IServiceCollection services, IDictionary<string, string?>? settings = null) =>
        services
            .AddBotLocalization()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build())
            .AddOfflineLanguageUnderstanding()
            .Configure<CustomerServiceOptions>(o => o.Name = BotName)
            .AddCustomerService();

    public static string T(string name, string locale, params object?[] args) => Strings.Get(name, locale, args);

    public static string Interruption(string name, string locale) => Interruptions.Get(name, locale);

    public static string[] Menu(string locale) =>
        [T("MenuTrack", locale), T("MenuComplain", locale), T("MenuCheck", locale), T("MenuHuman", locale)];

    public static string Say(string locale, string english, string chinese) => locale == BotLocales.Chinese ? chinese : english;

    /// <summary>A new conversation, greeted, at the menu.</summary>
    public static DialogTestFlow Greeted(this DialogTestFlow flow) =>
        flow.SendConversationUpdate().AssertReply(T("Welcome", flow.Locale, BotName)).AssertSuggestedActions(Menu(flow.Locale));

    /// <summary>The menu again after a task.</summary>
    public static DialogTestFlow AssertMenuAgain(this DialogTestFlow flow, string? locale = null) =>
        flow.AssertReply(T("MenuAgain", locale ?? flow.Locale)).AssertSuggestedActions(Menu(locale ?? flow.Locale));

    /// <summary>From the menu into a complaint, at the parcels question.</summary>
    public static DialogTestFlow AtParcelsQuestion(this DialogTestFlow flow) =>
        flow.Greeted()
            .Send(T("MenuComplain", flow.Locale)).AssertReply(T("ComplaintApology", flow.Locale)).AssertReply(T("AskDescription", flow.Locale))
            .Send(Say(flow.Locale, "The box arrived crushed", "箱子送到时被压坏了")).AssertReply(T("AskParcels", flow.Locale));

    public static Activity Photo(string contentType = "image/jpeg") => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = contentType, ContentUrl = "http://127.0.0.1:9/photo", Name = "photo" }],
    };
}

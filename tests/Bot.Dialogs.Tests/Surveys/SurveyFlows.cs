using Bot.Data;
using Bot.Dialogs.Main;
using Bot.Dialogs.Surveys;
using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Surveys;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Localization;
using Bot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Dialogs.Tests.Surveys;

// Flows for the survey tests: the survey alone (SurveyHost) or inside the whole customer-service bot, every survey
// sampled unless a test says otherwise, on a fake clock (Friday 16 May 2025, 15:00 in Shanghai).
internal static class SurveyFlows
{
    public static readonly DateTimeOffset Now = new(2025, 5, 16, 15, 0, 0, TimeSpan.FromHours(8));

    private static readonly LocalizedText Strings = LocalizedText.For(typeof(SurveyDialog).Assembly, "Bot.Dialogs.Resources.SurveyStrings");

    public static DialogTestFlow Hosted(SurveyRequest request, string locale = "en-US", Action<SurveyOptions>? survey = null, string channelId = Channels.DirectLine) =>
        DialogTestFlow.Create(
            services => Configure(services, survey).AddSingleton(request).AddDialogBot<SurveyHost>(),
            locale,
            channelId);

    public static DialogTestFlow Bot(
        string locale = "en-US", Action<SurveyOptions>? survey = null, Action<CustomerServiceOptions>? main = null, IDictionary<string, string?>? settings = null) =>
        DialogTestFlow.Create(services => Configure(services, survey, main, settings), locale);

    public static string S(string name, string locale, params object?[] args) => Strings.Get(name, locale, args);

    public static string[] Scale(int min, int max, string locale) =>
        [.. Enumerable.Range(min, max - min + 1).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), S("SurveySkip", locale)];

    public static string Rating(string question, string locale) => S(question, locale);

    /// <summary>Consent given, at the first question.</summary>
    public static DialogTestFlow AtFirstQuestion(this DialogTestFlow flow) =>
        flow.Send("hi").AssertReply(S("SurveyConsent", flow.Locale)).AssertSuggestedActions(S("SurveyYes", flow.Locale), S("SurveyNotNow", flow.Locale))
            .Send(S("SurveyYes", flow.Locale)).AssertReply(S("SurveyHowTo", flow.Locale))
            .AssertReply(S("SurveyCsat", flow.Locale)).AssertSuggestedActions(Scale(1, 5, flow.Locale));

    /// <summary>In the whole bot: the late demo shipment tracked, "that's all", and the survey's consent question.</summary>
    public static DialogTestFlow AtConsent(this DialogTestFlow flow, string locale) =>
        flow.Greeted()
            .Send("SF1234567890123").AssertReplyContains("SF1234567890123").AssertReply(Main.OtherTexts.Tracking("FollowUpAttention", locale))
            .Send(Main.OtherTexts.Tracking("ActionDone", locale)).AssertReply(S("SurveyConsent", locale));

    public static async Task<IReadOnlyList<SurveyResponse>> ResponsesAsync(
        IServiceProvider services, string conversationId, CancellationToken ct, string channelId = Channels.DirectLine) =>
        await services.GetRequiredService<ISurveyStore>().ResponsesForAsync(new ConversationAddress(channelId, conversationId), ct);

    public static async Task<int> OffersAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync(ct);
        return await db.SurveyOffers.CountAsync(ct);
    }

    /// <summary>The references of the complaints opened from this conversation (the store also holds demo complaints).</summary>
    public static async Task<IReadOnlyList<ComplaintReference>> ComplaintsOfAsync(IServiceProvider services, string conversationId, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync(ct);
        var references = await db.Complaints.Where(c => c.ConversationId == conversationId).Select(c => c.Reference).ToListAsync(ct);
        return [.. references.Select(ComplaintReference.Parse)];
    }

    private static IServiceCollection Configure(
        IServiceCollection services, Action<SurveyOptions>? survey, Action<CustomerServiceOptions>? main = null, IDictionary<string, string?>? settings = null) =>
        CustomerService.BotServices(services, settings)
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Now))
            .Configure<CustomerServiceOptions>(o => main?.Invoke(o))
            .Configure<SurveyOptions>(o =>
            {
                o.AfterTrackingRate = 1.0;
                survey?.Invoke(o);
            });
}

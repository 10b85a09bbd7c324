using Bot.Testing;

namespace Bot.Dialogs.Tests.Main;

using static CustomerService;

// Steps of the person-offer tests: messages the menu does not understand, and the offer itself.
internal static class PersonOffer
{
    public static DialogTestFlow Misunderstood(this DialogTestFlow flow, int times)
    {
        for (var i = 1; i < times; i++)
        {
            flow.Send("qwzx").AssertReply(T("OutOfScope", flow.Locale)).AssertMenuAgain();
        }
        return flow.Send("qwzx").AssertReply(T("OutOfScope", flow.Locale)).AssertOffer(flow.Locale);
    }

    public static DialogTestFlow AssertOffer(this DialogTestFlow flow, string locale) =>
        flow.AssertReply(T("OfferPerson", locale)).AssertSuggestedActions(T("OfferPersonYes", locale), T("OfferPersonNo", locale));
}

using System.Text.Json;
using Bot.Dialogs.Tests.Complaints;
using Bot.Dialogs.Tests.Tracking;
using Bot.Protocol.Schema;
using Bot.Testing;

namespace Bot.Dialogs.Tests.Customers;

// Private details only in a personal chat (issue 7 review): in a Teams group chat or channel everyone reads the answer,
// so a known contact does not unlock the receiver, address and signer there, no phone-digits check is offered (digits
// typed there are read by all too), and the complaint's phone on file is used without being read out.
public sealed class SharedTeamsChatPrivacyTests
{
    private const string Address = "世纪大道";
    private const string Signer = "Zhou Qiang";
    private const string StrangerAad = "0b7e5a1c-2f4d-4e8a-9c3b-5d6e7f8a9b0c";
    private const string PhoneOnFile = "13800138000";

    [Fact]
    public async Task A_known_contact_in_a_personal_chat_still_sees_the_details()
    {
        await using var flow = TrackingFlows.TrackingFlow("en-US", Channels.MsTeams);

        await flow.Send(In("personal", flow, TrackingFlows.FromTeams($"where is {TrackingFlows.Delivered}", TrackingFlows.KeyAccountContact)))
            .AssertReply(reply =>
            {
                Assert.Contains(Address, TrackingFlows.Everything(reply));
                Assert.Contains(Signer, TrackingFlows.Everything(reply));
                Assert.DoesNotContain(TT("DetailsInPersonalChat"), TrackingFlows.Everything(reply));
            }, "the answer with the details")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task A_known_contact_in_a_channel_gets_the_public_view_and_is_pointed_to_a_personal_chat(string locale)
    {
        await using var flow = TrackingFlows.TrackingFlow(locale, Channels.MsTeams);

        var question = CustomerService.Say(locale, $"where is {TrackingFlows.Delivered}", $"{TrackingFlows.Delivered} 到哪里了");

        await flow.Send(In("channel", flow, TrackingFlows.FromTeams(question, TrackingFlows.KeyAccountContact)))
            .AssertReply(reply =>
            {
                var everything = TrackingFlows.Everything(reply);
                Assert.Contains(TrackingFlows.Delivered, everything);
                Assert.DoesNotContain(Address, everything);
                Assert.DoesNotContain(Signer, everything);
                Assert.DoesNotContain(TT("DetailsHint", locale), everything);
                Assert.Contains(TT("DetailsInPersonalChat", locale), TrackingFlows.CardOf(reply));
            }, "the public view with the personal-chat sentence")
            .AssertReply(FollowUpWithout(locale), "the follow-up without delivery details")
            .Send(In("channel", flow, TrackingFlows.FromTeams(TT("ActionDetails", locale), TrackingFlows.KeyAccountContact)))
            .AssertReply(TT("DetailsInPersonalChat", locale))
            .AssertReply(FollowUpWithout(locale), "the follow-up again, without a phone question")
            .StartTestAsync();

        Assert.DoesNotContain(flow.Connector.Sent, a => TrackingFlows.Everything(a).Contains(Address, StringComparison.Ordinal)
            || SaidBy(a) == TT("AskDigits", locale));
    }

    [Fact]
    public async Task An_anonymous_user_in_a_group_chat_is_not_asked_for_phone_digits()
    {
        await using var flow = TrackingFlows.TrackingFlow("en-US", Channels.MsTeams);

        await flow.Send(In("groupChat", flow, TrackingFlows.FromTeams($"where is {TrackingFlows.Delivered}", StrangerAad)))
            .AssertReply(reply =>
            {
                Assert.DoesNotContain(Address, TrackingFlows.Everything(reply));
                Assert.DoesNotContain(TT("DetailsHint"), TrackingFlows.Everything(reply));
                Assert.Contains(TT("DetailsInPersonalChat"), TrackingFlows.CardOf(reply));
            }, "the public view with the personal-chat sentence")
            .AssertReply(FollowUpWithout("en-US"), "the follow-up without delivery details")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_known_contact_complaining_in_a_channel_has_the_phone_on_file_used_without_reading_it_out()
    {
        await using var flow = ComplaintFlows.ComplaintFlow(channelId: Channels.MsTeams);
        var complaint = new ComplaintHolder();
        var damage = C("Category.DamageOrDeterioration");
        const string description = "The goods arrived damaged";

        await flow.Send(FromContact(flow, "Make a complaint"))
            .AssertReply(C("ComplaintApology")).AssertReply(C("AskDescription"))
            .Send(FromContact(flow, description)).AssertReply(C("AskWaybill"))
            .Send(FromContact(flow, ComplaintFlows.KeyAccountDelivered))
            .AssertReply(reply => Assert.Equal(C("CategoryConfirm", damage), SaidBy(reply)), "the category question, not the phone")
            .Send(FromContact(flow, "yes")).AssertReply(C("AskPhoto"))
            .Send(FromContact(flow, "skip")).AssertReply(C("AskValue"))
            .Send(FromContact(flow, "skip")).AssertReply(
                reply => Assert.Equal(
                    C("ConfirmFactsDamage", description, ComplaintFlows.KeyAccountDelivered, C("PhoneOnFileUnsaid"), damage,
                        C("Feeling.DamageOrDeterioration"), 0, C("ValueNotGiven")),
                    SaidBy(reply)),
                "the restatement naming the phone on file without its digits")
            .Send(FromContact(flow, "yes")).AssertReply(C("AskDesired"))
            .Send(FromContact(flow, "skip")).AssertRegistered(complaint)
            .Do("check the stored complaint", async (services, ct) =>
                Assert.Equal(PhoneOnFile, (await complaint.LoadAsync(services, ct)).Details.ContactPhone))
            .StartTestAsync();

        Assert.DoesNotContain(flow.Connector.Sent, a => TrackingFlows.Everything(a).Contains(PhoneOnFile, StringComparison.Ordinal));
    }

    private static Action<Activity> FollowUpWithout(string locale) => reply =>
    {
        var card = HeroCardOf(reply);
        Assert.Equal(TT("FollowUpAsk", locale), card.Text);
        Assert.Equal(TrackingFlows.Actions(locale, "Done"), card.Buttons!.Select(b => b.Title));
        Assert.All(card.Buttons!, b => Assert.Equal(ActionTypes.MessageBack, b.Type));
    };

    private static Activity In(string conversationType, DialogTestFlow flow, Activity activity) =>
        activity with
        {
            Conversation = new ConversationAccount(flow.ConversationId)
            {
                ConversationType = conversationType,
                IsGroup = conversationType == "personal" ? null : true,
            },
        };

    private static Activity FromContact(DialogTestFlow flow, string text) =>
        In("channel", flow, ComplaintFlows.FromTeams(text, ComplaintFlows.KeyAccountContact));

    // What the bot says: the text, or in a shared chat, where a question goes on the card of its buttons, the card's text.
    private static string? SaidBy(Activity reply) =>
        reply.Text ?? (reply.Attachments is [{ ContentType: ContentTypes.HeroCard }, ..] ? HeroCardOf(reply).Text : null);

    private static HeroCard HeroCardOf(Activity reply) =>
        Assert.Single(reply.Attachments ?? [], a => a.ContentType == ContentTypes.HeroCard).Content!.Deserialize(ProtocolJsonContext.Default.HeroCard)!;

    private static string TT(string name, string locale = "en-US") => TrackingFlows.TT(name, locale);

    private static string C(string name, params object?[] args) => ComplaintFlows.C(name, "en-US", args);
}

using Bot.Dialogs.Main;
using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Customers;
using Bot.Domain.Language;
using Bot.Runtime.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Dialogs.Tests.Tracking;

using static CustomerService;
using static TrackingFlows;

// A complaint resolved while the customer is looking at a shipment: the closure question comes over the tracking
// follow-up (the tracking dialog handles its own digressions), and the follow-up is asked again afterwards.
public sealed class TrackingClosureTests
{
    private static readonly LocalizedText Complaints =
        LocalizedText.For(typeof(CustomerServiceDialog).Assembly, "Bot.Dialogs.Resources.ComplaintStrings");

    [Fact]
    public async Task A_resolution_arriving_during_tracking_asks_the_closure_question_on_top()
    {
        await using var flow = TrackingFlow(settings: new Dictionary<string, string?> { ["Surveys:AfterComplaintRate"] = "0" });
        ComplaintReference? reference = null;

        await flow.Greeted()
            .Do("a complaint of this conversation", async (services, ct) =>
            {
                var complaint = await services.GetRequiredService<IComplaintStore>().CreateAsync(new NewComplaint(
                    Now, flow.ChannelId, new ConversationAddress(flow.ChannelId, flow.ConversationId), flow.Locale, "CUST-1003",
                    CustomerTier.General, "13800138000", null, ComplaintCategory.Delay, "My parcel is late", "My parcel is late", null,
                    Now.AddDays(2), Department.Transport), ct);
                reference = complaint.Reference;
            })
            .Send(OutForDelivery).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .Do("an operator resolves it", async (services, ct) =>
            {
                var store = services.GetRequiredService<IComplaintStore>();
                var complaint = await store.FindAsync(reference!, ct) ?? throw new InvalidOperationException("The complaint is missing.");
                complaint.Resolve(new ComplaintResolution("We redelivered the goods.", Compensation.None, "A truck broke down.", Now));
                await store.SaveAsync(complaint, ct);
                await services.GetRequiredService<IComplaintNotifier>().ComplaintChangedAsync(complaint, ComplaintChange.Resolved, ct);
            })
            .AssertReply(reply => Assert.Equal(Complaints.Get("ResolvedNotice", "en-US", reference), reply.Text), "the resolution notice")
            .AssertReply(reply => Assert.Contains("We redelivered the goods.", reply.Text), "the resolution")
            .AssertReply(Complaints.Get("AskSatisfied", "en-US"))
            .StartTestAsync();
    }
}

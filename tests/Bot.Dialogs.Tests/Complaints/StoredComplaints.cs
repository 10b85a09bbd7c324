using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Customers;
using Bot.Domain.Language;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Dialogs.Tests.Complaints;

// Complaints put straight into the store (as another conversation or an operator would), and what operators do to them.
internal static class StoredComplaints
{
    public static readonly DateTimeOffset TuesdayAt13 = new(2025, 6, 10, 13, 0, 0, ComplaintFlows.China);

    public static readonly ComplaintResolution Refund =
        new("We redelivered the goods and refunded the shipping fee.", new Compensation(CompensationKind.Refund, 200m), "A truck broke down in Wuhan.", ComplaintFlows.Friday);

    /// <summary>Stores a delay complaint opened now in this flow's conversation (or none), promised by <paramref name="promisedBy"/>.</summary>
    public static DialogTestFlow Stored(this DialogTestFlow flow, ComplaintHolder holder, DateTimeOffset? promisedBy = null, bool inThisConversation = true) =>
        flow.Do("store a complaint", async (services, ct) =>
        {
            var complaint = await services.GetRequiredService<IComplaintStore>().CreateAsync(
                new NewComplaint(
                    ComplaintFlows.Friday, flow.ChannelId, inThisConversation ? new ConversationAddress(flow.ChannelId, flow.ConversationId) : null,
                    flow.Locale, ComplaintFlows.GeneralCustomer, CustomerTier.General, "13800138000", null, ComplaintCategory.Delay,
                    "My parcel is late", "My parcel is late", null, promisedBy ?? TuesdayAt13, Department.Transport),
                ct);
            holder.Reference = complaint.Reference;
        });

    /// <summary>An operator changes the complaint (and saves it), then the notifier is told, as the operations API does.</summary>
    public static DialogTestFlow Changed(this DialogTestFlow flow, ComplaintHolder holder, ComplaintChange change, Action<Complaint> act) =>
        flow.Do($"the complaint is {change}", async (services, ct) =>
        {
            var complaint = await holder.LoadAsync(services, ct);
            act(complaint);
            await services.GetRequiredService<IComplaintStore>().SaveAsync(complaint, ct);
            await services.GetRequiredService<IComplaintNotifier>().ComplaintChangedAsync(complaint, change, ct);
        });

    public static DialogTestFlow Resolved(this DialogTestFlow flow, ComplaintHolder holder) =>
        flow.Changed(holder, ComplaintChange.Resolved, c => c.Resolve(Refund));

    /// <summary>The resolution as the closure question shows it.</summary>
    public static string ResolutionShown(string locale) =>
        string.Join("\n",
            ComplaintFlows.C("ResolutionSummary", locale, Refund.Summary),
            ComplaintFlows.C("Compensation.Refund", locale, ComplaintFlows.C("Amount", locale, "200")),
            ComplaintFlows.C("ResolutionCause", locale, Refund.RootCause));
}

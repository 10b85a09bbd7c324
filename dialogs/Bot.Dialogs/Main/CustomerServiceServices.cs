using Bot.Dialogs.Complaints;
using Bot.Dialogs.Customers;
using Bot.Dialogs.Surveys;
using Bot.Dialogs.Tracking;
using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Handoff;
using Bot.Domain.Language;
using Bot.Domain.Shipments;
using Bot.Domain.Surveys;
using Bot.Runtime.Channels;
using Microsoft.Extensions.Options;

namespace Bot.Dialogs.Main;

/// <summary>What the customer-service dialogs read and write: understanding, the shared store's ports, the clock and options.</summary>
public sealed class CustomerServiceServices(
    ILanguageUnderstanding language,
    IComplaintClassifier classifier,
    IShipmentStore shipments,
    ICustomerStore customers,
    IComplaintStore complaints,
    ISurveyStore surveys,
    ITrackingSubscriptionStore subscriptions,
    TimeProvider time,
    IOptions<CustomerServiceOptions> options,
    IOptions<TrackingOptions> tracking,
    IOptions<ComplaintOptions> complaint,
    IOptions<SurveyOptions> survey,
    IConversationMembers members,
    IHandoffRequests? handoff = null)
{
    public ILanguageUnderstanding Language { get; } = language;

    public IComplaintClassifier Classifier { get; } = classifier;

    public IShipmentStore Shipments { get; } = shipments;

    public ICustomerStore Customers { get; } = customers;

    /// <summary>The known customer contact writing in a turn (use this, not the store, to identify the sender).</summary>
    public CustomerContactResolver Contacts { get; } = new(customers, members);

    public IComplaintStore Complaints { get; } = complaints;

    public ISurveyStore Surveys { get; } = surveys;

    public ITrackingSubscriptionStore Subscriptions { get; } = subscriptions;

    public TimeProvider Time { get; } = time;

    public CustomerServiceOptions Options { get; } = options.Value;

    public TrackingOptions Tracking { get; } = tracking.Value;

    public ComplaintOptions Complaint { get; } = complaint.Value;

    public SurveyOptions Survey { get; } = survey.Value;

    /// <summary>The host's handoff to people; null where none is registered (then the bot says no agent can join).</summary>
    public IHandoffRequests? Handoff { get; } = handoff;
}

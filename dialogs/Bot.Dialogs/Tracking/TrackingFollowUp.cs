namespace Bot.Dialogs.Tracking;

/// <summary>
/// What the customer can do after a tracking answer, kept with the follow-up question: the numbers found and not found,
/// the first shipment that is late or in exception (<see cref="Attention"/>, the subject of a complaint), the ones that can
/// still be subscribed to, the ones whose private details are not shown yet, and whether a person should be offered.
/// </summary>
internal sealed record TrackingFollowUp(
    IReadOnlyList<string> Found,
    IReadOnlyList<string> Unknown,
    string? Attention,
    IReadOnlyList<string> Notifiable,
    IReadOnlyList<string> Subscribed,
    IReadOnlyList<string> Private,
    bool OfferPerson = false)
{
    /// <summary>The shipment a complaint or a person would be about.</summary>
    public string? Subject => Attention ?? (Found.Count > 0 ? Found[0] : null);

    /// <summary>The options shown as buttons, in this order.</summary>
    public IReadOnlyList<string> Offered()
    {
        var offered = new List<string>();
        if (Attention is not null)
        {
            offered.Add(TrackingActions.Complain);
        }
        if (Attention is not null || OfferPerson)
        {
            offered.Add(TrackingActions.Person);
        }
        if (Notifiable.Count > 0)
        {
            offered.Add(TrackingActions.Notify);
        }
        if (Private.Count > 0)
        {
            offered.Add(TrackingActions.Details);
        }
        if (Unknown.Count > 0)
        {
            offered.Add(TrackingActions.Another);
        }
        offered.Add(TrackingActions.Done);
        return offered;
    }

    /// <summary>The question asked with the options.</summary>
    public string Question =>
        Attention is not null ? Notifiable.Count > 0 ? "FollowUpAttention" : "FollowUpAttentionNoNotify"
        : Found.Count == 0 ? "FollowUpUnknown"
        : "FollowUpAsk";
}

using Bot.Protocol.Schema;
using Bot.Runtime.Channels;

namespace Bot.Runtime.Turns;

/// <summary>
/// One turn: the inbound activity, the way replies leave, and hooks middleware can put on sends, updates and deletes.
/// </summary>
public sealed class TurnContext(Activity activity, IChannelConnector connector)
{
    private readonly List<SendActivitiesHandler> _onSend = [];
    private readonly List<UpdateActivityHandler> _onUpdate = [];
    private readonly List<DeleteActivityHandler> _onDelete = [];

    public Activity Activity { get; } = activity;

    public IChannelConnector Connector { get; } = connector;

    /// <summary>True once a non-trace activity has been sent this turn (prompts use it to decide on re-prompting).</summary>
    public bool Responded { get; private set; }

    /// <summary>Values that live for this turn only (loaded state, recognizer results, ...).</summary>
    public Dictionary<string, object> TurnState { get; } = new(StringComparer.Ordinal);

    /// <summary>Set by the bot to answer an invoke activity on the HTTP response.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>
    /// Set by middleware when the inbound activity was not meant for the bot (a Teams channel or group message without its
    /// @mention): the turn still commits, but that activity is not kept in the transcript.
    /// </summary>
    public bool NotForBot { get; set; }

    public TurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _onSend.Add(handler);
        return this;
    }

    public TurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        _onUpdate.Add(handler);
        return this;
    }

    public TurnContext OnDeleteActivity(DeleteActivityHandler handler)
    {
        _onDelete.Add(handler);
        return this;
    }

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Plain }, cancellationToken);

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken);
        return responses.Count > 0 ? responses[0] : new ResourceResponse(null);
    }

    public Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var reference = Activity.GetConversationReference();
        var addressed = activities.Select(a => a.ApplyConversationReference(reference)).ToList();
        return RunSendPipelineAsync(addressed, 0, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.ApplyConversationReference(Activity.GetConversationReference(), isReply: false);
        return RunUpdatePipelineAsync(activity, 0, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken) =>
        RunDeletePipelineAsync(Activity.GetConversationReference(), activityId, 0, cancellationToken);

    private Task<IReadOnlyList<ResourceResponse>> RunSendPipelineAsync(List<Activity> activities, int index, CancellationToken cancellationToken)
    {
        if (index < _onSend.Count)
        {
            return _onSend[index](this, activities, () => RunSendPipelineAsync(activities, index + 1, cancellationToken), cancellationToken);
        }
        return SendThroughConnectorAsync(activities, cancellationToken);
    }

    private async Task<IReadOnlyList<ResourceResponse>> SendThroughConnectorAsync(List<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>(activities.Count);
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.InvokeResponse)
            {
                InvokeResponse = activity.Value is null ? new InvokeResponse(200) : ToInvokeResponse(activity);
                responses.Add(new ResourceResponse(null));
                continue;
            }
            responses.Add(await Connector.SendAsync(activity, cancellationToken));
            if (activity.Type != ActivityTypes.Trace)
            {
                Responded = true;
            }
        }
        return responses;
    }

    private static InvokeResponse ToInvokeResponse(Activity activity)
    {
        var value = activity.Value!.AsObject();
        var status = value.TryGetPropertyValue("status", out var s) && s is not null ? s.GetValue<int>() : 200;
        value.TryGetPropertyValue("body", out var body);
        return new InvokeResponse(status, body?.DeepClone());
    }

    private Task<ResourceResponse> RunUpdatePipelineAsync(Activity activity, int index, CancellationToken cancellationToken) =>
        index < _onUpdate.Count
            ? _onUpdate[index](this, activity, () => RunUpdatePipelineAsync(activity, index + 1, cancellationToken), cancellationToken)
            : Connector.UpdateAsync(activity, cancellationToken);

    private Task RunDeletePipelineAsync(ConversationReference reference, string activityId, int index, CancellationToken cancellationToken) =>
        index < _onDelete.Count
            ? _onDelete[index](this, reference, activityId, () => RunDeletePipelineAsync(reference, activityId, index + 1, cancellationToken), cancellationToken)
            : Connector.DeleteAsync(reference, activityId, cancellationToken);
}

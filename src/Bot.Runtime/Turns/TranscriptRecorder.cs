using Bot.Protocol.Schema;
using Bot.Runtime.Storage;

namespace Bot.Runtime.Turns;

/// <summary>Collects one turn's transcript rows: the inbound activity and everything the bot sent, updated or deleted.</summary>
internal sealed class TranscriptRecorder(TimeProvider time)
{
    private readonly List<TranscriptRecord> _records = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<TranscriptRecord> Records => _records;

    public void Attach(TurnContext turnContext)
    {
        turnContext.OnSendActivities(async (context, activities, next, cancellationToken) =>
        {
            var responses = await next();
            // The connector stamped the channel's ids; store the activity under the id the channel gave it.
            for (var i = 0; i < activities.Count && i < responses.Count; i++)
            {
                if (activities[i].Type != ActivityTypes.InvokeResponse)
                {
                    Add(activities[i] with { Id = responses[i].Id ?? activities[i].Id }, TranscriptRecord.Outbound);
                }
            }
            return responses;
        });
        turnContext.OnUpdateActivity(async (context, activity, next, cancellationToken) =>
        {
            var response = await next();
            Add(activity with { Type = ActivityTypes.MessageUpdate, Id = response.Id ?? activity.Id }, TranscriptRecord.Outbound);
            return response;
        });
        turnContext.OnDeleteActivity(async (context, reference, activityId, next, cancellationToken) =>
        {
            await next();
            var deleted = new Activity { Type = ActivityTypes.MessageDelete, Id = activityId }
                .ApplyConversationReference(reference, isReply: false);
            Add(deleted, TranscriptRecord.Outbound);
        });
    }

    public void AddInbound(Activity activity) => Add(activity, TranscriptRecord.Inbound);

    private void Add(Activity activity, string direction)
    {
        var record = new TranscriptRecord(
            activity.ChannelId ?? "",
            activity.Conversation?.Id ?? "",
            activity.Id,
            direction,
            activity.Type ?? "",
            activity.From?.Id,
            activity.From?.Role,
            activity.Timestamp ?? time.GetUtcNow(),
            ProtocolJson.Serialize(activity));
        lock (_gate)
        {
            _records.Add(record);
        }
    }
}

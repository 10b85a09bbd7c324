using Bot.Protocol.Schema;
using Bot.Runtime.Channels;
using Bot.Runtime.Leases;
using Bot.Runtime.State;
using Bot.Runtime.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Runtime.Turns;

/// <summary>
/// Runs one inbound activity as a turn: the conversation lease, dedupe, state, middleware, the bot, transcript,
/// then one commit. Channel endpoints resolve it from DI and pass the connector their replies should leave through.
/// </summary>
public sealed class TurnProcessor(
    ConversationLeaseManager leases,
    ITurnStore store,
    IEnumerable<BotState> states,
    IEnumerable<IMiddleware> middleware,
    IBot bot,
    TurnErrorHandler errors,
    IOptions<RuntimeOptions> options,
    TimeProvider time,
    ILogger<TurnProcessor> log)
{
    private readonly BotState[] _states = [.. states];
    private readonly IMiddleware[] _middleware = [.. middleware];
    private readonly TurnCommitter _committer = new(store, states, options, time, log);

    /// <summary>
    /// Runs the turn. Returns <see cref="TurnStatus.Duplicate"/> without running anything when the activity id was
    /// already processed. Exceptions of middleware and the bot end in the turn-error handler (the turn still commits);
    /// what escapes is a store failure, <see cref="ConversationBusyException"/> or cancellation.
    /// </summary>
    /// <exception cref="ArgumentException">The activity lacks type, channelId or conversation.id.</exception>
    public async Task<TurnResult> ProcessAsync(Activity activity, IChannelConnector connector, CancellationToken cancellationToken)
    {
        var (channelId, conversationId) = Validate(activity);
        ArgumentNullException.ThrowIfNull(connector);
        var conversationKey = StorageKeys.Conversation(channelId, conversationId);
        var processedKey = activity.Id is { Length: > 0 } id ? StorageKeys.ProcessedActivity(channelId, conversationId, id) : null;

        await using var lease = await leases.AcquireAsync(conversationKey, cancellationToken);
        var turnContext = new TurnContext(activity, connector);
        // Checked under the lease, so two deliveries of one activity cannot both get past it.
        if (await LoadAsync(turnContext, processedKey, cancellationToken))
        {
            RuntimeLog.DuplicateActivity(log, activity.Id!, conversationKey);
            return new TurnResult(TurnStatus.Duplicate);
        }

        var transcript = new TranscriptRecorder(time);
        transcript.AddInbound(activity);
        transcript.Attach(turnContext);
        try
        {
            await RunPipelineAsync(turnContext, 0, bot.OnTurnAsync, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await errors.HandleAsync(turnContext, ex, cancellationToken);
        }

        var conversation = new ConversationUpsert(conversationKey, activity.GetConversationReference(), activity.CallerId is not null);
        // Replies have left already: the record of this turn must land even if the caller gave up waiting.
        var records = turnContext.NotForBot ? [.. transcript.Records.Where(r => r.Direction != TranscriptRecord.Inbound)] : transcript.Records;
        await _committer.CommitAsync(turnContext, lease, processedKey, records, conversation, CancellationToken.None);
        return new TurnResult(TurnStatus.Completed, turnContext.InvokeResponse);
    }

    /// <summary>
    /// A proactive turn on a synthetic activity: lease, state, middleware, <paramref name="callback"/>, commit. An
    /// exception of the callback reaches the caller and nothing of the turn is committed.
    /// </summary>
    internal async Task ContinueAsync(
        Activity activity, IChannelConnector connector, Func<TurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        var (channelId, conversationId) = Validate(activity);
        await using var lease = await leases.AcquireAsync(StorageKeys.Conversation(channelId, conversationId), cancellationToken);
        var turnContext = new TurnContext(activity, connector);
        await LoadAsync(turnContext, null, cancellationToken);
        var transcript = new TranscriptRecorder(time);
        transcript.Attach(turnContext);
        await RunPipelineAsync(turnContext, 0, callback, cancellationToken);
        await _committer.CommitAsync(turnContext, lease, null, transcript.Records, null, CancellationToken.None);
    }

    private async Task<bool> LoadAsync(TurnContext turnContext, string? processedKey, CancellationToken cancellationToken)
    {
        var keys = new string?[_states.Length];
        var present = new List<string>(_states.Length);
        for (var i = 0; i < _states.Length; i++)
        {
            keys[i] = _states[i].GetStorageKey(turnContext.Activity);
            if (keys[i] is { } key)
            {
                present.Add(key);
            }
        }
        var snapshot = await store.LoadAsync(processedKey, present, cancellationToken);
        if (snapshot.AlreadyProcessed)
        {
            return true;
        }
        for (var i = 0; i < _states.Length; i++)
        {
            if (keys[i] is { } key)
            {
                _states[i].Attach(turnContext, new StateDocument(key, Find(snapshot.States, key)));
            }
        }
        return false;
    }

    private static StoredState? Find(IReadOnlyList<StoredState> states, string key)
    {
        foreach (var state in states)
        {
            if (state.Key == key)
            {
                return state;
            }
        }
        return null;
    }

    private Task RunPipelineAsync(
        TurnContext turnContext, int index, Func<TurnContext, CancellationToken, Task> logic, CancellationToken cancellationToken) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(turnContext, next => RunPipelineAsync(turnContext, index + 1, logic, next), cancellationToken)
            : logic(turnContext, cancellationToken);

    private static (string ChannelId, string ConversationId) Validate(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Type))
        {
            throw new ArgumentException("The activity has no type.", nameof(activity));
        }
        if (string.IsNullOrEmpty(activity.ChannelId))
        {
            throw new ArgumentException("The activity has no channelId.", nameof(activity));
        }
        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            throw new ArgumentException("The activity has no conversation.id.", nameof(activity));
        }
        return (activity.ChannelId, activity.Conversation.Id);
    }
}

using System.Text.Json;
using Bot.Protocol.Schema;

namespace Bot.Host.DirectLine;

/// <summary>Sending an activity and polling for activities.</summary>
internal static class DirectLineActivitiesApi
{
    private const int PageSize = 500;
    private const int MaxTypeLength = 64;

    public static void MapDirectLineActivities(this RouteGroupBuilder group)
    {
        group.MapPost("/conversations/{conversationId}/activities", PostAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetAsync);
    }

    private static async Task<IResult> PostAsync(
        string conversationId,
        HttpRequest request,
        DirectLineAuthorizer authorizer,
        DirectLineStore store,
        DirectLineConversationService conversations,
        CancellationToken ct)
    {
        var (caller, error) = await authorizer.AuthorizeAsync(DirectLineAuthorizer.ReadBearer(request), conversationId);
        if (caller is null)
        {
            return error!;
        }
        var body = await DirectLineRequests.ReadBodyAsync(request, DirectLineRequests.MaxActivityBytes, ct);
        if (body is null)
        {
            return DirectLineErrors.TooLarge("Activities are limited to 256 KB.");
        }
        var (activity, invalid) = Parse(body);
        if (activity is null)
        {
            return invalid!;
        }
        var (userId, refused) = await DirectLineConversationsApi.PrepareConversationAsync(
            caller, conversationId, activity.From?.Id, request, store, conversations, ct);
        if (userId is null)
        {
            return refused!;
        }
        conversations.StampFromClient(activity, conversationId, userId, DirectLineRequests.BaseUrl(request));
        var (id, botAccepted) = await conversations.PostAsync(conversationId, activity, ct);
        return botAccepted ? DirectLineConversationsApi.Accepted(id) : DirectLineErrors.BotRejected();
    }

    internal static (Activity? Activity, IResult? Error) Parse(ReadOnlySpan<byte> json)
    {
        Activity? activity;
        try
        {
            // Activities are read only with ProtocolJsonContext; a non-string text fails here (it would crash Web Chat).
            activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadRequest("The activity is not valid JSON or has fields of the wrong type."));
        }
        if (activity is null)
        {
            return (null, DirectLineErrors.BadRequest("The activity is missing."));
        }
        if (string.IsNullOrWhiteSpace(activity.Type) || activity.Type.Length > MaxTypeLength)
        {
            return (null, DirectLineErrors.BadRequest("The activity has no type."));
        }
        return (activity, null);
    }

    // Never a 5xx for a live conversation: one failed poll stops Web Chat's polling for good (WEBCHAT.md §4).
    private static async Task<IResult> GetAsync(
        string conversationId,
        string? watermark,
        HttpRequest request,
        DirectLineAuthorizer authorizer,
        DirectLineStore store,
        ILogger<DirectLineChannel> logger,
        CancellationToken ct)
    {
        var (caller, error) = await authorizer.AuthorizeAsync(DirectLineAuthorizer.ReadBearer(request), conversationId);
        if (caller is null)
        {
            return error!;
        }
        var after = ActivitySetWriter.ParseWatermark(watermark);
        IReadOnlyList<DirectLineEntry> entries;
        try
        {
            if (caller.IsSecret && await store.FindConversationAsync(conversationId, ct) is null)
            {
                return DirectLineErrors.NotFound();
            }
            entries = await store.ReadAfterAsync(conversationId, after, PageSize, ct);
        }
        catch (Exception exception) when (!ct.IsCancellationRequested)
        {
            DirectLineLog.PollFailed(logger, exception, conversationId, watermark);
            entries = [];
        }
        var next = entries.Count > 0 ? entries[^1].Sequence!.Value : after;
        return TypedResults.Bytes(ActivitySetWriter.Write(entries, ActivitySetWriter.Watermark(next)), "application/json");
    }
}

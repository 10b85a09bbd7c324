using Bot.Protocol.Schema;

namespace Bot.Host.DirectLine;

/// <summary>Start, reconnect, and the session-id helper of DirectLineJS.</summary>
internal static class DirectLineConversationsApi
{
    private const int MaxUserIdLength = 200;

    public static void MapDirectLineConversations(this RouteGroupBuilder group)
    {
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/session/getsessionid", () =>
            TypedResults.Json(new DirectLineSessionResponse(""), DirectLineJsonContext.Default.DirectLineSessionResponse));
    }

    private static async Task<IResult> StartAsync(
        HttpRequest request,
        DirectLineAuthorizer authorizer,
        DirectLineTokenService tokens,
        DirectLineConversationService conversations,
        CancellationToken ct)
    {
        var (caller, error) = await authorizer.AuthenticateAsync(DirectLineAuthorizer.ReadBearer(request));
        if (caller is null)
        {
            return error!;
        }
        var (parameters, bodyError) = await DirectLineRequests.ReadOptionalJsonAsync(request, DirectLineJsonContext.Default.DirectLineTokenParameters, ct);
        if (bodyError is not null)
        {
            return bodyError;
        }
        // A token's user wins; the body's user id (DirectLineJS setUserId) counts only when the caller has none.
        var requestedUser = parameters?.User?.Id is { Length: > 0 and <= MaxUserIdLength } id ? id : null;
        var (conversationId, userId) = caller.Token is { } token
            ? (token.ConversationId, token.UserId)
            : (DirectLineIds.NewConversationId(), requestedUser ?? DirectLineIds.NewUserId());

        var started = await conversations.StartAsync(conversationId, userId, parameters?.Locale, DirectLineRequests.BaseUrl(request), ct);
        var issued = tokens.Issue(conversationId, userId);
        var body = new DirectLineConversationResponse(
            conversationId, issued, tokens.ExpiresInSeconds, DirectLineRequests.StreamUrl(request, conversationId, "-", issued));
        return started
            ? TypedResults.Json(body, DirectLineJsonContext.Default.DirectLineConversationResponse, statusCode: StatusCodes.Status201Created)
            : TypedResults.Json(body, DirectLineJsonContext.Default.DirectLineConversationResponse);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId,
        string? watermark,
        HttpRequest request,
        DirectLineAuthorizer authorizer,
        DirectLineTokenService tokens,
        DirectLineStore store,
        DirectLineConversationService conversations,
        CancellationToken ct)
    {
        var (caller, error) = await authorizer.AuthorizeAsync(DirectLineAuthorizer.ReadBearer(request), conversationId);
        if (caller is null)
        {
            return error!;
        }
        var conversation = await store.FindConversationAsync(conversationId, ct);
        string userId;
        if (caller.Token is { } token)
        {
            userId = token.UserId;
            // A client created with a token and a conversation id skips POST /conversations; start it here instead.
            if (conversation is not { Started: true })
            {
                await conversations.StartAsync(conversationId, userId, null, DirectLineRequests.BaseUrl(request), ct);
            }
        }
        else if (conversation is null)
        {
            return DirectLineErrors.NotFound();
        }
        else
        {
            userId = conversation.UserId ?? DirectLineIds.NewUserId();
        }
        var issued = tokens.Issue(conversationId, userId);
        var streamWatermark = string.IsNullOrEmpty(watermark) ? "-" : watermark;
        return TypedResults.Json(
            new DirectLineConversationResponse(
                conversationId, issued, tokens.ExpiresInSeconds, DirectLineRequests.StreamUrl(request, conversationId, streamWatermark, issued)),
            DirectLineJsonContext.Default.DirectLineConversationResponse);
    }

    /// <summary>Resolves who the conversation's user is for a caller, starting the conversation on a token's first use.</summary>
    internal static async Task<(string? UserId, IResult? Error)> PrepareConversationAsync(
        DirectLineCaller caller,
        string conversationId,
        string? claimedUserId,
        HttpRequest request,
        DirectLineStore store,
        DirectLineConversationService conversations,
        CancellationToken ct)
    {
        var conversation = await store.FindConversationAsync(conversationId, ct);
        if (caller.Token is { } token)
        {
            if (conversation is not { Started: true })
            {
                // As Azure does: a conversation used before it was started greets the bot first.
                await conversations.StartAsync(conversationId, token.UserId, null, DirectLineRequests.BaseUrl(request), ct);
            }
            return (token.UserId, null);
        }
        if (conversation is null)
        {
            return (null, DirectLineErrors.NotFound());
        }
        var userId = claimedUserId is { Length: > 0 and <= MaxUserIdLength } claimed ? claimed : conversation.UserId;
        return userId is null
            ? (null, DirectLineErrors.BadRequest("The activity has no from.id."))
            : (userId, null);
    }

    internal static IResult Accepted(string id) =>
        TypedResults.Json(new ResourceResponse(id), ProtocolJsonContext.Default.ResourceResponse);
}

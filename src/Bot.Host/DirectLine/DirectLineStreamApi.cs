namespace Bot.Host.DirectLine;

/// <summary>The WebSocket stream: replay after the watermark, then live ActivitySets and empty keep-alive frames.</summary>
internal static class DirectLineStreamApi
{
    public static void MapDirectLineStream(this RouteGroupBuilder group) =>
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);

    private static async Task<IResult> StreamAsync(
        string conversationId,
        string? watermark,
        string? t,
        HttpContext context,
        DirectLineAuthorizer authorizer,
        DirectLineStore store,
        DirectLineStreamSession session,
        CancellationToken ct)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadRequest("This endpoint expects a WebSocket upgrade.");
        }
        // The stream URL carries a token, never the secret (URLs end up in logs).
        if (t is not null && authorizer.IsSecret(t))
        {
            return DirectLineErrors.Forbidden("Use a token in the stream URL.");
        }
        var (caller, error) = await authorizer.AuthorizeAsync(t, conversationId);
        if (caller is null)
        {
            return error!;
        }
        if (await store.FindConversationAsync(conversationId, ct) is null)
        {
            return DirectLineErrors.NotFound();
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await session.RunAsync(socket, conversationId, ActivitySetWriter.ParseWatermark(watermark), ct);
        return TypedResults.Empty;
    }
}

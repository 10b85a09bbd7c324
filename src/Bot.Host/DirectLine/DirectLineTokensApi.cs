using Microsoft.AspNetCore.Http.HttpResults;

namespace Bot.Host.DirectLine;

/// <summary><c>/tokens/generate</c>, <c>/tokens/refresh</c> and the web chat page's own <c>/api/webchat/token</c>.</summary>
internal static class DirectLineTokensApi
{
    public const string WebChatTokenRateLimit = "webchat-token";

    public static void MapDirectLineTokens(this RouteGroupBuilder group)
    {
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", RefreshAsync);
    }

    public static void MapWebChatToken(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/webchat/token", WebChatTokenAsync).RequireRateLimiting(WebChatTokenRateLimit);

    private static async Task<IResult> GenerateAsync(
        HttpRequest request, DirectLineAuthorizer authorizer, DirectLineTokenService tokens, CancellationToken ct)
    {
        var credential = DirectLineAuthorizer.ReadBearer(request);
        if (!authorizer.HasSecret)
        {
            return DirectLineErrors.Forbidden("Token generation is disabled: no Direct Line secret is configured.");
        }
        if (credential is null)
        {
            return DirectLineErrors.MissingAuthorization();
        }
        if (!authorizer.IsSecret(credential))
        {
            return DirectLineErrors.Forbidden("Tokens are generated with the Direct Line secret only.");
        }
        var (parameters, error) = await DirectLineRequests.ReadOptionalJsonAsync(request, DirectLineJsonContext.Default.DirectLineTokenParameters, ct);
        if (error is not null)
        {
            return error;
        }
        var conversationId = DirectLineIds.NewConversationId();
        var userId = DirectLineIds.NormalizeTokenUserId(parameters?.User?.Id) ?? DirectLineIds.NewUserId();
        return Conversation(conversationId, tokens.Issue(conversationId, userId), tokens);
    }

    private static async Task<IResult> RefreshAsync(HttpRequest request, DirectLineAuthorizer authorizer, DirectLineTokenService tokens)
    {
        var (caller, error) = await authorizer.AuthenticateAsync(DirectLineAuthorizer.ReadBearer(request));
        if (caller is not { Token: { } token })
        {
            return error ?? DirectLineErrors.Forbidden("Only a token can be refreshed.");
        }
        return Conversation(token.ConversationId, tokens.Issue(token.ConversationId, token.UserId), tokens);
    }

    // Same-origin, no secret: rate-limited per client IP. A still-valid previous token keeps its conversation,
    // so reloading the page continues the chat instead of starting over.
    private static async Task<IResult> WebChatTokenAsync(HttpRequest request, DirectLineTokenService tokens, CancellationToken ct)
    {
        var (body, error) = await DirectLineRequests.ReadOptionalJsonAsync(request, DirectLineJsonContext.Default.WebChatTokenRequest, ct);
        if (error is not null)
        {
            return error;
        }
        var previous = body?.Token is { Length: > 0 } old ? await tokens.ValidateAsync(old) : default;
        var (conversationId, userId) = previous is (DirectLineTokenStatus.Valid, { } token)
            ? (token.ConversationId, token.UserId)
            : (DirectLineIds.NewConversationId(), DirectLineIds.NewUserId());
        return TypedResults.Json(
            new WebChatTokenResponse(conversationId, tokens.Issue(conversationId, userId), tokens.ExpiresInSeconds, userId),
            DirectLineJsonContext.Default.WebChatTokenResponse);
    }

    private static JsonHttpResult<DirectLineConversationResponse> Conversation(string conversationId, string token, DirectLineTokenService tokens) =>
        TypedResults.Json(
            new DirectLineConversationResponse(conversationId, token, tokens.ExpiresInSeconds),
            DirectLineJsonContext.Default.DirectLineConversationResponse);
}

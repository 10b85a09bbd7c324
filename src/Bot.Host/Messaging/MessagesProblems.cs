namespace Bot.Host.Messaging;

/// <summary>The ProblemDetails answers of <c>POST /api/messages</c>.</summary>
internal static class MessagesProblems
{
    public static IResult BadActivity(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity");

    public static IResult TooLarge(int maxBytes) =>
        TypedResults.Problem($"The activity is larger than {maxBytes} bytes.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large");

    public static IResult Unauthorized(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Problem("A valid Bot Framework bearer token is required.",
            statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
    }

    public static IResult Forbidden() =>
        TypedResults.Problem("This bot has no app id, so it only accepts requests from this machine.",
            statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static IResult ConversationBusy(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "1";
        return TypedResults.Problem("The conversation is busy; retry shortly.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "Conversation busy");
    }
}

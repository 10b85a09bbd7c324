using Bot.Protocol.Schema;

namespace Bot.Host.DirectLine;

/// <summary>Direct Line answers errors as Azure does, <c>{ "error": { "code", "message" } }</c> (a client contract, not ProblemDetails).</summary>
internal static class DirectLineErrors
{
    public static IResult MissingAuthorization() =>
        Error(StatusCodes.Status401Unauthorized, "BadArgument", "Missing or malformed Authorization header.");

    public static IResult TokenExpired() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired.");

    public static IResult Forbidden(string message = "The token or secret is not valid for this operation.") =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", message);

    public static IResult NotFound(string message = "Conversation not found.") =>
        Error(StatusCodes.Status404NotFound, "BadArgument", message);

    public static IResult BadRequest(string message) =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult TooLarge(string message) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);

    public static IResult UnsupportedMediaType(string message) =>
        Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument", message);

    public static IResult BotRejected() =>
        Error(StatusCodes.Status502BadGateway, "BotRejectedActivity", "Failed to send activity: bot returned an error.");

    public static IResult Error(int status, string code, string message) =>
        TypedResults.Json(ErrorResponse.Of(code, message), ProtocolJsonContext.Default.ErrorResponse, statusCode: status);
}

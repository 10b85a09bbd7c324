namespace Bot.Protocol.Schema;

/// <summary>The Bot Framework error body: <c>{ "error": { "code", "message" } }</c>.</summary>
public sealed record ErrorResponse(ErrorDetail Error)
{
    public static ErrorResponse Of(string code, string message) => new(new ErrorDetail(code, message));
}

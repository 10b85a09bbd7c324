using Bot.Host.Handoff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.SignalR;

namespace Bot.Host.AgentDesk;

// A refused desk action as the hub (HubException "code: message") and the HTTP API (ProblemDetails) say it.
internal static class DeskErrors
{
    public static string Code(DeskActionError error) => error switch
    {
        DeskActionError.NotFound => "not-found",
        DeskActionError.NotYours => "not-yours",
        DeskActionError.InvalidState => "invalid-state",
        DeskActionError.DeliveryFailed => "delivery-failed",
        _ => "invalid-input",
    };

    public static string Message(DeskActionError error) => error switch
    {
        DeskActionError.NotFound => "There is no such conversation.",
        DeskActionError.NotYours => "This conversation is assigned to another agent.",
        DeskActionError.InvalidState => "The conversation's state does not allow this now.",
        DeskActionError.DeliveryFailed => "The customer's channel could not be reached; nothing was sent. Try again.",
        _ => "The request is not valid.",
    };

    public static HubException Hub(DeskActionError error, string? message = null) => new($"{Code(error)}: {message ?? Message(error)}");

    public static ProblemHttpResult Problem(DeskActionError error) => TypedResults.Problem(
        statusCode: error switch
        {
            DeskActionError.NotFound => StatusCodes.Status404NotFound,
            DeskActionError.NotYours => StatusCodes.Status403Forbidden,
            DeskActionError.InvalidState => StatusCodes.Status409Conflict,
            DeskActionError.DeliveryFailed => StatusCodes.Status502BadGateway,
            _ => StatusCodes.Status400BadRequest,
        },
        title: Message(error),
        type: Code(error));
}

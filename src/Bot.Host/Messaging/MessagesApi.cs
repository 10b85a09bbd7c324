using Bot.Protocol.Connector;
using Bot.Protocol.Schema;
using Bot.Runtime.Leases;
using Bot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace Bot.Host.Messaging;

/// <summary>The Bot Connector messaging endpoint <c>POST /api/messages</c> (PROTOCOL.md §2).</summary>
internal static class MessagesApi
{
    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", PostActivityAsync)
            .WithName("PostActivity");
        return app;
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext http,
        MessagesCallerPolicy callers,
        TurnProcessor turns,
        IOptions<MessagingOptions> options,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (callers.Admit(http) is { } refused)
        {
            return refused;
        }

        var (activity, rejection, reason) = await ActivityRequestReader.ReadAsync(http.Request, options.Value.MaxActivityBytes, cancellationToken);
        if (activity is null)
        {
            var logger = loggers.CreateLogger(typeof(MessagesApi));
            MessagingLog.BadActivity(logger, reason!);
            return rejection!;
        }

        if (await callers.AuthenticateAsync(http, activity, cancellationToken) is { } unauthorized)
        {
            return unauthorized;
        }

        try
        {
            if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
            {
                return await RunWithExpectedRepliesAsync(activity, turns, time, cancellationToken);
            }

            var connector = new ConnectorChannelConnector(http.RequestServices.GetRequiredService<ConnectorClient>(), activity.ServiceUrl!);
            var result = await turns.ProcessAsync(activity, connector, cancellationToken);
            return activity.Type == ActivityTypes.Invoke && result.Status == TurnStatus.Completed
                ? InvokeResult(result.InvokeResponse)
                : TypedResults.Ok();
        }
        catch (ConversationBusyException exception)
        {
            var logger = loggers.CreateLogger(typeof(MessagesApi));
            MessagingLog.ConversationBusy(logger, exception.ConversationKey);
            return MessagesProblems.ConversationBusy(http);
        }
    }

    private static async Task<IResult> RunWithExpectedRepliesAsync(
        Activity activity, TurnProcessor turns, TimeProvider time, CancellationToken cancellationToken)
    {
        var buffer = new BufferedRepliesConnector(time);
        var result = await turns.ProcessAsync(activity, buffer, cancellationToken);
        var replies = result.Status == TurnStatus.Duplicate ? [] : buffer.Replies;
        return TypedResults.Json(new ExpectedReplies(replies), ProtocolJsonContext.Default.ExpectedReplies);
    }

    // The invoke answer is the HTTP response itself: its status, and its body as the JSON body (PROTOCOL.md §2.3).
    private static IResult InvokeResult(InvokeResponse? invoke) => invoke switch
    {
        null => TypedResults.StatusCode(StatusCodes.Status501NotImplemented),
        { Body: null } => TypedResults.StatusCode(invoke.Status),
        _ => TypedResults.Text(invoke.Body.ToJsonString(), "application/json", System.Text.Encoding.UTF8, invoke.Status),
    };
}

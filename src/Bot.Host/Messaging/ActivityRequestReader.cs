using System.Buffers;
using System.Text.Json;
using Bot.Protocol.Schema;

namespace Bot.Host.Messaging;

/// <summary>Reads and checks the activity in a <c>POST /api/messages</c> body; every defect is a 4xx, never a 500.</summary>
internal static class ActivityRequestReader
{
    public static async Task<(Activity? Activity, IResult? Rejection, string? Reason)> ReadAsync(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            if (read.Buffer.Length > maxBytes)
            {
                reader.AdvanceTo(read.Buffer.End);
                return TooLarge(maxBytes);
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                try
                {
                    return Check(Parse(read.Buffer));
                }
                catch (JsonException)
                {
                    return Rejected("The body is not a JSON activity.");
                }
                finally
                {
                    reader.AdvanceTo(read.Buffer.End);
                }
            }

            // Nothing consumed yet: ask for more data until the whole body is buffered.
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    private static Activity? Parse(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        var json = new Utf8JsonReader(body);
        return JsonSerializer.Deserialize(ref json, ProtocolJsonContext.Default.Activity);
    }

    private static (Activity?, IResult?, string?) TooLarge(int maxBytes) =>
        (null, MessagesProblems.TooLarge(maxBytes), "body too large");

    private static (Activity?, IResult?, string?) Rejected(string problem) =>
        (null, MessagesProblems.BadActivity(problem), problem);

    private static (Activity?, IResult?, string?) Check(Activity? activity)
    {
        var problem = activity switch
        {
            null => "The body must be a JSON activity.",
            { Type: null or "" } => "The activity has no type.",
            { ChannelId: null or "" } => "The activity has no channelId.",
            { Conversation.Id: null or "" } or { Conversation: null } => "The activity has no conversation.id.",
            { ServiceUrl: { Length: > 0 } url } when !IsHttpUrl(url) => "The activity's serviceUrl is not an http(s) URL.",
            { ServiceUrl: null or "" } when activity.DeliveryMode != DeliveryModes.ExpectReplies =>
                "The activity has no serviceUrl to send replies to.",
            _ => null,
        };
        return problem is null ? (activity, null, null) : Rejected(problem);
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

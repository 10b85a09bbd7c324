using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Bot.LoadClient;

/// <summary>
/// The default mode: activities with <c>deliveryMode: expectReplies</c>, so one HTTP request is one whole turn and the
/// replies come back in its response.
/// </summary>
internal sealed class ExpectRepliesDriver(HttpClient http, Uri url, string run) : ITurnDriver
{
    public string Describes => "expectReplies: one POST /api/messages round trip per turn";

    public async Task<TurnOutcome> RunTurnAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        var conversationId = $"load-{run}-{request.Worker}-{request.Conversation}";
        var body = $$"""
            {"type":"message","id":"{{conversationId}}-{{request.Turn}}","channelId":"loadtest","serviceUrl":"http://127.0.0.1:1/",
             "deliveryMode":"expectReplies","conversation":{"id":"{{conversationId}}"},
             "from":{"id":"user-{{request.Worker}}","role":"user"},"recipient":{"id":"bot","role":"bot"},
             "locale":"en-US","text":"{{request.Text}}"}
            """;
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var start = Stopwatch.GetTimestamp();
        var ok = false;
        var replies = 0;
        try
        {
            using var response = await http.PostAsync(url, content, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.IsSuccessStatusCode && RepliesIn(bytes) is { } count)
            {
                ok = true;
                replies = count;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Refused or timed out: counted as an error below.
        }
        var end = Stopwatch.GetTimestamp();
        return new TurnOutcome(ok, start, end, end, replies);
    }

    public void EndConversation(TurnRequest lastTurn)
    {
    }

    private static int? RepliesIn(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("activities", out var activities)
                && activities.ValueKind == JsonValueKind.Array
                ? activities.GetArrayLength()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Bot.LoadClient;

/// <summary>
/// <c>--mode teams</c>: personal-chat activities shaped like the Teams channel's (no deliveryMode), whose replies the
/// bot posts to the <see cref="TeamsConnectorSink"/> as it would to Teams. A turn lasts from sending the POST until the
/// sink has the turn's last reply; the host sends replies inside the request, so they have all arrived when
/// <c>/api/messages</c> answers — a turn with no reply by then is an error, and replies arriving later are counted apart.
/// </summary>
internal sealed class TeamsDriver(HttpClient http, Uri url, string run, TeamsConnectorSink sink) : ITurnDriver
{
    private const string TenantId = "b0a7b0a7-0000-4000-8000-000000000001";
    private long _attributed;

    public string Describes => "teams: POST sent until the Teams connector sink has the turn's last reply";

    /// <summary>Replies the sink received after <c>/api/messages</c> had answered for their turn.</summary>
    public long LateReplies => sink.Replies - Interlocked.Read(ref _attributed);

    public async Task<TurnOutcome> RunTurnAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        var conversationId = ConversationId(request);
        var userId = $"29:1load-{run}-{request.Worker}";
        var aadObjectId = $"{run}-0000-4000-8000-{request.Worker.ToString("D12", CultureInfo.InvariantCulture)}";
        var timestamp = TimeProvider.System.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var body = $$"""
            {"type":"message","id":"1load-{{run}}-{{request.Worker}}-{{request.Conversation}}-{{request.Turn}}",
             "timestamp":"{{timestamp}}","channelId":"msteams","serviceUrl":"{{sink.ServiceUrl}}",
             "from":{"id":"{{userId}}","name":"Load User {{request.Worker}}","aadObjectId":"{{aadObjectId}}"},
             "conversation":{"conversationType":"personal","tenantId":"{{TenantId}}","id":"{{conversationId}}"},
             "recipient":{"id":"28:bot","name":"Bot"},"textFormat":"plain","locale":"en-US","text":"{{request.Text}}",
             "entities":[{"type":"clientInfo","locale":"en-US","country":"US","platform":"Web","timezone":"Etc/UTC"}],
             "channelData":{"tenant":{"id":"{{TenantId}}"} } }
            """;
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var (before, _) = sink.RepliesOf(conversationId);
        var start = Stopwatch.GetTimestamp();
        var answeredOk = false;
        try
        {
            using var response = await http.PostAsync(url, content, cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            answeredOk = response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Refused or timed out: counted as an error below.
        }
        var answered = Stopwatch.GetTimestamp();
        var (after, lastAt) = sink.RepliesOf(conversationId);
        var replies = after - before;
        Interlocked.Add(ref _attributed, replies);
        return new TurnOutcome(answeredOk && replies > 0, start, replies > 0 ? lastAt : answered, answered, replies);
    }

    public void EndConversation(TurnRequest lastTurn) => sink.Forget(ConversationId(lastTurn));

    private string ConversationId(TurnRequest request) => $"a:1load-{run}-{request.Worker}-{request.Conversation}";
}

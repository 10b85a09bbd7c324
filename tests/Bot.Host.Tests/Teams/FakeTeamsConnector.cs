using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.Teams;

/// <summary>
/// The Teams Bot Connector service on loopback: records every call under <c>/v3/</c> (with the raw path to check escaping
/// and threading) and answers like Teams — a new message id for a send, the thread id for a new channel conversation,
/// roster members for the members API (404 for an unknown member), and 429 with Retry-After while throttling.
/// </summary>
internal sealed class FakeTeamsConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<TeamsConnectorRequest> requests = new();
    private readonly ConcurrentDictionary<string, JsonObject> members = new(StringComparer.Ordinal);
    private readonly List<(Func<TeamsConnectorRequest, bool> Match, TaskCompletionSource<TeamsConnectorRequest> Done)> waiters = [];
    private int nextId;
    private int throttle;
    private int retryAfterSeconds = 1;
    private int membersFailure;

    private FakeTeamsConnector(WebApplication app) => this.app = app;

    /// <summary>The service URL to put on inbound activities, with a path and trailing slash like Teams' regional ones.</summary>
    public string ServiceUrl => app.Urls.Single() + "/teams/";

    /// <summary>Everything received so far (throttled attempts included, with status 429).</summary>
    public IReadOnlyList<TeamsConnectorRequest> Requests => [.. requests];

    /// <summary>The calls that were accepted (not throttled).</summary>
    public IReadOnlyList<TeamsConnectorRequest> Accepted => [.. requests.Where(r => r.Status < 300)];

    public static async Task<FakeTeamsConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new FakeTeamsConnector(builder.Build());
        connector.app.Map("/teams/v3/{**rest}", (Func<HttpContext, Task<IResult>>)connector.HandleAsync);
        await connector.app.StartAsync();
        return connector;
    }

    /// <summary>Adds a roster member (a Teams channel account: id, name, aadObjectId, email, userPrincipalName, ...).</summary>
    public void AddMember(JsonObject member) => members[(string)member["id"]!] = member;

    /// <summary>The next <paramref name="count"/> sends, replies and updates are answered 429 with Retry-After.</summary>
    public void ThrottleNext(int count, int retryAfter = 1)
    {
        retryAfterSeconds = retryAfter;
        Interlocked.Exchange(ref throttle, count);
    }

    /// <summary>From now on the members API answers every lookup of one member with <paramref name="status"/> (e.g. 500).</summary>
    public void FailMemberLookups(int status) => Volatile.Write(ref membersFailure, status);

    /// <summary>The first call (already received or still to come) that matches, or a TimeoutException.</summary>
    public Task<TeamsConnectorRequest> WaitForAsync(Func<TeamsConnectorRequest, bool> match, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource<TeamsConnectorRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (waiters)
        {
            if (requests.FirstOrDefault(r => r.Status < 300 && match(r)) is { } seen)
            {
                return Task.FromResult(seen);
            }
            waiters.Add((match, done));
        }
        return done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(20));
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        var body = http.Request.ContentLength is > 0 || http.Request.Headers.ContentType.Count > 0
            ? await JsonNode.ParseAsync(http.Request.Body) as JsonObject
            : null;
        var rawPath = http.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var path = http.Request.Path.Value!;
        var method = http.Request.Method;
        var segments = path["/teams/v3/".Length..].Split('/');

        if (method is "POST" or "PUT" && segments is ["conversations", _, "activities", ..] && TryThrottle())
        {
            Record(new TeamsConnectorRequest(method, rawPath, path, body, StatusCodes.Status429TooManyRequests));
            http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(Error("ThrottledRequest", "Too many requests"), statusCode: StatusCodes.Status429TooManyRequests);
        }

        switch (method, segments)
        {
            case ("GET", ["conversations", _, "members", _]) when Volatile.Read(ref membersFailure) is > 0 and var failure:
                Record(new TeamsConnectorRequest(method, rawPath, path, body, failure));
                return Results.Json(Error("ServiceError", "The members service failed"), statusCode: failure);
            case ("GET", ["conversations", _, "members", var memberId]):
                var found = members.TryGetValue(Uri.UnescapeDataString(memberId), out var member);
                Record(new TeamsConnectorRequest(method, rawPath, path, body, found ? 200 : 404));
                return found
                    ? Results.Json(member)
                    : Results.Json(Error("MemberNotFoundInConversation", "The member was not found"), statusCode: StatusCodes.Status404NotFound);
            case ("GET", ["conversations", _, "members"]):
                Record(new TeamsConnectorRequest(method, rawPath, path, body));
                return Results.Json(new JsonArray([.. members.Values.Select(m => (JsonNode)m.DeepClone())]));
            case ("POST", ["conversations"]):
                Record(new TeamsConnectorRequest(method, rawPath, path, body));
                return Results.Json(Created(body));
            default:
                Record(new TeamsConnectorRequest(method, rawPath, path, body));
                return Results.Json(new JsonObject { ["id"] = NewId() });
        }
    }

    // A new channel conversation is a thread: its id is the channel's with the first message's id, like Teams answers.
    private JsonObject Created(JsonObject? body)
    {
        var activityId = NewId();
        var channel = (string?)body?["channelData"]?["channel"]?["id"];
        var id = channel is { Length: > 0 } ? $"{channel};messageid={activityId}" : $"a:1created{activityId}";
        return new JsonObject { ["id"] = id, ["activityId"] = activityId };
    }

    private bool TryThrottle()
    {
        while (true)
        {
            var left = Volatile.Read(ref throttle);
            if (left <= 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref throttle, left - 1, left) == left)
            {
                return true;
            }
        }
    }

    private string NewId() => $"1700000000{Interlocked.Increment(ref nextId):D3}";

    private void Record(TeamsConnectorRequest request)
    {
        List<TaskCompletionSource<TeamsConnectorRequest>> matched = [];
        lock (waiters)
        {
            requests.Enqueue(request);
            if (request.Status < 300)
            {
                foreach (var waiter in waiters.Where(w => w.Match(request)).ToList())
                {
                    waiters.Remove(waiter);
                    matched.Add(waiter.Done);
                }
            }
        }
        matched.ForEach(done => done.TrySetResult(request));
    }

    private static JsonObject Error(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
}

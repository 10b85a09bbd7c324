using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.Teams;

/// <summary>
/// The Teams Bot Connector service on loopback: records every call under <c>/v3/</c> (the Messaging tests' fake keeps only
/// the first activity; Teams tests need them all, with the raw path to check escaping and threading) and answers a
/// send like Teams, with a new message id.
/// </summary>
internal sealed class FakeTeamsConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<TeamsConnectorRequest> requests = new();
    private int nextId;

    private FakeTeamsConnector(WebApplication app) => this.app = app;

    /// <summary>The service URL to put on inbound activities, with a path and trailing slash like Teams' regional ones.</summary>
    public string ServiceUrl => app.Urls.Single() + "/teams/";

    /// <summary>Everything received so far. Replies leave within the turn, so this is complete once /api/messages answered.</summary>
    public IReadOnlyList<TeamsConnectorRequest> Requests => [.. requests];

    public static async Task<FakeTeamsConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new FakeTeamsConnector(builder.Build());
        connector.app.Map("/teams/v3/{**rest}", (Func<HttpContext, Task<IResult>>)connector.RecordAsync);
        await connector.app.StartAsync();
        return connector;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<IResult> RecordAsync(HttpContext http)
    {
        var body = http.Request.ContentLength is > 0 || http.Request.Headers.ContentType.Count > 0
            ? await JsonNode.ParseAsync(http.Request.Body) as JsonObject
            : null;
        var rawPath = http.Features.Get<IHttpRequestFeature>()!.RawTarget;
        requests.Enqueue(new TeamsConnectorRequest(http.Request.Method, rawPath, http.Request.Path.Value!, body));
        return Results.Json(new JsonObject { ["id"] = $"1700000000{Interlocked.Increment(ref nextId):D3}" });
    }
}

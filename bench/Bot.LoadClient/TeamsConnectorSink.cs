using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.LoadClient;

/// <summary>
/// A loopback stand-in for the Teams Bot Connector service: activities POSTed or PUT under <c>/v3/</c> are answered
/// with <c>{"id":"..."}</c> and counted per conversation (with the arrival time of the latest one); the members API
/// answers 404, as Teams does for a user the bot does not know.
/// </summary>
internal sealed class TeamsConnectorSink : IAsyncDisposable
{
    private const string MemberNotFound =
        """{"error":{"code":"MemberNotFoundInConversation","message":"The member is not part of the conversation."}}""";

    private readonly ConcurrentDictionary<string, SinkConversation> _conversations = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private long _replies;
    private long _memberLookups;
    private long _nextId;

    /// <summary>The sink's base address with a trailing slash, as Teams sends <c>serviceUrl</c>.</summary>
    public string ServiceUrl { get; private set; } = "";

    public long Replies => Interlocked.Read(ref _replies);

    public long MemberLookups => Interlocked.Read(ref _memberLookups);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        ServiceUrl = address.TrimEnd('/') + "/";
    }

    /// <summary>How many replies <paramref name="conversationId"/> has received so far, and when the latest arrived.</summary>
    public (int Count, long LastAt) RepliesOf(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var conversation) ? conversation.Snapshot() : (0, 0);

    public void Forget(string conversationId) => _conversations.TryRemove(conversationId, out _);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        // Kestrel has already unescaped the path, so "a%3A1load-..." is "a:1load-..." here.
        var segments = (request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is not ["v3", ..])
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (HttpMethods.IsGet(request.Method) && segments is [_, "conversations", _, "members", _, ..])
        {
            Interlocked.Increment(ref _memberLookups);
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(MemberNotFound, http.RequestAborted);
            return;
        }

        if (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method))
        {
            await request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            if (segments is [_, "conversations", var conversationId, "activities", ..])
            {
                _conversations.GetOrAdd(conversationId, static _ => new SinkConversation()).Add(Stopwatch.GetTimestamp());
                Interlocked.Increment(ref _replies);
            }
            var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync($$"""{"id":"1load{{id}}"}""", http.RequestAborted);
            return;
        }

        http.Response.StatusCode = HttpMethods.IsDelete(request.Method) ? StatusCodes.Status200OK : StatusCodes.Status405MethodNotAllowed;
    }
}

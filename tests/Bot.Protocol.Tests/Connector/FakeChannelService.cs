using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Protocol.Tests.Connector;

/// <summary>A channel's Connector service on loopback: records every request and answers from a script.</summary>
internal sealed class FakeChannelService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();

    private FakeChannelService(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Root of the fake, e.g. <c>http://127.0.0.1:5123/</c>; append a path prefix like <c>teams/</c> for a service URL.</summary>
    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeChannelService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var service = new FakeChannelService(app);
        app.Run(service.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        service.BaseUrl = address.TrimEnd('/') + "/";
        return service;
    }

    public void Enqueue(int status, string? body = null, Action<HttpResponse>? headers = null) =>
        _script.Enqueue(new ScriptedResponse(status, body, headers));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Path.Value ?? "",
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            context.Request.ContentType,
            body));

        var next = _script.TryDequeue(out var scripted) ? scripted : new ScriptedResponse(200, """{"id":"sent-1"}""", null);
        context.Response.StatusCode = next.Status;
        next.Headers?.Invoke(context.Response);
        if (next.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(next.Body, context.RequestAborted);
        }
    }

    private sealed record ScriptedResponse(int Status, string? Body, Action<HttpResponse>? Headers);
}

internal sealed record RecordedRequest(string Method, string RawTarget, string Path, string? Authorization, string? ContentType, string Body);

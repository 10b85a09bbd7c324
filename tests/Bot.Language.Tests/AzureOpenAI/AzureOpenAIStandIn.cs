using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Language.Tests.AzureOpenAI;

/// <summary>A loopback server speaking the Azure OpenAI chat-completions wire format; records what it received.</summary>
public sealed class AzureOpenAIStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private TaskCompletionSource<ReceivedRequest> _nextRequest = NewSignal();

    private AzureOpenAIStandIn(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public Func<HttpContext, Task> Handler { get; set; } = context => WriteCompletion(context, "{}");

    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    public ReceivedRequest LastRequest => _requests.Last();

    public static async Task<AzureOpenAIStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var standIn = new AzureOpenAIStandIn(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", standIn.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        standIn.Endpoint = new Uri(address + "/");
        return standIn;
    }

    /// <summary>Completes when the next request has arrived (before it is answered).</summary>
    public Task<ReceivedRequest> NextRequest() => _nextRequest.Task;

    public void ReplyContent(string content) => Handler = context => WriteCompletion(context, content);

    public void ReplyStatus(int status, string? retryAfter = null) => Handler = async context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["error"] = new JsonObject { ["code"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture), ["message"] = "stand-in error" },
        });
    };

    /// <summary>Never answers; the request ends when the client gives up.</summary>
    public void Hang() => Handler = async context =>
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    };

    public static async Task WriteCompletion(HttpContext context, string content)
    {
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["id"] = "chatcmpl-standin",
            ["object"] = "chat.completion",
            ["created"] = 1767225600,
            ["model"] = "gpt-4o-mini",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, string deployment)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject();
        var request = new ReceivedRequest(
            deployment, context.Request.Query["api-version"].ToString(), context.Request.Headers["api-key"].ToString(), body);
        _requests.Enqueue(request);
        Interlocked.Exchange(ref _nextRequest, NewSignal()).TrySetResult(request);
        await Handler(context);
    }

    private static TaskCompletionSource<ReceivedRequest> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

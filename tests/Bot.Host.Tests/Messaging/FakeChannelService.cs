using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.Messaging;

/// <summary>A channel's Connector service on loopback that records the activities the bot posts to it.</summary>
internal sealed class FakeChannelService : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TaskCompletionSource<ReceivedActivity> firstActivity = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeChannelService(WebApplication app) => this.app = app;

    /// <summary>The service URL to put on inbound activities, with the trailing slash channels use.</summary>
    public string ServiceUrl => app.Urls.Single() + "/";

    public static async Task<FakeChannelService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var channel = new FakeChannelService(builder.Build());
        channel.app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}",
            (string conversationId, string activityId, JsonObject body) => channel.Record(conversationId, activityId, body));
        channel.app.MapPost("/v3/conversations/{conversationId}/activities",
            (string conversationId, JsonObject body) => channel.Record(conversationId, null, body));
        await channel.app.StartAsync();
        return channel;
    }

    public Task<ReceivedActivity> FirstActivity => firstActivity.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private IResult Record(string conversationId, string? activityId, JsonObject body)
    {
        firstActivity.TrySetResult(new ReceivedActivity(conversationId, activityId, body));
        return Results.Json(new JsonObject { ["id"] = "channel-assigned-1" });
    }
}

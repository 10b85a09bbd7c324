using Bot.Runtime.State;
using Bot.Runtime.Tests.Infrastructure;
using Bot.Runtime.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Runtime.Tests;

public sealed class TurnErrorHandlerTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Failing_bot_gives_the_customer_a_friendly_message_with_a_reference_and_clears_the_dialog()
    {
        var logs = new SignalingLoggerProvider(eventId: 1);
        await using var instance = await StartAsync(logs);
        await instance.SendAsync(Activities.Message("c1", "start a dialog")).Within();

        var failed = Activities.Message("c1", "boom", id: "bad-1");
        var result = await instance.SendAsync(failed).Within();

        Assert.Equal(TurnStatus.Completed, result.Status);
        var apology = instance.Connector.Texts[^1]!;
        var match = System.Text.RegularExpressions.Regex.Match(
            apology, @"^Sorry, something went wrong on our side\. Please try again\. \(Reference: ([A-Z0-9]{6})\)$");
        Assert.True(match.Success, apology);
        Assert.DoesNotContain("secret", apology, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(logs.Messages, m => m.Contains(match.Groups[1].Value, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains("boom", StringComparison.Ordinal));

        var state = await instance.QueryAsync(db => db.StateEntries.SingleAsync(s => s.Key == "test/conversations/c1"));
        Assert.DoesNotContain("DialogState", state.Json, StringComparison.Ordinal);
        Assert.Contains("\"other\":1", state.Json, StringComparison.Ordinal);
        Assert.Equal(TurnStatus.Duplicate, (await instance.SendAsync(failed with { }).Within()).Status);
        Assert.Equal(2, await instance.QueryAsync(db => db.TranscriptEntries.CountAsync(t => t.ActivityId == "bad-1" || t.Type == "message" && t.Direction == "out")));
    }

    [Fact]
    public async Task Friendly_message_is_in_Chinese_for_a_zh_CN_customer()
    {
        await using var instance = await StartAsync();

        await instance.SendAsync(Activities.Message("c1", "boom", locale: "zh-CN")).Within();

        Assert.Matches(@"^抱歉.*（参考编号：[A-Z0-9]{6}）$", instance.Connector.Texts[^1]);
    }

    [Fact]
    public async Task Failure_to_send_the_apology_does_not_fail_the_turn()
    {
        await using var instance = await StartAsync(configure: s => s.AddSingleton<IMiddleware, BrokenChannelMiddleware>());

        var result = await instance.SendAsync(Activities.Message("c1", "boom", id: "x")).Within();

        Assert.Equal(TurnStatus.Completed, result.Status);
        Assert.Equal(1, await instance.QueryAsync(db => db.ProcessedActivities.CountAsync()));
    }

    private async Task<RuntimeInstance> StartAsync(SignalingLoggerProvider? logs = null, Action<IServiceCollection>? configure = null)
    {
        ConversationState? conversations = null;
        var instance = await RuntimeInstance.StartAsync(_database, async (turn, ct) =>
        {
            if (turn.Activity.Text == "boom")
            {
                await conversations!.SetAsync(turn, "other", 1, ct);
                throw new InvalidOperationException("secret internals: connection string xyz");
            }
            await conversations!.SetAsync(turn, ConversationState.DialogStateProperty, new { dialogStack = "main" }, ct);
        }, services: configure, logs: logs);
        conversations = instance.Services.GetRequiredService<ConversationState>();
        return instance;
    }

    private sealed class BrokenChannelMiddleware : IMiddleware
    {
        public Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            turnContext.OnSendActivities((_, _, _, _) => throw new HttpRequestException("channel down"));
            return next(cancellationToken);
        }
    }
}

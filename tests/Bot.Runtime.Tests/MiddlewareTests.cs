using System.Collections.Concurrent;
using Bot.Runtime.Tests.Infrastructure;
using Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Runtime.Tests;

public sealed class MiddlewareTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly ConcurrentQueue<string> _order = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Middleware_runs_around_the_bot_in_registration_order()
    {
        await using var instance = await RuntimeInstance.StartAsync(_database, (turn, ct) =>
        {
            _order.Enqueue("bot");
            return Task.CompletedTask;
        }, services: s => s
            .AddSingleton(_order)
            .AddTurnMiddleware<FirstMiddleware>()
            .AddTurnMiddleware<SecondMiddleware>());

        await instance.SendAsync(Activities.Message("c1", "hi")).Within();

        Assert.Equal(["first in", "second in", "bot", "second out", "first out"], _order);
    }

    [Fact]
    public async Task Middleware_that_does_not_call_next_ends_the_turn_before_the_bot()
    {
        await using var instance = await RuntimeInstance.StartAsync(_database, (turn, ct) =>
        {
            _order.Enqueue("bot");
            return Task.CompletedTask;
        }, services: s => s.AddTurnMiddleware<StopMiddleware>());

        var result = await instance.SendAsync(Activities.Message("c1", "hi")).Within();

        Assert.Equal(TurnStatus.Completed, result.Status);
        Assert.Empty(_order);
    }

    private sealed class FirstMiddleware(ConcurrentQueue<string> order) : IMiddleware
    {
        public async Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            order.Enqueue("first in");
            await next(cancellationToken);
            order.Enqueue("first out");
        }
    }

    private sealed class SecondMiddleware(ConcurrentQueue<string> order) : IMiddleware
    {
        public async Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            order.Enqueue("second in");
            await next(cancellationToken);
            order.Enqueue("second out");
        }
    }

    private sealed class StopMiddleware : IMiddleware
    {
        public Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

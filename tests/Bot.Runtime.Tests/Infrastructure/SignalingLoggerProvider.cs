using Microsoft.Extensions.Logging;

namespace Bot.Runtime.Tests.Infrastructure;

/// <summary>Completes a task the first time a log event with the given id is written; keeps every message.</summary>
public sealed class SignalingLoggerProvider(int eventId) : ILoggerProvider
{
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int EventId { get; } = eventId;

    public Task Seen => _seen.Task;

    public List<string> Messages { get; } = [];

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(SignalingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (provider.Messages)
            {
                provider.Messages.Add(formatter(state, exception));
            }
            if (eventId.Id == provider.EventId)
            {
                provider._seen.TrySetResult();
            }
        }
    }
}

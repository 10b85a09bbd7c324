using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Language.Tests.AzureOpenAI;

/// <summary>Collects every log entry so tests can assert what was logged, and what was not.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILoggerFactory CreateFactory() =>
        LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

    public bool Contains(string text) => Entries.Any(e => e.Message.Contains(text, StringComparison.Ordinal));

    public void AssertNoneAboveTraceContains(string customerText) =>
        Assert.DoesNotContain(Entries, e => e.Level > LogLevel.Trace
            && (e.Message.Contains(customerText, StringComparison.OrdinalIgnoreCase)
                || e.Exception?.ToString().Contains(customerText, StringComparison.OrdinalIgnoreCase) == true));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs._entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}

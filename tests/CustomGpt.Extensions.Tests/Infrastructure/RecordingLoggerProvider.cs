using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CustomGpt.Extensions.Tests.Infrastructure;

/// <summary>One log entry as a sink would receive it: the formatted text and the structured values.</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State, Exception? Exception)
{
    /// <summary>Everything a sink could write: the message, each structured value, the exception.</summary>
    public string AllText => string.Join("\n", new[] { Message, Exception?.ToString() ?? "" }.Concat(State.Select(kv => $"{kv.Key}={kv.Value}")));

    public object? Value(string key) => State.FirstOrDefault(kv => kv.Key == key).Value;
}

/// <summary>Keeps every entry of every category at every level, Trace included.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose() { }

    sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), values.ToList(), exception));
        }
    }
}

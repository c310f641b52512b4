using Microsoft.Extensions.Logging;

namespace GridActors.Tests;

/// <summary>One line as a logger provider received it.</summary>
public sealed record LogLine(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);

/// <summary>A logger provider that keeps every line it is given, for tests to read or await.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly Collected<LogLine> lines = new();

    public IReadOnlyList<LogLine> Lines => lines.Items;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines.Add);

    /// <summary>Completes once a wanted line has been logged.</summary>
    public Task WaitFor(Func<LogLine, bool> wanted) => lines.WaitFor(all => all.Any(wanted));

    public void Dispose() { }

    private sealed class Logger(string category, Action<LogLine> add) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            add(new LogLine(category, logLevel, eventId, formatter(state, exception), exception));
    }
}

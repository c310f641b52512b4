using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GridActors.Tests;

/// <summary>One line as a logger provider received it.</summary>
public sealed record LogLine(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);

/// <summary>A logger provider that keeps every line it is given, for tests to read or await.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> lines = new();
    private readonly List<(Func<LogLine, bool> Wanted, TaskCompletionSource Seen)> waiters = [];

    public IReadOnlyList<LogLine> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Add);

    /// <summary>Completes once a wanted line has been logged: a signal, never a sleep.</summary>
    public Task WaitFor(Func<LogLine, bool> wanted)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (waiters)
        {
            if (lines.Any(wanted)) return Task.CompletedTask;
            waiters.Add((wanted, seen));
        }
        return seen.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }

    private void Add(LogLine line)
    {
        lock (waiters)
        {
            lines.Enqueue(line);
            foreach (var waiter in waiters.Where(w => w.Wanted(line)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Seen.SetResult();
            }
        }
    }

    public void Dispose() { }

    private sealed class Logger(string category, Action<LogLine> add) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            add(new LogLine(category, logLevel, eventId, formatter(state, exception), exception));
    }
}

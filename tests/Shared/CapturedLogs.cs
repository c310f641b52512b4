using Microsoft.Extensions.Logging;

namespace GridActors.Tests;

/// <summary>One line as a logger provider received it, with the scopes it was written in (each
/// scope's name-value pairs, innermost last).</summary>
public sealed record LogLine(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception,
    IReadOnlyList<KeyValuePair<string, object?>>? Scopes = null)
{
    /// <summary>The value a scope around the line gave the name, or null.</summary>
    public object? Scope(string name) => Scopes?.LastOrDefault(s => s.Key == name).Value;
}

/// <summary>A logger provider that keeps every line it is given, for tests to read or await.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly Collected<LogLine> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogLine> Lines => lines.Items;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    /// <summary>Completes once a wanted line has been logged.</summary>
    public Task WaitFor(Func<LogLine, bool> wanted) => lines.WaitFor(all => all.Any(wanted));

    public void Dispose() { }

    private sealed class Logger(string category, CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var around = new List<KeyValuePair<string, object?>>();
            owner.scopes.ForEachScope((scope, list) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs) list.AddRange(pairs);
                else if (scope is IEnumerable<KeyValuePair<string, object>> plain) list.AddRange(plain.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)));
            }, around);
            owner.lines.Add(new LogLine(category, logLevel, eventId, formatter(state, exception), exception, around));
        }
    }
}

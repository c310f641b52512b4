using Microsoft.Extensions.Logging;

namespace GridActors.Silo.Logging;

/// <summary>Every logger of the host, with warnings and errors of one cause written once a minute
/// (see <see cref="RepeatedWarnings"/>): a gateway that went away makes a silo log a rejected
/// message per push until its registration expires, thousands of lines saying the same thing.</summary>
public sealed class CoalescingLoggerFactory(ILoggerFactory inner, TimeProvider clock) : ILoggerFactory
{
    private readonly RepeatedWarnings repeated = new(clock);

    public ILogger CreateLogger(string categoryName) => new CoalescingLogger(inner.CreateLogger(categoryName), categoryName, repeated);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose()
    {
        repeated.Dispose();
        inner.Dispose();
    }
}

internal sealed class CoalescingLogger(ILogger inner, string category, RepeatedWarnings repeated) : ILogger
{
    /// <summary>The key of the message template in a structured log state.</summary>
    private const string TemplateKey = "{OriginalFormat}";

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel)) return;
        if (logLevel < LogLevel.Warning)
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
            return;
        }
        var template = Template(state) ?? formatter(state, exception);
        var cause = new WarningCause(category, eventId.Id, exception?.GetType().FullName, template);
        if (repeated.Admit(cause, heldBack => inner.Log(logLevel, eventId,
                "{HeldBack} more like the following in the minute since it was logged: {Template}", heldBack, template)))
            inner.Log(logLevel, eventId, state, exception, formatter);
    }

    private static string? Template<TState>(TState state) =>
        state is IReadOnlyList<KeyValuePair<string, object?>> values
            ? values.FirstOrDefault(v => v.Key == TemplateKey).Value as string
            : null;
}

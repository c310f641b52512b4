namespace GridActors.Benchmarks.Hosts;

/// <summary>Counts the warnings Orleans logs when a grain turn or a timer ran late ("… which is
/// longer than …"), the sign that the silo's threads were held: read before and after a run.</summary>
public sealed class SlowCallWarnings : ILoggerProvider
{
    private const string Marker = "longer than";

    private int count;
    private string? first;

    public int Count => Volatile.Read(ref count);

    /// <summary>The first such warning, so a count above zero says where to look.</summary>
    public string? First => Volatile.Read(ref first);

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName);

    public void Dispose()
    {
    }

    private void Saw(string category, string message)
    {
        if (!message.Contains(Marker, StringComparison.Ordinal)) return;
        Interlocked.Increment(ref count);
        Interlocked.CompareExchange(ref first, $"{category}: {message}", null);
    }

    private sealed class Counter(SlowCallWarnings owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) owner.Saw(category, formatter(state, exception));
        }
    }
}

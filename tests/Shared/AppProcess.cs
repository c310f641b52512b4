using System.Diagnostics;

namespace GridActors.Tests;

/// <summary>One of the repository's programs in its own OS process, configured only through
/// environment variables, the way an operator starts it. Started means the host logged
/// "Application started", which it does after every hosted service (the silo, the Orleans client)
/// has started.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(45);

    private readonly System.Diagnostics.Process process;
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> output = [];
    private readonly List<(string Text, TaskCompletionSource<string> Seen)> awaited = [];

    private AppProcess(string name, string program, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        var info = new ProcessStartInfo("dotnet", [program])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(program)!,
        };
        // Production, so the process runs as deployed whatever the test runner's environment says.
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment) info.Environment[key] = value;
        process = new System.Diagnostics.Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Seen(e.Data);
        process.ErrorDataReceived += (_, e) => Seen(e.Data);
    }

    public string Name { get; }

    /// <summary>Starts the program and returns once it has started; fails with its output if it
    /// exits first or takes longer than <see cref="StartLimit"/>.</summary>
    public static async Task<AppProcess> StartAsync(string name, string program, IReadOnlyDictionary<string, string> environment)
    {
        var app = Begin(name, program, environment);
        await app.StartedAsync();
        return app;
    }

    /// <summary>Starts the program without waiting for it; <see cref="StartedAsync"/> waits.</summary>
    public static AppProcess Begin(string name, string program, IReadOnlyDictionary<string, string> environment)
    {
        var app = new AppProcess(name, program, environment);
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Returns once the program has started; kills it and fails with its output if it exits
    /// first or takes longer than <see cref="StartLimit"/>.</summary>
    public async Task StartedAsync()
    {
        using var limit = new CancellationTokenSource(StartLimit);
        var exited = process.WaitForExitAsync(limit.Token);
        if (await Task.WhenAny(started.Task, exited) == started.Task) return;
        await DisposeAsync();
        throw new InvalidOperationException(exited.IsCanceled
            ? $"{Name} did not start within {StartLimit.TotalSeconds} s:\n{Tail(40)}"
            : $"{Name} exited before it started:\n{Tail(40)}");
    }

    /// <summary>Every line the program wrote so far, standard output and error interleaved.</summary>
    public IReadOnlyList<string> Lines()
    {
        lock (output) return [.. output];
    }

    /// <summary>The first line containing <paramref name="text"/>, once the program has written it.</summary>
    public Task<string> LineAsync(string text, TimeSpan limit)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (output)
        {
            if (output.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line) return Task.FromResult(line);
            awaited.Add((text, seen));
        }
        return seen.Task.WaitAsync(limit);
    }

    /// <summary>The last lines the program wrote, for failure messages.</summary>
    public string Tail(int lines)
    {
        lock (output) return string.Join('\n', output.TakeLast(lines));
    }

    /// <summary>SIGKILL to the program and anything it started: no shutdown, no flushing, as when
    /// the machine loses the process.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as an orchestrator stops a process for an upgrade: the host shuts down in order
    /// (a silo hands its grains over and leaves the membership table). Returns once it has exited.</summary>
    public async Task StopAsync()
    {
        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
            await kill.WaitForExitAsync();
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) await KillAsync();
        process.Dispose();
    }

    private void Seen(string? line)
    {
        if (line is null) return;
        lock (output)
        {
            output.Add(line);
            foreach (var (text, seen) in awaited.Where(a => line.Contains(a.Text, StringComparison.Ordinal)))
                seen.TrySetResult(line);
        }
        if (line.Contains("Application started", StringComparison.Ordinal)) started.TrySetResult();
    }
}

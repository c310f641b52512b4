using System.Diagnostics;

namespace GridActors.Tests.Process;

/// <summary>The real Silo program in its own OS process, configured through environment variables
/// the way an operator would. Started means the host said "Application started".</summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly System.Diagnostics.Process process;
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> output = [];

    private SiloProcess(IReadOnlyDictionary<string, string?> configuration)
    {
        var silo = Path.Combine(AppContext.BaseDirectory, "Silo.dll");
        var info = new ProcessStartInfo("dotnet", [silo])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in configuration) info.Environment[key.Replace(":", "__")] = value;
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        process = new System.Diagnostics.Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Seen(e.Data);
        process.ErrorDataReceived += (_, e) => Seen(e.Data);
        process.Exited += (_, _) => started.TrySetException(new InvalidOperationException(
            $"the silo exited with {process.ExitCode} before it started:\n{string.Join('\n', Output)}"));
    }

    public IReadOnlyList<string> Output { get { lock (output) return [.. output]; } }

    public static async Task<SiloProcess> StartAsync(IReadOnlyDictionary<string, string?> configuration)
    {
        var silo = new SiloProcess(configuration);
        silo.process.Start();
        silo.process.BeginOutputReadLine();
        silo.process.BeginErrorReadLine();
        await silo.started.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return silo;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as when the machine loses the process.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
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
        lock (output) output.Add(line);
        if (line.Contains("Application started", StringComparison.Ordinal)) started.TrySetResult();
    }
}

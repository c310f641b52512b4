namespace GridActors.Tests.Process;

/// <summary>The real Silo program from this test's output folder, configured through environment
/// variables from the same settings the in-process hosts use.</summary>
public static class SiloProgram
{
    public static Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?> configuration) =>
        AppProcess.StartAsync("silo", Path.Combine(AppContext.BaseDirectory, "Silo.dll"),
            configuration.ToDictionary(c => c.Key.Replace(":", "__"), c => c.Value ?? ""));
}

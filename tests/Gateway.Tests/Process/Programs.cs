using System.Reflection;

namespace GridActors.Tests.Process;

/// <summary>Where the built programs are. The Gateway runs from this output (it references the
/// Gateway, and both are ASP.NET Core apps); the Silo from its own project's output, recorded at
/// build time (see Gateway.Tests.csproj for why the copy here cannot start).</summary>
public static class Programs
{
    public static string Gateway => Runnable(Path.Combine(AppContext.BaseDirectory, "Gateway.dll"));

    public static string Silo => Runnable(typeof(Programs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "SiloProgram").Value
        ?? throw new InvalidOperationException("the build did not record where the Silo program is"));

    /// <summary><c>dotnet x.dll</c> needs the runtime config beside the program.</summary>
    private static string Runnable(string program) =>
        File.Exists(Path.ChangeExtension(program, ".runtimeconfig.json"))
            ? program
            : throw new InvalidOperationException($"{program} is not a runnable build (no runtimeconfig.json beside it)");
}

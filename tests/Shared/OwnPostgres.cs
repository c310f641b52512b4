using System.Diagnostics;
using Npgsql;

namespace GridActors.Tests;

/// <summary>A PostgreSQL server of one test's own (initdb and pg_ctl on a port and data folder of its
/// own), for the tests that stop the database: the shared server other tests use is never touched.
/// Trust authentication on loopback only, as user <c>postgres</c>; as root the server runs as the
/// <c>postgres</c> OS user, since PostgreSQL refuses to run as root.</summary>
public sealed class OwnPostgres : IAsyncDisposable
{
    private const string Database = "gridactors";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"gridactors-pg-{Guid.NewGuid():N}");
    private readonly string bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(v => int.Parse(Path.GetFileName(v))).LastOrDefault() is { } version
        ? Path.Combine(version, "bin")
        : throw new InvalidOperationException("no PostgreSQL under /usr/lib/postgresql: run `bash tests/postgres-up.sh`, which installs it");

    private OwnPostgres() => Port = FreePort.Next();

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={Database}";

    /// <summary>A new server, running, with an empty database for the programs.</summary>
    public static async Task<OwnPostgres> StartAsync()
    {
        var server = new OwnPostgres();
        Directory.CreateDirectory(server.folder);
        if (Environment.UserName == "root") await Run("chown", "postgres", server.folder);
        await server.AsServerUser("initdb", "-D", server.Data, "-U", "postgres", "-A", "trust", "--no-sync");
        await server.StartAgainAsync();
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={server.Port};Username=postgres;Database=postgres");
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {Database}", connection);
        await create.ExecuteNonQueryAsync();
        return server;
    }

    /// <summary>Stops the server as an operator would (<c>pg_ctl stop -m fast</c>): sessions are ended,
    /// new connections are refused until it starts again.</summary>
    public Task StopAsync() => AsServerUser("pg_ctl", "-D", Data, "-m", "fast", "-w", "stop");

    /// <summary>Starts the stopped server on the same port and data; returns once it takes connections.</summary>
    public Task StartAgainAsync() => AsServerUser("pg_ctl", "-D", Data, "-w", "-l", Path.Combine(folder, "server.log"), "-o",
        $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c full_page_writes=off", "start");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try { await AsServerUser("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop"); }
        catch (InvalidOperationException) { /* already stopped */ }
        Directory.Delete(folder, recursive: true);
    }

    private string Data => Path.Combine(folder, "data");

    private Task AsServerUser(string program, params string[] arguments) =>
        Environment.UserName == "root"
            ? Run("runuser", ["-u", "postgres", "--", Path.Combine(bin, program), .. arguments])
            : Run(Path.Combine(bin, program), arguments);

    private static async Task Run(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
    }
}

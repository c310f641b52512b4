using GridActors.Silo.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace GridActors.Silo.Hosting;

/// <summary>
/// The configuration section <c>GridActors:Storage</c> (Orleans reads <c>Orleans:</c> itself):
/// <c>Backend</c> = <c>Embedded</c> (default; SQLite file at <c>DatabasePath</c>) or
/// <c>PostgreSql</c> (needs <c>ConnectionString</c>).
/// </summary>
public sealed record StorageSettings
{
    public const string SectionName = "GridActors:Storage";

    public StorageBackend Backend { get; init; } = StorageBackend.Embedded;

    /// <summary>PostgreSQL connection string; required for <see cref="StorageBackend.PostgreSql"/>.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The SQLite file of the embedded shape, relative to the working directory.</summary>
    public string DatabasePath { get; init; } = Path.Combine("data", "gridactors.db");

    /// <summary>How long register audit lines are kept (<c>RegisterAuditRetentionDays</c>): three
    /// years unless configured, a common minimum for access records of personal data.</summary>
    public TimeSpan RegisterAuditRetention { get; init; } = TimeSpan.FromDays(3 * 365);

    /// <summary>Makes the <c>cases</c> table again from the event log at start, before the silo serves.</summary>
    public bool RebuildCases { get; init; }

    public static StorageSettings FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var backend = section["Backend"];
        var settings = new StorageSettings
        {
            // Parsed by hand: the binder's error for an unknown enum name does not say what is allowed.
            Backend = string.IsNullOrWhiteSpace(backend) ? StorageBackend.Embedded
                : Enum.TryParse<StorageBackend>(backend, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
                : throw new InvalidOperationException(
                    $"{SectionName}:Backend '{backend}' is not known; use one of: {string.Join(", ", Enum.GetNames<StorageBackend>())}."),
            ConnectionString = section["ConnectionString"],
            RegisterAuditRetention = section["RegisterAuditRetentionDays"] is { Length: > 0 } days
                ? int.TryParse(days, System.Globalization.CultureInfo.InvariantCulture, out var d) && d > 0 ? TimeSpan.FromDays(d)
                    : throw new InvalidOperationException($"{SectionName}:RegisterAuditRetentionDays '{days}' must be a whole number of days above 0.")
                : new StorageSettings().RegisterAuditRetention,
            RebuildCases = section["RebuildCases"] is not { Length: > 0 } rebuild ? false
                : bool.TryParse(rebuild, out var yes) ? yes
                : throw new InvalidOperationException($"{SectionName}:RebuildCases '{rebuild}' is neither true nor false."),
        };
        return section["DatabasePath"] is { Length: > 0 } path ? settings with { DatabasePath = path } : settings;
    }

    public void Validate()
    {
        if (!Enum.IsDefined(Backend))
            throw new InvalidOperationException($"{SectionName}:Backend '{Backend}' is not known.");
        if (Backend == StorageBackend.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
            throw new InvalidOperationException($"{SectionName}:ConnectionString is required when {SectionName}:Backend is PostgreSql.");
        if (Backend == StorageBackend.Embedded && string.IsNullOrWhiteSpace(DatabasePath))
            throw new InvalidOperationException($"{SectionName}:DatabasePath must name a file when {SectionName}:Backend is Embedded.");
    }

    /// <summary>The ADO.NET invariant Orleans' providers load their driver by.</summary>
    /// <remarks><c>System.Data.SQLite</c> is the name Orleans maps to Microsoft.Data.Sqlite's factory;
    /// <c>Microsoft.Data.Sqlite</c> itself is not a known invariant and fails.</remarks>
    internal string AdoNetInvariant => Backend == StorageBackend.PostgreSql ? "Npgsql" : "System.Data.SQLite";

    public string AdoNetConnectionString => Backend == StorageBackend.PostgreSql
        ? PostgreSqlConnectionString.Tune(ConnectionString!)
        : new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(DatabasePath), Pooling = true }.ConnectionString;
}

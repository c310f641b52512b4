using GridActors.Silo.Hosting;
using GridActors.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace GridActors.Tests.Hosting;

public sealed class StorageSettingsTests
{
    [Fact]
    public void Without_configuration_the_silo_is_embedded_with_its_database_under_data()
    {
        var settings = StorageSettings.FromConfiguration(Configuration());

        Assert.Equal(StorageBackend.Embedded, settings.Backend);
        Assert.Equal(Path.Combine("data", "gridactors.db"), settings.DatabasePath);
        settings.Validate();
    }

    [Fact]
    public void An_unknown_backend_is_refused_naming_the_ones_that_exist()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            StorageSettings.FromConfiguration(Configuration(("GridActors:Storage:Backend", "Mongo"))));

        Assert.Contains("'Mongo'", error.Message);
        Assert.Contains("Embedded, PostgreSql", error.Message);
    }

    [Fact]
    public void PostgreSql_without_a_connection_string_is_refused()
    {
        var settings = StorageSettings.FromConfiguration(Configuration(("GridActors:Storage:Backend", "postgresql")));

        var error = Assert.Throws<InvalidOperationException>(settings.Validate);
        Assert.Contains("GridActors:Storage:ConnectionString", error.Message);
    }

    [Fact]
    public void PostgreSql_pools_skip_the_reset_prepare_their_statements_and_stay_under_the_server_limit_unless_told_otherwise()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionString.Tune("Host=db;Username=app"));
        var chosen = new NpgsqlConnectionStringBuilder(
            PostgreSqlConnectionString.Tune("Host=db;Username=app;MaxPoolSize=10;No Reset On Close=false;Max Auto Prepare=0"));

        Assert.Equal((true, PostgreSqlConnectionString.DefaultMaximumPoolSize, 32), (tuned.NoResetOnClose, tuned.MaxPoolSize, tuned.MaxAutoPrepare));
        Assert.Equal((false, 10, 0), (chosen.NoResetOnClose, chosen.MaxPoolSize, chosen.MaxAutoPrepare));
    }

    static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}

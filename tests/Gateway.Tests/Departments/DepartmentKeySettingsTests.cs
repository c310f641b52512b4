using GridActors.Access;
using GridActors.Gateway.Auth;
using Microsoft.Extensions.Configuration;

namespace GridActors.Tests.Departments;

/// <summary>A department's API key is checked as the gateway starts: a start with a wrong one stops,
/// naming the key and what is wrong, in development as in production.</summary>
public class DepartmentKeySettingsTests
{
    private const string Key = "GridActors:Auth:ApiKeys:water-system";

    private static AuthSettings Read(bool development, params (string Key, string Value)[] entries) =>
        AuthSettings.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(
            entries.Select(e => KeyValuePair.Create(e.Key, (string?)e.Value))
                .Append(KeyValuePair.Create($"{Key}:Sha256", (string?)AuthSettings.Hash("a-department-key")))
                .Append(KeyValuePair.Create("GridActors:Auth:SigningKey", (string?)"a production signing key of at least 32 bytes"))
                .Append(KeyValuePair.Create("GridActors:Auth:Development", (string?)development.ToString()))).Build(), embedded: false);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_key_naming_a_department_acts_as_that_department(bool development)
    {
        var settings = Read(development, ($"{Key}:Department", "water"));

        Assert.Equal(new Actor("water-system", Role.Department, "water"), settings.ApiKeys["water-system"].ActorFor("water-system"));
    }

    [Theory]
    [InlineData(true, "Water_Bureau", null, null, "water-system:Department: a department code is")]
    [InlineData(false, "water", "320412", null, "water-system: a key names a department or an area (Scope), not both")]
    [InlineData(true, "water", null, "events", "water-system:Grants: a department's key reads its cases, and takes no grants")]
    public void A_wrong_department_key_stops_the_start_naming_it(bool development, string department, string? scope, string? grant, string expected)
    {
        var entries = new List<(string, string)> { ($"{Key}:Department", department) };
        if (scope is not null) entries.Add(($"{Key}:Scope", scope));
        if (grant is not null) entries.Add(($"{Key}:Grants:0", grant));

        var refused = Assert.Throws<InvalidOperationException>(() => Read(development, [.. entries]));

        Assert.StartsWith($"GridActors:Auth:ApiKeys:{expected}", refused.Message);
    }
}

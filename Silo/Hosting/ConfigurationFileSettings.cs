using Microsoft.Extensions.Configuration;

namespace GridActors.Silo.Hosting;

/// <summary>
/// The configuration section <c>GridActors:Configuration</c>: start-up files that replace the shipped
/// category catalogue (<c>CategoriesFile</c>) and working calendar (<c>CalendarFile</c>). A document an
/// admin stored over HTTP takes precedence over them; give every silo the same files.
/// </summary>
public sealed record ConfigurationFileSettings(string? CategoriesFile, string? CalendarFile)
{
    public const string SectionName = "GridActors:Configuration";

    public static ConfigurationFileSettings FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        return new(section["CategoriesFile"], section["CalendarFile"]);
    }
}

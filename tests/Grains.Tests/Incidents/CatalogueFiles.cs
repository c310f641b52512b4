using System.Text;
using GridActors.Configuration;
using GridActors.Incidents;

namespace GridActors.Tests.Incidents;

/// <summary>Category catalogues written in a test, one valid category at a time.</summary>
public static class CatalogueFiles
{
    public const string Valid = """{ "normal": "4 WorkingHours", "urgent": "2 WorkingHours", "veryUrgent": "1 NaturalHours" }""";

    public static string Limits(string accept = Valid, string handle = Valid, string verify = Valid, string whole = Valid) =>
        $$"""{ "accept": {{accept}}, "handle": {{handle}}, "verify": {{verify}}, "case": {{whole}} }""";

    public static string Category(string code, string level = "Grid", string? department = "urban-management", string? limits = null) =>
        $$"""
        { "code": "{{code}}", "name": { "zh": "暴露垃圾", "en": "Exposed rubbish" }, "defaultLevel": "{{level}}",
          "department": {{(department is null ? "null" : $"\"{department}\"")}}{{(limits is null ? "" : $", \"limits\": {limits}")}} }
        """;

    public static string File(params string[] categories) => $$"""
        { "departments": [{ "code": "urban-management", "zh": "城市管理局", "en": "Urban management" }],
          "categories": [{{string.Join(",", categories)}}] }
        """;

    public static CategoryCatalogue Load(string json) =>
        CategoryCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test catalogue");

    public static IReadOnlyList<ConfigurationProblem> ProblemsOf(string json) =>
        Assert.Throws<ConfigurationProblemException>(() => Load(json)).Problems;
}

namespace GridActors.Tests;

/// <summary>A start-up category catalogue for tests that let a deadline fall in real time: the load's
/// category with its shipped limits, and <see cref="Category"/>, dispatched to the village, whose
/// acceptance limit is 9 seconds (everything else long).</summary>
public static class FastAcceptCatalogue
{
    public const string Category = "test.fast-accept";

    private const string Json = """
        {
          "categories": [{
            "code": "environment.rubbish",
            "name": { "zh": "暴露垃圾", "en": "Exposed rubbish" },
            "defaultLevel": "Grid",
            "limits": {
              "accept": { "normal": "1 WorkingHours", "urgent": "0.5 WorkingHours", "veryUrgent": "0.25 WorkingHours" },
              "handle": { "normal": "2 WorkingHours", "urgent": "1 WorkingHours", "veryUrgent": "0.5 WorkingHours" },
              "verify": { "normal": "1 WorkingHours", "urgent": "0.5 WorkingHours", "veryUrgent": "0.25 WorkingHours" },
              "case":   { "normal": "4 WorkingHours", "urgent": "2 WorkingHours", "veryUrgent": "1 WorkingHours" }
            }
          }, {
            "code": "test.fast-accept",
            "name": { "zh": "测试", "en": "Test" },
            "defaultLevel": "Village",
            "limits": {
              "accept": { "normal": "0.0025 NaturalHours", "urgent": "0.0025 NaturalHours", "veryUrgent": "0.0025 NaturalHours" },
              "handle": { "normal": "8 WorkingHours", "urgent": "8 WorkingHours", "veryUrgent": "8 WorkingHours" },
              "verify": { "normal": "8 WorkingHours", "urgent": "8 WorkingHours", "veryUrgent": "8 WorkingHours" },
              "case":   { "normal": "5 WorkingDays", "urgent": "5 WorkingDays", "veryUrgent": "5 WorkingDays" }
            }
          }]
        }
        """;

    /// <summary>Writes the catalogue to a file of its own and answers its path; the caller deletes it.</summary>
    public static string Write()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gridactors-categories-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Json);
        return path;
    }
}

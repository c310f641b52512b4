using System.Text.Json;
using System.Xml.Linq;
using GridActors.Configuration;

namespace GridActors.Gateway.Open311;

/// <summary>The services are the categories of the catalogue in force (the document a platform admin
/// last set, else the shipped one), read from its JSON as <c>GET /api/v1/categories</c> serves it.</summary>
public static class Services
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static async Task<IReadOnlyList<Service>> All(IGrainFactory grains)
    {
        var document = await grains.GetGrain<IConfigurationGrain>(ConfigurationKeys.Categories).Get();
        return Read(document.Json);
    }

    public static IReadOnlyList<Service> Read(string json)
    {
        using var catalogue = JsonDocument.Parse(json, Lenient);
        return [.. catalogue.RootElement.GetProperty("categories").EnumerateArray().Select(c => new Service(
            c.GetProperty("code").GetString()!,
            c.GetProperty("name").GetProperty("zh").GetString()!,
            c.GetProperty("name").GetProperty("en").GetString()!,
            c.GetProperty("defaultLevel").GetString()!,
            c.TryGetProperty("department", out var department) ? department.GetString() : null,
            c.TryGetProperty("questions", out var questions) ? [.. questions.EnumerateArray().Select(ReadQuestion)] : []))];
    }

    private static Question ReadQuestion(JsonElement q) => new(
        q.GetProperty("code").GetString()!, q.GetProperty("zh").GetString()!, q.GetProperty("en").GetString()!,
        q.GetProperty("datatype").GetString()!,
        q.TryGetProperty("required", out var required) && required.GetBoolean(),
        q.TryGetProperty("values", out var values)
            ? [.. values.EnumerateArray().Select(v => new Choice(v.GetProperty("key").GetString()!, v.GetProperty("zh").GetString()!, v.GetProperty("en").GetString()!))]
            : []);

    /// <summary>The service list: every service has metadata (its urgency question) and answers at once.</summary>
    public static XElement List(IEnumerable<Service> services) => Tree.List("services", services.Select(s => Tree.Object("service",
        Tree.Text("service_code", s.Code),
        Tree.Text("service_name", s.NameZh),
        Tree.Text("description", s.NameEn),
        Tree.Boolean("metadata", true),
        Tree.Text("type", "realtime"),
        Tree.Text("keywords", string.Join(",", new[] { s.NameEn, s.DefaultLevel, s.Department }.OfType<string>())),
        Tree.Text("group", s.Group()))));

    /// <summary>The group of <c>environment.rubbish</c> is <c>environment</c>.</summary>
    public static string Group(this Service service) => service.Code.Split('.')[0];
}

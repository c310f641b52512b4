using System.Xml.Linq;

namespace GridActors.Gateway.Open311;

/// <summary>The discovery document: who to contact, where keys come from, and the one GeoReport v2
/// endpoint with its formats. <c>GridActors:Open311:Contact</c> and <c>KeyService</c> say the first two.</summary>
public static class Discovery
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    /// <summary>When this endpoint last changed what it serves.</summary>
    public static readonly DateTimeOffset Changeset = new(2026, 12, 2, 0, 0, 0, TimeSpan.FromHours(8));

    public static XElement Document(string url, bool test, IConfiguration configuration) => Tree.Object("discovery",
        Tree.Instant("changeset", Changeset),
        Tree.Text("contact", configuration["GridActors:Open311:Contact"] ?? "The district's grid management centre (网格化管理中心)"),
        Tree.Text("key_service", configuration["GridActors:Open311:KeyService"] ?? "API keys are issued by the district's platform administrator"),
        Tree.List("endpoints",
        [
            Tree.Object("endpoint",
                Tree.Text("specification", Specification),
                Tree.Text("url", url),
                Tree.Instant("changeset", Changeset),
                Tree.Text("type", test ? "test" : "production"),
                Tree.List("formats", Formats.MediaTypes.Select(m => Tree.Text("format", m)))),
        ]));
}

namespace GridActors.Gateway.Open311;

/// <summary>The format an Open311 resource is asked in, by its extension: XML (required by the spec)
/// or JSON. Any other extension is a resource that does not exist, told in XML.</summary>
public enum Format { Xml, Json }

public static class Formats
{
    public static readonly IReadOnlyList<string> MediaTypes = ["text/xml", "application/json"];

    public static Format? Parse(string? extension) => extension switch
    {
        "xml" => Format.Xml,
        "json" => Format.Json,
        _ => null,
    };
}

using System.Globalization;
using System.Xml.Linq;

namespace GridActors.Gateway.Open311;

/// <summary>Builds the one element tree every Open311 answer is made of. The XML is the tree as
/// written; the JSON (<see cref="JsonMirror"/>) is read off the same tree, so the two cannot drift.
/// What XML cannot say by itself is noted on the element: that it is a list (a JSON array even when
/// it holds one item or none) and whether a leaf is a JSON number or boolean rather than a string.</summary>
public static class Tree
{
    /// <summary>How a leaf goes into JSON; a leaf without one is a string, or null when empty.</summary>
    public enum Kind { Number, Boolean }

    /// <summary>Marks an element whose children are the items of a list.</summary>
    public sealed class ListMark
    {
        public static readonly ListMark Instance = new();
    }

    private sealed record KindMark(Kind Kind);

    public static XElement List(string name, IEnumerable<XElement> items)
    {
        var list = new XElement(name, items);
        list.AddAnnotation(ListMark.Instance);
        return list;
    }

    public static XElement Object(string name, params IEnumerable<XElement?> members) => new(name, members.OfType<XElement>());

    /// <summary>A text leaf; null or empty is an empty element (JSON null).</summary>
    public static XElement Text(string name, string? value) => string.IsNullOrEmpty(value) ? new XElement(name) : new XElement(name, value);

    public static XElement Number(string name, double? value) =>
        Typed(name, value?.ToString("R", CultureInfo.InvariantCulture), Kind.Number);

    public static XElement Number(string name, int value) =>
        Typed(name, value.ToString(CultureInfo.InvariantCulture), Kind.Number);

    public static XElement Boolean(string name, bool value) => Typed(name, value ? "true" : "false", Kind.Boolean);

    /// <summary>ISO 8601 with the offset, at China Standard Time like the rest of the API.</summary>
    public static XElement Instant(string name, DateTimeOffset? value) =>
        Text(name, value?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));

    public static bool IsList(XElement element) => element.Annotation<ListMark>() is not null;

    public static Kind? KindOf(XElement element) => element.Annotation<KindMark>()?.Kind;

    private static XElement Typed(string name, string? value, Kind kind)
    {
        var leaf = Text(name, value);
        leaf.AddAnnotation(new KindMark(kind));
        return leaf;
    }
}

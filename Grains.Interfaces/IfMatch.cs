namespace GridActors;

/// <summary>An <c>If-Match</c> precondition as RFC 9110 reads it: <c>*</c> matches any current
/// version, a list of entity tags matches when one of them is the current one (strong comparison:
/// a weak tag never matches).</summary>
[GenerateSerializer, Immutable, Alias("if-match.v1")]
public sealed record IfMatch(
    [property: Id(0)] bool Any,
    [property: Id(1)] IReadOnlyList<string> Tags)
{
    public static IfMatch Tag(string tag) => new(false, [tag]);

    public bool Matches(string current) => Any || Tags.Contains(current, StringComparer.Ordinal);

    public override string ToString() => Any ? "*" : string.Join(", ", Tags.Select(t => $"\"{t}\""));
}

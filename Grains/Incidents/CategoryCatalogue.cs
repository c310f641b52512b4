using GridActors.Configuration;

namespace GridActors.Incidents;

/// <summary>The categories a report may name, and the departments they may go to.</summary>
public sealed partial class CategoryCatalogue(IEnumerable<Category> categories, IEnumerable<Department>? departments = null)
{
    private readonly Dictionary<string, Category> byCode = categories.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public IReadOnlyCollection<Category> All => byCode.Values;

    public IReadOnlyList<Department> Departments { get; } = [.. departments ?? []];

    public Category? Find(string? code) => code is not null && byCode.TryGetValue(code, out var c) ? c : null;

    // Lazy, so a broken shipped file surfaces as its ConfigurationProblemException rather than a type
    // initialisation error, and loading never races the static fields the loader reads.
    private static readonly Lazy<CategoryCatalogue> Shipped = new(() => Load(ConfigurationJson.Embedded("categories.json"), "categories.json"));

    /// <summary>The categories of the domain, with limits from the local time-limit tables:
    /// <c>categories.json</c>, shipped in this assembly.</summary>
    public static CategoryCatalogue Default => Shipped.Value;
}

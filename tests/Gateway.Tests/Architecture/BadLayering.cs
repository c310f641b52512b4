using GridActors.Incidents;

namespace GridActors.Tests.Architecture;

/// <summary>A known-bad user of the Grains assembly, for the layering test to catch: a field's type
/// and a call inside a method body.</summary>
internal sealed class BadLayering(CategoryCatalogue catalogue)
{
    public int Categories => catalogue.All.Count;

    public static string Village(string gridCode) => Targets.AreaAt(gridCode, HandlingLevel.Village);
}

using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace GridActors.Tests.Architecture;

/// <summary>The layers as the compiled assemblies have them: Grains.Interfaces depends on nothing of
/// ours, and the gateway talks to grain interfaces, reaching the Silo and Grains assemblies (to
/// co-host the silo) from its hosting folder only.</summary>
public class LayeringTests
{
    private const string Hosting = "GridActors.Gateway.Hosting";
    private static readonly string[] Ours = ["Grains.Interfaces", "Grains", "Silo", "Gateway"];

    [Fact]
    public void The_gateway_uses_no_type_of_the_grains_or_silo_assemblies_outside_its_hosting_folder()
    {
        var uses = TypeUses.In(typeof(Program).Assembly.Location);
        Assert.Empty(uses.Where(u => u.Assembly is "Grains" or "Silo" && u.UserNamespace != Hosting).Select(u => u.ToString()));
        // The reader sees into method bodies: the hosting folder's one call into the silo is found.
        Assert.Contains(new TypeUse(Hosting, "ClusterHosting", "Silo", "GridActors.Silo.Hosting.SiloHosting"), uses);
    }

    [Fact]
    public void The_layering_test_catches_a_field_and_a_call_into_the_grains_assembly()
    {
        var uses = TypeUses.In(typeof(BadLayering).Assembly.Location)
            .Where(u => u.User == nameof(BadLayering) && u.Assembly == "Grains").Select(u => u.Used).Order().ToList();
        Assert.Equal(["GridActors.Incidents.Category", "GridActors.Incidents.CategoryCatalogue", "GridActors.Incidents.Targets"], uses);
    }

    [Fact]
    public void Grains_interfaces_reference_no_assembly_of_ours()
    {
        Assert.Empty(References(typeof(Access.Actor).Assembly.Location).Intersect(Ours));
        // The same reading finds the grains' reference to their interfaces.
        Assert.Contains("Grains.Interfaces", References(typeof(Incidents.CategoryCatalogue).Assembly.Location));
    }

    private static IReadOnlyList<string> References(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var md = pe.GetMetadataReader();
        return [.. md.AssemblyReferences.Select(r => md.GetString(md.GetAssemblyReference(r).Name))];
    }
}

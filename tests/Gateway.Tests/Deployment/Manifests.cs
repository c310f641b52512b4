using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using GridActors.Tests.Process.Cluster;

namespace GridActors.Tests.Deployment;

/// <summary>The YAML under deploy/, read as plain maps and lists (merge keys resolved, as Compose does).</summary>
public static class Manifests
{
    public static string Folder => Path.Combine(LocalCluster.Root, "deploy");

    /// <summary>Every document of the file.</summary>
    public static IReadOnlyList<Dictionary<object, object>> Read(string relativePath)
    {
        using var reader = new StringReader(File.ReadAllText(Path.Combine(Folder, relativePath)));
        var parser = new MergingParser(new Parser(reader));
        var deserializer = new DeserializerBuilder().Build();
        parser.Consume<StreamStart>();
        var documents = new List<Dictionary<object, object>>();
        while (parser.Accept<DocumentStart>(out _))
            documents.Add(deserializer.Deserialize<Dictionary<object, object>>(parser));
        return documents;
    }

    /// <summary>The Kubernetes object of that kind and name among every file of deploy/k8s.</summary>
    public static Dictionary<object, object> Kubernetes(string kind, string name) =>
        Directory.GetFiles(Path.Combine(Folder, "k8s"), "*.yaml")
            .SelectMany(f => Read(Path.GetRelativePath(Folder, f)))
            .Single(d => (string)d["kind"] == kind && (string)Map(d, "metadata")["name"] == name);

    public static Dictionary<object, object> Map(object node, params string[] path) =>
        (Dictionary<object, object>)path.Aggregate(node, (at, key) => ((Dictionary<object, object>)at)[key]);

    public static List<object> List(object node, params string[] path) =>
        (List<object>)path.Aggregate(node, (at, key) => ((Dictionary<object, object>)at)[key]);
}

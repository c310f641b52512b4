namespace GridActors.Tests.Process;

/// <summary>The process tests run one after another: each starts programs that take both cores of
/// the machine while they start, and side by side they would only slow each other down.</summary>
[CollectionDefinition(Collection)]
public sealed class Processes
{
    public const string Collection = "processes";
}

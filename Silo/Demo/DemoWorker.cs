using GridActors.Workers;

namespace GridActors.Silo.Demo;

/// <summary>A demo grid worker, such as w-320412101001-03-1, to register on its grid.</summary>
public sealed record DemoWorker(string Id, string Name, WorkerKind Kind, string GridCode);

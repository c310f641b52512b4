using GridActors.Benchmarks.Load;

namespace GridActors.Benchmarks.Scenarios;

/// <summary>The bare host's figures every gateway figure is compared against.</summary>
public sealed record Baselines(Throughput Noops, Throughput CaseReads, PushLatency.Result HttpPushes, Latencies Echoes);

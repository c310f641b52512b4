using GridActors.Benchmarks.App;
using GridActors.Benchmarks.Assessment;
using GridActors.Benchmarks.Board;
using GridActors.Benchmarks.Deadlines;
using GridActors.Benchmarks.Load;
using GridActors.Benchmarks.Scale;
using GridActors.Benchmarks.Observability;
using GridActors.Benchmarks.Territory;
using GridActors.Benchmarks.Warnings;
using GridActors.Benchmarks.Webhooks;

namespace GridActors.Benchmarks;

/// <summary>One run measures the gateway and, in the same process and minutes, the bare baselines it is compared against, so the ratios hold even when the machine's absolute speed drifts.</summary>
/// <remarks>Not top-level statements: their <c>Program</c> would clash with the gateway's, which the factory hosts.</remarks>
public static class Entry
{
    /// <summary>No argument: the gateway run (<c>quick</c>: the same, small, to prove it works). <c>deadlines [cases]</c>, <c>board [cases]</c>, <c>app [photos]</c>, <c>locate [grids]</c>, <c>webhooks [backlog]</c>, <c>assessment [events]</c>, <c>warnings [events] [cell]</c>, <c>scale [quick]</c>, <c>activations [count]</c>, <c>aggregator</c> or <c>observability [quick]</c>: those benchmarks alone.</summary>
    public static async Task Main(string[] args)
    {
        switch (args)
        {
            case ["deadlines", .. var rest]:
                await DeadlineBenchmark.Run(rest is [var cases] ? int.Parse(cases, System.Globalization.CultureInfo.InvariantCulture) : DeadlineBenchmark.DefaultCases);
                return;
            case ["board", .. var rest]:
                await BoardBenchmark.Run(rest is [var open] ? int.Parse(open, System.Globalization.CultureInfo.InvariantCulture) : BoardBenchmark.DefaultCases);
                return;
            case ["app", .. var rest]:
                await AppBenchmark.Run(rest is [var photos] ? int.Parse(photos, System.Globalization.CultureInfo.InvariantCulture) : AppBenchmark.DefaultPhotos);
                return;
            case ["webhooks", .. var rest]:
                await WebhookBenchmark.Run(rest is [var backlog] ? int.Parse(backlog, System.Globalization.CultureInfo.InvariantCulture) : WebhookBenchmark.DefaultBacklog);
                return;
            case ["assessment", .. var rest]:
                await AssessmentBenchmark.Run(rest is [var events] ? int.Parse(events, System.Globalization.CultureInfo.InvariantCulture) : AssessmentBenchmark.DefaultEvents);
                return;
            case ["warnings", .. var rest]:
                await WarningsBenchmark.Run(
                    rest is [var count, ..] ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : WarningsBenchmark.DefaultEvents,
                    rest is [_, var cell] ? double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture) : SyntheticMonth.Cell);
                return;
            case ["scale", .. var rest]:
                await ScaleBenchmark.Run(rest is ["quick"] ? ScaleSize.Quick : ScaleSize.Full);
                return;
            case ["activations", .. var rest]:
                await ActivationMemory.Run(rest is [var activations] ? int.Parse(activations, System.Globalization.CultureInfo.InvariantCulture) : ActivationMemory.DefaultCount);
                return;
            case ["aggregator"]:
                await AggregatorBenchmark.Run();
                return;
            case ["observability", .. var rest]:
                await ObservabilityBenchmark.Run(rest is ["quick"] ? BenchSize.Quick : BenchSize.Full);
                return;
            case ["locate", .. var rest]:
                LocateBenchmark.Run(rest is [var grids] ? int.Parse(grids, System.Globalization.CultureInfo.InvariantCulture) : LocateBenchmark.DefaultGrids);
                return;
        }

        await GatewayBenchmark.Run(args is ["quick"] ? BenchSize.Quick : BenchSize.Full);
    }
}

using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;
using GridActors.Benchmarks.Scenarios;

namespace GridActors.Benchmarks;

/// <summary>The gateway run's figures, each beside its baseline and the goal issue 11 set for it.</summary>
public static class GatewayPrint
{
    public static void All(Baselines bare, Throughput rawInserts, Throughput logAppends, BackendFigures embedded, int embeddedWarnings, string? firstWarning, BackendFigures postgres, int postgresWarnings)
    {
        Printer.Heading("Reports over HTTP (32 in flight)");
        Printer.Line($"bare ASP.NET Core endpoint      {Printer.Rate(bare.Noops, "requests")}");
        Printer.Line($"raw Npgsql insert, {NpgsqlInserts.RowBytes} B rows  {Printer.Rate(rawInserts, "rows")}");
        Reports(embedded, bare);
        Printer.Line($"    goal: ≥ 1,000 reports/s with p99 < 50 ms (spread {Printer.Number(embedded.Spread.Reports.PerSecond, "N0")}/s p99 {Printer.Number(embedded.Spread.Reports.Latency.P99, "N1")} ms; one grid {Printer.Number(embedded.OneGrid.Reports.PerSecond, "N0")}/s p99 {Printer.Number(embedded.OneGrid.Reports.Latency.P99, "N1")} ms)");
        Warnings(embedded, embeddedWarnings, firstWarning);
        Reports(postgres, bare);
        Warnings(postgres, postgresWarnings, null);
        Printer.Line($"    spread = {Printer.Ratio(postgres.Spread.Reports.PerSecond, rawInserts.PerSecond, "raw Npgsql inserts")}, one grid = {Printer.Ratio(postgres.OneGrid.Reports.PerSecond, rawInserts.PerSecond, "raw Npgsql inserts")} (goal ≥ 0.5×)");
        Printer.Line($"    the event log alone, event + case row: {Printer.Rate(logAppends, "appends")} = {Printer.Ratio(logAppends.PerSecond, rawInserts.PerSecond, "raw Npgsql inserts")}");
        // A report is at least an HTTP request, so no report path can be faster than the bare endpoint.
        Printer.Line($"    ceiling: bare HTTP = {Printer.Ratio(bare.Noops.PerSecond, rawInserts.PerSecond, "raw Npgsql inserts")}, the most any report path on this machine could reach; "
            + $"the 0.5× goal asks reports at {Printer.Ratio(0.5 * rawInserts.PerSecond, bare.Noops.PerSecond, "bare HTTP")}");

        Printer.Heading("Storage writes per report, read from the stores (goal ≤ 1.2; largest grain state ≤ 64 KB after the one-grid run)");
        foreach (var backend in new[] { embedded, postgres })
        {
            Writes(backend.Name, "spread  ", backend.Spread);
            Writes(backend.Name, "one grid", backend.OneGrid);
        }

        Printer.Heading("Case read, GET /api/v1/incidents/{id} (embedded, 32 in flight; goal ≥ 0.5× bare)");
        Printer.Line($"bare GET, {BareHost.CaseBytes + 30} B answer      {Printer.Rate(bare.CaseReads, "reads")}");
        if (embedded.CaseReads is { } reads)
        {
            Printer.Line($"gateway, {embedded.CaseBytes} B answer      {Printer.Rate(reads, "reads")}");
            Printer.Line($"    = {Printer.Ratio(reads.PerSecond, bare.CaseReads.PerSecond, "bare GET")}; latency {Printer.Percentiles(reads.Latency)}");
        }

        Printer.Heading($"List query, GET /api/v1/incidents?area=<town>&limit={ListQueries.Limit}, one at a time (goal p99 < 20 ms)");
        foreach (var backend in new[] { embedded, postgres })
        {
            var list = backend.List;
            Printer.Line($"{backend.Name}, town of {Printer.Number(list.TownCases, "N0")} cases (seeded in {Printer.Number(list.Seeding.TotalSeconds, "N1")} s)");
            if (list.FirstPages.Count > 0)
            {
                Printer.Line($"    first page     {Printer.Percentiles(list.FirstPages)}");
                Printer.Line($"    next page      {Printer.Percentiles(list.NextPages)}");
                Printer.Line($"    {list.ShortPages} pages held fewer than {ListQueries.Limit} cases");
            }
            if (list.Stopped is { } why) Printer.Line($"    {why}");
        }

        if (embedded.Pushes is { } push) Pushes(bare, push);
    }

    private static void Reports(BackendFigures backend, Baselines bare)
    {
        var (spread, oneGrid) = (backend.Spread.Reports, backend.OneGrid.Reports);
        Printer.Line($"{backend.Name}, spread over {BenchDistrict.Grids.Count} grids  {Printer.Rate(spread, "reports")}");
        Printer.Line($"    {Printer.Percentiles(spread.Latency)}; = {Printer.Ratio(spread.PerSecond, bare.Noops.PerSecond, "bare HTTP")}");
        Printer.Line($"{backend.Name}, into one grid  {Printer.Rate(oneGrid, "reports")}");
        Printer.Line($"    {Printer.Percentiles(oneGrid.Latency)}; = {Printer.Ratio(oneGrid.PerSecond, bare.Noops.PerSecond, "bare HTTP")}");
        Printer.Line($"    one grid / spread: reports/s {Printer.Ratio(oneGrid.PerSecond, spread.PerSecond, "spread")}, p99 {Printer.Ratio(oneGrid.Latency.P99, spread.Latency.P99, "spread")} (goal: within 1.5×)");
    }

    private static void Warnings(BackendFigures backend, int whole, string? first) =>
        Printer.Line($"    slow-turn warnings (\"… longer than …\"): spread {backend.Spread.SlowWarnings}, one grid {backend.OneGrid.SlowWarnings}, "
            + $"whole {backend.Name} run {whole} (goal 0 on the embedded default){(first is null ? "" : $"; first: {first}")}");

    private static void Writes(string backend, string shape, ReportFigures f) =>
        Printer.Line($"{backend}, {shape}: {Printer.Number(f.GrainWritesPerReport, "N2")} grain-state + {Printer.Number(f.EventsPerReport, "N2")} events + "
            + $"{Printer.Number(f.ReminderWritesPerReport, "N2")} reminder writes = {Printer.Number(f.WritesPerReport, "N2")} per report; "
            + $"{f.After.Rows} grain states, average {Printer.Number(f.After.AverageStateBytes, "N0")} B, largest {Printer.Number(f.After.LargestStateBytes / 1024.0, "N1")} KB");

    private static void Pushes(Baselines bare, PushLatency.Result push)
    {
        Printer.Heading("Push latency, command to SignalR receipt (embedded gateway; goal send → push p99 ≤ 10 ms)");
        Printer.Line($"bare hub echo, invoke → push           {Printer.Percentiles(bare.Echoes)}");
        Printer.Line($"bare HTTP command, send → push         {Printer.Percentiles(bare.HttpPushes.SendToPush)}");
        Printer.Line($"bare HTTP command, response → push     {Printer.Percentiles(bare.HttpPushes.ResponseToPush)}");
        Printer.Line($"gateway command, send → push           {Printer.Percentiles(push.SendToPush)}");
        Printer.Line($"gateway command, response → push       {Printer.Percentiles(push.ResponseToPush)}");
        Printer.Line($"    send → push p50 = {Printer.Ratio(push.SendToPush.P50, bare.HttpPushes.SendToPush.P50, "bare HTTP push")}, {Printer.Ratio(push.SendToPush.P50, bare.Echoes.P50, "bare hub echo")}");
        Printer.Line($"    send → push p99 = {Printer.Ratio(push.SendToPush.P99, bare.HttpPushes.SendToPush.P99, "bare HTTP push")}, {Printer.Ratio(push.SendToPush.P99, bare.Echoes.P99, "bare hub echo")}");
        Printer.Line($"    response → push p50 = {Printer.Ratio(push.ResponseToPush.P50, bare.HttpPushes.ResponseToPush.P50, "bare HTTP push")}, p99 = {Printer.Ratio(push.ResponseToPush.P99, bare.HttpPushes.ResponseToPush.P99, "bare HTTP push")}");
        Printer.Line("    (a negative response → push means the push arrived before the HTTP response)");
    }
}

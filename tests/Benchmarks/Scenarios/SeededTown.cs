using System.Globalization;
using GridActors.Benchmarks.Hosts;

namespace GridActors.Benchmarks.Scenarios;

/// <summary>A town's store of past cases, written straight into <c>cases</c> and <c>case_parties</c>
/// by one generated INSERT each: reporting 100,000 cases through the API would take most of an
/// hour here. Every seeded case is closed, so no grid or area loads it as open; they are spread
/// over the town's grids and over the year before the run, one reporter party each.</summary>
public static class SeededTown
{
    private const string Party = "'reporter:Operator:bench-seed:" + GatewayApi.District + "'";

    /// <summary>Seeds <paramref name="count"/> cases into <paramref name="town"/> of <see cref="BenchDistrict"/>
    /// and answers how many cases the town holds afterwards, counted in the store.</summary>
    public static async Task<long> Seed(Store store, string town, int count)
    {
        var n = count.ToString(CultureInfo.InvariantCulture);
        await store.Execute(store.IsSqlite ? Sqlite(town, n) : PostgreSql(town, n));
        return await store.Scalar($"SELECT COUNT(*) FROM cases WHERE town_code = '{town}'");
    }

    // Microseconds since 1970: the year before 2026-01-01, one case every ~5 minutes at 100,000.
    private static string Sqlite(string town, string n) => $"""
        BEGIN;
        CREATE TEMP TABLE seed_n AS
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n}) SELECT i FROM n;
        INSERT INTO cases (id, version, status, source, category, urgency, title, description, grid_code, village_code, town_code, district_code,
                           level, handler, reporter_id, reporter_role, reported_at, filed_at, closed_at, updated_at, due_estimated, stage_due_estimated)
        SELECT printf('inc-seed-{town}-%08d', i), 4, 'Closed', 'Hotline12345', 'environment.rubbish', 'Normal', printf('Seeded case %d', i), NULL,
               printf('{town}%03d-%02d', 1 + i % {BenchDistrict.VillagesPerTown}, 1 + (i / {BenchDistrict.VillagesPerTown}) % {BenchDistrict.GridsPerVillage}),
               printf('{town}%03d', 1 + i % {BenchDistrict.VillagesPerTown}), '{town}', '{GatewayApi.District}',
               'Grid', NULL, 'bench-seed', 'Operator', r, r + 60000000, r + 86400000000, r + 86400000000, 0, 0
        FROM (SELECT i, 1735689600000000 + i * (31536000000000 / {n}) AS r FROM seed_n);
        INSERT INTO case_parties (party, case_id) SELECT {Party}, printf('inc-seed-{town}-%08d', i) FROM seed_n;
        DROP TABLE seed_n;
        COMMIT;
        """;

    private static string PostgreSql(string town, string n) => $"""
        INSERT INTO cases (id, version, status, source, category, urgency, title, description, grid_code, village_code, town_code, district_code,
                           level, handler, reporter_id, reporter_role, reported_at, filed_at, closed_at, updated_at, due_estimated, stage_due_estimated)
        SELECT 'inc-seed-{town}-' || lpad(i::text, 8, '0'), 4, 'Closed', 'Hotline12345', 'environment.rubbish', 'Normal', 'Seeded case ' || i, NULL,
               '{town}' || lpad((1 + i % {BenchDistrict.VillagesPerTown})::text, 3, '0') || '-' || lpad((1 + (i / {BenchDistrict.VillagesPerTown}) % {BenchDistrict.GridsPerVillage})::text, 2, '0'),
               '{town}' || lpad((1 + i % {BenchDistrict.VillagesPerTown})::text, 3, '0'), '{town}', '{GatewayApi.District}',
               'Grid', NULL, 'bench-seed', 'Operator', r, r + interval '1 minute', r + interval '1 day', r + interval '1 day', false, false
        FROM (SELECT i, timestamptz '2025-01-01 00:00:00+00' + i * (interval '365 days' / {n}) AS r FROM generate_series(1, {n}) AS i) AS seed;
        INSERT INTO case_parties (party, case_id) SELECT {Party}, 'inc-seed-{town}-' || lpad(i::text, 8, '0') FROM generate_series(1, {n}) AS i;
        ANALYZE cases;
        """;
}

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using GridActors.Incidents;

namespace GridActors.Gateway.Incidents;

/// <summary>A case list as CSV (RFC 4180, UTF-8, a header row), written page by page as the pages
/// are read, so an export of any size holds one page in memory. A cell that a spreadsheet would
/// take for a formula (= + - @, tab, carriage return first) is escaped with a leading <c>'</c>.</summary>
public static class CaseCsv
{
    public const string MediaType = "text/csv";

    /// <summary>RFC 4180 with CRLF, and formula-like cells escaped: every CSV the API writes.</summary>
    public static readonly CsvConfiguration Format = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        NewLine = "\r\n",
    };

    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    private static readonly string[] Header =
    [
        "id", "version", "status", "light", "category", "urgency", "title", "gridCode", "villageCode", "townCode",
        "districtCode", "level", "handler", "source", "reportedAt", "filedAt", "closedAt", "dueAt", "stageDueAt",
        "latitude", "longitude", "address",
    ];

    public static bool IsAsked(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every page from the query's start on; <paramref name="page"/> reads the page after a key.</summary>
    public static async Task Write(Stream body, CaseQuery query, Func<CaseQuery, Task<CasePage>> page, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await using var csv = new CsvWriter(text, Format);
        foreach (var name in Header) csv.WriteField(name);
        await csv.NextRecordAsync();
        for (var next = query with { Limit = CaseQuery.MaxLimit, Count = false }; ;)
        {
            var read = await page(next);
            foreach (var row in read.Items) await WriteRow(csv, CaseListItem.Of(row, read.At));
            await csv.FlushAsync();
            await text.FlushAsync(cancellationToken);
            if (read.Next is null) return;
            next = next with { After = read.Next };
        }
    }

    private static async Task WriteRow(CsvWriter csv, CaseListItem c)
    {
        string[] cells =
        [
            c.Id, Number(c.Version), c.Status.ToString(), c.Light.ToString(), c.Category, c.Urgency.ToString(), c.Title,
            c.GridCode, c.VillageCode, c.TownCode, c.DistrictCode, c.Level?.ToString() ?? "", c.Handler ?? "",
            c.Source.ToString(), Instant(c.ReportedAt), Instant(c.FiledAt), Instant(c.ClosedAt), Instant(c.DueAt),
            Instant(c.StageDueAt), Number(c.Location?.Latitude), Number(c.Location?.Longitude), c.Address ?? "",
        ];
        foreach (var cell in cells) csv.WriteField(cell);
        await csv.NextRecordAsync();
    }

    /// <summary>At +08:00, as the JSON of the same list.</summary>
    private static string Instant(DateTimeOffset? at) =>
        at?.ToOffset(ChinaStandardTime).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture) ?? "";

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;
using CsvHelper;
using GridActors.Assessment;
using GridActors.Gateway.Incidents;

namespace GridActors.Gateway.Assessment;

/// <summary>The report as one CSV table, a row per figure: the unit's level, code, rank (grids and
/// workers), score and grade beside each figure, so a spreadsheet filters it by level or indicator.</summary>
public static class AssessmentCsv
{
    public const string MediaType = CaseCsv.MediaType;

    public static byte[] Write(AssessmentReport report)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        using (var csv = new CsvWriter(text, CaseCsv.Format))
        {
            foreach (var name in new[] { "level", "code", "rank", "score", "grade", "indicator", "numerator", "denominator", "value", "formulaVersion" })
                csv.WriteField(name);
            csv.NextRecord();
            var ranks = report.GridRanking.Concat(report.WorkerRanking).ToLookup(r => r.Code, StringComparer.Ordinal);
            foreach (var unit in report.Units)
                foreach (var f in unit.Figures)
                {
                    var rank = unit.Level is UnitLevel.Grid or UnitLevel.Worker ? ranks[unit.Code].FirstOrDefault()?.Rank : null;
                    foreach (var cell in new[]
                    {
                        AssessmentJson.LevelName(unit.Level), unit.Code, Number(rank), Number(unit.Score), unit.Grade ?? "",
                        f.Indicator, Number(f.Numerator), Number(f.Denominator), Number(f.Value), Number(f.FormulaVersion),
                    })
                        csv.WriteField(cell);
                    csv.NextRecord();
                }
        }
        return buffer.ToArray();
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}

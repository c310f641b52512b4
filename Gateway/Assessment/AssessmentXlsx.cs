using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GridActors.Assessment;

namespace GridActors.Gateway.Assessment;

/// <summary>The report as a workbook (Open XML SDK) to hand on: a <c>report</c> sheet saying what it
/// is, one sheet per level (a row per unit: code, rank, score, grade, then each indicator's numerator,
/// denominator and value) and the two rankings. Numbers are number cells, exactly as the JSON has them.</summary>
public static class AssessmentXlsx
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(AssessmentReport report)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            void Add(string name, IEnumerable<IReadOnlyList<object?>> rows)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var cells in rows) data.Append(new Row(cells.Select(Cell)));
                part.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
            }

            Add("report", [
                ["area", report.Area],
                ["from", report.From.ToOffset(TimeSpan.FromHours(8)).ToString("O", CultureInfo.InvariantCulture)],
                ["to", report.To.ToOffset(TimeSpan.FromHours(8)).ToString("O", CultureInfo.InvariantCulture)],
                ["formulaVersion", report.FormulaVersion],
            ]);
            var indicators = report.Units.FirstOrDefault()?.Figures.Select(f => f.Indicator).ToList() ?? [];
            var ranks = report.GridRanking.Concat(report.WorkerRanking).ToLookup(r => r.Code, StringComparer.Ordinal);
            foreach (var level in Enum.GetValues<UnitLevel>())
            {
                IReadOnlyList<object?> header = ["code", "rank", "score", "grade", .. indicators.SelectMany(i => new[] { $"{i}.numerator", $"{i}.denominator", $"{i}.value" })];
                Add(AssessmentJson.LevelName(level), [header, .. report.Units.Where(u => u.Level == level).Select(u => (IReadOnlyList<object?>)[
                    u.Code,
                    level is UnitLevel.Grid or UnitLevel.Worker ? ranks[u.Code].FirstOrDefault()?.Rank : null,
                    u.Score, u.Grade,
                    .. u.Figures.SelectMany(f => new object?[] { f.Numerator, f.Denominator, f.Value }),
                ])]);
            }
            Add("grid ranking", Ranking(report.GridRanking));
            Add("worker ranking", Ranking(report.WorkerRanking));
        }
        return buffer.ToArray();
    }

    private static IEnumerable<IReadOnlyList<object?>> Ranking(IReadOnlyList<Ranked> ranking) =>
        [["rank", "code", "score", "grade"], .. ranking.Select(r => (IReadOnlyList<object?>)[r.Rank, r.Code, r.Score, r.Grade])];

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) },
        int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value.ToString()!)) },
    };
}

using NetTopologySuite.Geometries;

namespace GridActors.Silo.Demo;

/// <summary>Cuts a village's rectangle into grid cells that look hand-drawn but tile it exactly. The village
/// is split into rows; each row into cells by slanted cuts; the lines between rows wave gently. Every line
/// is computed once and both cells beside it take the very same vertices, so there is no gap and no
/// overlap, and the rectangle's own sides stay straight so neighbouring villages meet it exactly.
/// Validity holds by construction: the waves are never as steep as the cuts (amplitude 0.1 of a row,
/// at most two periods across the village; cut ends jittered at most 0.2 of a cell), so no cut crosses
/// a row line twice, and the row lines never meet.</summary>
internal static class VillageCells
{
    public static IReadOnlyList<Coordinate[]> Cut(Envelope village, int count, Random random)
    {
        var groundAspect = village.Height / (village.Width * Math.Cos(village.Centre.Y * Math.PI / 180));
        var rows = Math.Clamp((int)Math.Round(Math.Sqrt(count * groundAspect)), 1, count);
        var perRow = Enumerable.Range(0, rows).Select(r => count / rows + (r < count % rows ? 1 : 0)).ToArray();
        var cuts = perRow.Select(cells => Cuts(village, cells, random)).ToArray();

        var lines = new Coordinate[rows + 1][];
        for (var j = 0; j <= rows; j++)
        {
            var xs = new SortedSet<double> { village.MinX, village.MaxX };
            if (j > 0) xs.UnionWith(cuts[j - 1].Select(c => c.Top));
            if (j < rows) xs.UnionWith(cuts[j].Select(c => c.Bottom));
            lines[j] = RowLine(village, j, rows, xs, random);
        }

        var cells = new List<Coordinate[]>(count);
        for (var j = 0; j < rows; j++)
            for (var i = 0; i < perRow[j]; i++)
            {
                (double Bottom, double Top) left = i == 0 ? (village.MinX, village.MinX) : cuts[j][i - 1];
                (double Bottom, double Top) right = i == perRow[j] - 1 ? (village.MaxX, village.MaxX) : cuts[j][i];
                // Counter-clockwise, as RFC 7946 wants an outer ring: along the bottom line, then back along the top.
                var bottom = lines[j].Where(c => c.X >= left.Bottom && c.X <= right.Bottom);
                var top = lines[j + 1].Where(c => c.X >= left.Top && c.X <= right.Top).Reverse();
                var ring = bottom.Concat(top).ToList();
                ring.Add(ring[0]);
                cells.Add([.. ring]);
            }
        return cells;
    }

    private static (double Bottom, double Top)[] Cuts(Envelope village, int cells, Random random)
    {
        var width = village.Width / cells;
        return [.. Enumerable.Range(1, cells - 1).Select(i =>
        {
            var x = village.MinX + i * width;
            return (x + width * (random.NextDouble() - 0.5) * 0.4, x + width * (random.NextDouble() - 0.5) * 0.4);
        })];
    }

    /// <summary>The line under row <paramref name="j"/> (the top of the village for j = rows): straight on the
    /// village's edges, a gentle wave inside.</summary>
    private static Coordinate[] RowLine(Envelope village, int j, int rows, IEnumerable<double> xs, Random random)
    {
        var y = j == rows ? village.MaxY : village.MinY + j * village.Height / rows;
        if (j == 0 || j == rows) return [.. xs.Select(x => new Coordinate(x, y))];
        var amplitude = 0.1 * village.Height / rows;
        var periods = random.Next(1, 3);
        var phase = random.NextDouble() * 2 * Math.PI;
        return [.. xs.Select(x => new Coordinate(x, y + amplitude * Math.Sin(2 * Math.PI * periods * (x - village.MinX) / village.Width + phase)))];
    }
}

using GridActors.Territory;

namespace GridActors.Warnings;

/// <summary>Things at points, found again by "within r metres of here": bucketed in square cells of
/// 2r/111 km a side in degrees, which is at least r metres each way up to 60° of latitude, so a point's
/// cell and the eight around it hold everything within r. Adding and removing cost one cell's list.
/// (NetTopologySuite's dynamic quadtree answered these queries with most of its points once thousands
/// of them lay close together.)</summary>
public sealed class NearbyCells<T>(double metres) where T : class
{
    private const double MetresPerDegree = 111_195;
    private readonly double size = 2 * metres / MetresPerDegree;
    private readonly Dictionary<(long, long), List<T>> cells = [];

    public void Add(GeoPoint at, T item)
    {
        var cell = CellOf(at);
        if (!cells.TryGetValue(cell, out var items)) cells[cell] = items = [];
        items.Add(item);
    }

    public void Remove(GeoPoint at, T item)
    {
        var cell = CellOf(at);
        if (!cells.TryGetValue(cell, out var items)) return;
        items.Remove(item);
        if (items.Count == 0) cells.Remove(cell);
    }

    /// <summary>Everything in the point's cell and the eight around it: all within r, and some further.</summary>
    public IEnumerable<T> Around(GeoPoint at)
    {
        var (row, column) = CellOf(at);
        for (var r = row - 1; r <= row + 1; r++)
            for (var c = column - 1; c <= column + 1; c++)
                if (cells.TryGetValue((r, c), out var items))
                    foreach (var item in items) yield return item;
    }

    private (long, long) CellOf(GeoPoint at) => ((long)Math.Floor(at.Latitude / size), (long)Math.Floor(at.Longitude / size));
}

namespace GridActors.Territory;

/// <summary>Read by operations boards; the same for a grid and for any area above it.</summary>
[Alias("board")]
public interface IBoard : IGrainWithStringKey
{
    [Alias("board.get")]
    Task<AreaBoard> GetBoard();

    [Alias("board.changes")]
    Task<AreaChanges> GetChanges(string since);

    /// <summary>Per grid, its open cases, their worst light and its open alerts: what a map colours
    /// by, without carrying the cases themselves.</summary>
    [Alias("board.grid-lights")]
    Task<IReadOnlyList<GridLight>> GetGridLights();
}

using GridActors.Access;

namespace GridActors.Incidents;

/// <summary>Everything a decision needs besides the case: who, when, the catalogue, and the facts
/// the grain looked up beforehand (does the grid exist, which grids the named worker serves).</summary>
public sealed record CommandContext(
    string CommandId,
    Actor Actor,
    DateTimeOffset Now,
    CategoryCatalogue Categories,
    bool GridExists = false,
    IReadOnlyList<string>? HandlerGrids = null);

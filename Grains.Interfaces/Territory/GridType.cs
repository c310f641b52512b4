namespace GridActors.Territory;

/// <summary>A community grid, or an exclusive grid (专属网格) around one kind of place.</summary>
public enum GridType { Community, Enterprise, School, Hospital, Park, Market, Other }

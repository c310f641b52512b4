namespace GridActors.Incidents;

/// <summary>A department cases can be dispatched to (部门报到), by the code handlers use.</summary>
public sealed record Department(string Code, string NameZh, string NameEn);

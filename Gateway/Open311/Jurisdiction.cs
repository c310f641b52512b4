using GridActors.Access;

namespace GridActors.Gateway.Open311;

/// <summary>An Open311 fault: the HTTP status and what to tell the client.</summary>
public sealed record Fault(int Status, string Description);

/// <summary><c>jurisdiction_id</c> is a district code. As the spec says, it is required only when the
/// endpoint serves more than one jurisdiction: here, when grids are defined in more than one district.
/// A district without grids is unknown (404); one outside the key's area is not the key's to use (403).</summary>
public static class Jurisdiction
{
    public const string Field = "jurisdiction_id";

    public static Fault? Check(string? given, IReadOnlyCollection<string> districts, Actor? system)
    {
        if (string.IsNullOrEmpty(given))
            return districts.Count > 1
                ? new Fault(StatusCodes.Status400BadRequest, $"{Field} is required: this endpoint serves {districts.Count} districts; give the district code, e.g. {districts.Order().First()}")
                : null;
        if (!districts.Contains(given))
            return new Fault(StatusCodes.Status404NotFound, $"{Field} '{given}' is not a jurisdiction of this endpoint");
        if (system is not null && !AreaCode.Contains(given, system.Scope))
            return new Fault(StatusCodes.Status403Forbidden, $"the api_key may not report or read in {Field} '{given}'");
        return null;
    }
}

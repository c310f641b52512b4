namespace GridActors;

/// <summary>What well-formed input looks like, said the same way wherever a code or a position is refused.</summary>
public static class Expected
{
    public const string GridCode = "a grid code looks like 320412101001-03";
    public const string AreaCode = "an area code is 6, 9 or 12 digits, or a grid code like 320412101001-03";
    public const string Position = "latitude must be within ±90 and longitude within ±180";
}

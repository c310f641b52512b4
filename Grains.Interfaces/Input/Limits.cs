namespace GridActors;

/// <summary>How long free text may be, so one report cannot bloat a case file or a board.</summary>
public static class Limits
{
    public const int Id = 100;
    public const int Title = 200;
    public const int Description = 4000;
    public const int Address = 500;
    public const int Note = 2000;
    public const int Photos = 9;
    public const int PhotoUrl = 500;
}

namespace GridActors;

/// <summary>How long free text may be, so one report cannot bloat a case file or a board.</summary>
public static class Limits
{
    public const int Id = 100;
    public const int Name = 100;
    public const int Phone = 30;
    public const int Title = 200;
    public const int Description = 4000;
    public const int Address = 500;
    public const int Note = 2000;
    public const int Photos = 9;
    public const int PhotoUrl = 500;
    /// <summary>A register entry's address and note: a home, and a few lines on a visit.</summary>
    public const int EntryAddress = 200;
    public const int EntryNote = 1000;
}

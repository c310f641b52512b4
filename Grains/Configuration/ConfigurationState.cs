namespace GridActors.Configuration;

/// <summary>A settings document as an admin last set it, and who set it when.</summary>
[GenerateSerializer, Alias("configuration-state.v1")]
public sealed class ConfigurationState
{
    [Id(0)] public ConfigurationDocument? Document { get; set; }
    [Id(1)] public string? ChangedBy { get; set; }
    [Id(2)] public DateTimeOffset? ChangedAt { get; set; }
    /// <summary>Documents put in force: the version of the latest in the log's configuration stream.</summary>
    [Id(3)] public long Changes { get; set; }
}

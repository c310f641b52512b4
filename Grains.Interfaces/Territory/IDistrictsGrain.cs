namespace GridActors.Territory;

/// <summary>Every district with a grid defined in it (key 0): what a check across the whole platform
/// walks, such as whether any open case still names a category.</summary>
[Alias("districts")]
public interface IDistrictsGrain : IGrainWithIntegerKey
{
    /// <summary>A grid of the district was defined; enrolling twice changes nothing.</summary>
    [Alias("enrol")]
    Task Enrol(string district);

    [Alias("all"), Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<string>> GetAll();
}

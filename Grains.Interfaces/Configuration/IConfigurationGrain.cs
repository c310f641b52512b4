using GridActors.Access;

namespace GridActors.Configuration;

/// <summary>One settings document of the platform, as a platform admin last set it: key
/// <see cref="ConfigurationKeys.Categories"/> (the category catalogue) or
/// <see cref="ConfigurationKeys.Calendar"/> (the working calendar). A stored document survives
/// restarts and takes precedence over the silos' start-up files.</summary>
[Alias("configuration")]
public interface IConfigurationGrain : IGrainWithStringKey
{
    /// <summary>The document in force: the stored one, or else the start-up one of the silo this grain runs on.</summary>
    [Alias("get")]
    Task<ConfigurationDocument> Get();

    /// <summary>The stored document; null while no admin has set one.</summary>
    [Alias("stored"), Orleans.Concurrency.AlwaysInterleave]
    Task<ConfigurationDocument?> GetStored();

    /// <summary>The tag of the stored document, for silos checking whether theirs is current.</summary>
    [Alias("stored-tag"), Orleans.Concurrency.AlwaysInterleave]
    Task<string?> GetStoredTag();

    /// <summary>What the document in force needs an admin for, as of now on the silo's clock: for the
    /// calendar, this year or (from 1 December) next year without a holiday schedule; none for the catalogue.</summary>
    [Alias("warnings"), Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<ConfigurationWarning>> GetWarnings();

    /// <summary>Validates the JSON with the same loader as the start-up file and, when it is clean
    /// and <paramref name="ifMatch"/> matches the tag of the document in force, stores it and puts it in
    /// force. Platform admins only (ConfigurationRules): the documents are every district's.</summary>
    [Alias("set")]
    Task<ConfigurationChange> Set(string json, IfMatch ifMatch, Actor admin);
}

public static class ConfigurationKeys
{
    public const string Categories = "categories";
    public const string Calendar = "calendar";
}

namespace GridActors.Silo.Storage;

/// <summary>Where grain state and reminders live, and so how the silos find each other.</summary>
public enum StorageBackend
{
    /// <summary>One process: a SQLite file for state and reminders, in-process clustering.</summary>
    Embedded,

    /// <summary>Production: state, reminders and cluster membership on PostgreSQL.</summary>
    PostgreSql,
}

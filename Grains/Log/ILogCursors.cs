namespace GridActors.Log;

/// <summary>Durable cursors of the log's readers, by reader name.</summary>
public interface ILogCursors
{
    /// <summary>The last sequence number the reader finished with; 0 for a reader never seen.</summary>
    Task<long> Read(string name);

    Task Save(string name, long sequence);
}

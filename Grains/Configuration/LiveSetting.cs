using System.Text;

namespace GridActors.Configuration;

/// <summary>A settings value read from a document, with the document; <see cref="Stored"/> when it
/// came from the configuration grain rather than the start-up file.</summary>
public sealed record Loaded<T>(T Value, ConfigurationDocument Document, bool Stored) where T : class;

/// <summary>This silo's running value of one settings document. The value is immutable and swapped
/// whole, so a call that read it sees one consistent catalogue or calendar, and the next call the
/// newest.</summary>
public sealed class LiveSetting<T> where T : class
{
    private readonly Func<Stream, string, T> load;
    private Loaded<T> current;

    public LiveSetting(string key, Func<Stream, string, T> load, string json, string file)
    {
        (Key, this.load) = (key, load);
        current = Read(json, file, stored: false);
    }

    /// <summary>The grain key of the document (see <see cref="ConfigurationKeys"/>).</summary>
    public string Key { get; }

    public Loaded<T> Current => Volatile.Read(ref current);

    public T Value => Current.Value;

    /// <summary>Reads a document with the setting's loader, which throws a
    /// <see cref="ConfigurationProblemException"/> listing every fault; nothing is put in force.</summary>
    public Loaded<T> Read(string json, string file, bool stored)
    {
        var value = load(new MemoryStream(Encoding.UTF8.GetBytes(json)), file);
        return new(value, ConfigurationJson.Document(json), stored);
    }

    public void Use(Loaded<T> next) => Volatile.Write(ref current, next);
}

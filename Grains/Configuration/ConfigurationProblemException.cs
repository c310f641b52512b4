namespace GridActors.Configuration;

/// <summary>One thing wrong in a configuration file: the entry at fault and what is wrong with it.</summary>
public sealed record ConfigurationProblem(string Entry, string Problem)
{
    public override string ToString() => $"{Entry}: {Problem}";
}

/// <summary>Thrown by a loader with every problem it found, so whoever edits the file fixes them all
/// in one pass instead of one per restart.</summary>
public sealed class ConfigurationProblemException(string file, IReadOnlyList<ConfigurationProblem> problems)
    : Exception($"{file} has {problems.Count} problem(s):{Environment.NewLine}  "
        + string.Join(Environment.NewLine + "  ", problems))
{
    public string File { get; } = file;
    public IReadOnlyList<ConfigurationProblem> Problems { get; } = problems;
}

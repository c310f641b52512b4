namespace GridActors.Configuration;

/// <summary>Collects problems while a loader walks a file, so it can report all of them at once.</summary>
internal sealed class ProblemList(string file)
{
    private readonly List<ConfigurationProblem> problems = [];

    public void Add(string entry, string problem) => problems.Add(new(entry, problem));

    public void ThrowIfAny()
    {
        if (problems.Count > 0) throw new ConfigurationProblemException(file, problems);
    }
}

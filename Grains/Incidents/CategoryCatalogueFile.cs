using GridActors.Configuration;

namespace GridActors.Incidents;

public sealed partial class CategoryCatalogue
{
    private static readonly string[] UrgencyKeys = ["normal", "urgent", "veryUrgent"];
    private static readonly string[] StageKeys = ["accept", "handle", "verify", "case"];

    /// <summary>Reads a catalogue file (see <c>categories.json</c> for its shape), or throws a
    /// <see cref="ConfigurationProblemException"/> listing everything wrong with it.</summary>
    public static CategoryCatalogue Load(Stream json, string file = "category catalogue")
    {
        var content = ConfigurationJson.Read<CatalogueFile>(json, file);
        var problems = new ProblemList(file);
        var departments = ReadDepartments(content.Departments ?? [], problems);
        var categories = new List<Category>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, i) in (content.Categories ?? []).Select((e, i) => (e, i)))
        {
            var name = string.IsNullOrWhiteSpace(entry.Code) ? $"categories[{i}]" : entry.Code;
            if (string.IsNullOrWhiteSpace(entry.Code)) problems.Add(name, "a category needs a code");
            else if (!codes.Add(entry.Code)) problems.Add(name, "the code is used by another category");
            if (ReadCategory(name, entry, departments, problems) is { } category) categories.Add(category);
        }
        if (content.Categories is not { Count: > 0 }) problems.Add("categories", "the catalogue has no categories");
        problems.ThrowIfAny();
        return new CategoryCatalogue(categories, departments.Values);
    }

    private static Dictionary<string, Department> ReadDepartments(List<DepartmentEntry> entries, ProblemList problems)
    {
        var departments = new Dictionary<string, Department>(StringComparer.Ordinal);
        foreach (var (d, i) in entries.Select((d, i) => (d, i)))
        {
            var name = $"departments[{i}] {d.Code}";
            if (string.IsNullOrWhiteSpace(d.Code) || string.IsNullOrWhiteSpace(d.Zh) || string.IsNullOrWhiteSpace(d.En))
                problems.Add(name, "a department needs a code and names in Chinese (zh) and English (en)");
            else if (!departments.TryAdd(d.Code, new Department(d.Code, d.Zh, d.En)))
                problems.Add(name, "the code is used by another department");
        }
        return departments;
    }

    private static Category? ReadCategory(string name, CategoryEntry e, Dictionary<string, Department> departments, ProblemList problems)
    {
        var ok = true;
        void Problem(string entry, string problem) { problems.Add(entry, problem); ok = false; }

        if (string.IsNullOrWhiteSpace(e.Name?.Zh) || string.IsNullOrWhiteSpace(e.Name?.En))
            Problem(name, "a category needs names in Chinese (name.zh) and English (name.en)");
        if (!Enum.GetNames<HandlingLevel>().Contains(e.DefaultLevel))
            Problem(name, $"unknown default level '{e.DefaultLevel}'; use {string.Join(", ", Enum.GetNames<HandlingLevel>())}");
        if (e.Department is not null && !departments.ContainsKey(e.Department))
            Problem(name, $"unknown department '{e.Department}'; departments are listed under \"departments\"");
        if (e.Department is null && e.DefaultLevel == nameof(HandlingLevel.Department))
            Problem(name, "a category handled by a department by default must name the department");

        ReadQuestions(name, e.Questions, Problem);

        if (e.Limits is null || e.Limits.Count == 0)
        {
            Problem(name, "the category has no limits");
            return null;
        }
        foreach (var stage in e.Limits.Keys.Except(StageKeys))
            Problem($"{name} limits.{stage}", $"unknown stage; use {string.Join(", ", StageKeys)}");
        var stages = StageKeys.Select(stage => ReadStage($"{name} limits.{stage}", e.Limits.GetValueOrDefault(stage), Problem)).ToArray();

        return ok && stages is [{ } accept, { } handle, { } verify, { } whole]
            ? new Category(e.Code!, e.Name!.Zh!, e.Name.En!, Enum.Parse<HandlingLevel>(e.DefaultLevel!), e.Department,
                new CategoryLimits(accept, handle, verify, whole))
            : null;
    }

    private static UrgencyLimits? ReadStage(string name, Dictionary<string, string>? entry, Action<string, string> problem)
    {
        if (entry is null)
        {
            problem(name, "the stage has no limits");
            return null;
        }
        foreach (var urgency in entry.Keys.Except(UrgencyKeys))
            problem($"{name}.{urgency}", $"unknown urgency; use {string.Join(", ", UrgencyKeys)}");
        var limits = UrgencyKeys.Select(urgency =>
        {
            if (!entry.TryGetValue(urgency, out var text))
            {
                problem($"{name}.{urgency}", "no limit given");
                return null;
            }
            var limit = TimeLimit.Parse(text, out var why);
            if (why is not null) problem($"{name}.{urgency}", why);
            return limit;
        }).ToArray();
        return limits is [{ } normal, { } urgent, { } veryUrgent] ? new UrgencyLimits(normal, urgent, veryUrgent) : null;
    }

    private sealed record CatalogueFile(List<DepartmentEntry>? Departments, List<CategoryEntry>? Categories);
    private sealed record DepartmentEntry(string? Code, string? Zh, string? En);
    private sealed record CategoryEntry(string? Code, NameEntry? Name, string? DefaultLevel, string? Department,
        Dictionary<string, Dictionary<string, string>>? Limits, List<QuestionEntry>? Questions = null);
    private sealed record NameEntry(string? Zh, string? En);
}

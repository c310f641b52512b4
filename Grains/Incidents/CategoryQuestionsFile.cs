using GridActors.Configuration;

namespace GridActors.Incidents;

/// <summary>A category's own questions (<c>questions</c> in the catalogue file), which Open311 asks
/// as the service's attributes beside the urgency. The grains never read the answers (they go into the
/// report's description), so the loader only makes sure each question can be asked and answered.</summary>
public sealed partial class CategoryCatalogue
{
    /// <summary>The kinds of answer Open311 GeoReport v2 knows.</summary>
    public static readonly IReadOnlyList<string> QuestionTypes = ["string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"];

    /// <summary>The urgency is every category's first question, asked by the gateway itself.</summary>
    private const string UrgencyQuestion = "urgency";

    private static void ReadQuestions(string category, List<QuestionEntry>? questions, Action<string, string> problem)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (q, i) in (questions ?? []).Select((q, i) => (q, i)))
        {
            var name = $"{category} questions[{i}] {q.Code}".TrimEnd();
            if (string.IsNullOrWhiteSpace(q.Code) || q.Code.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
                problem(name, "a question needs a code of letters, digits, '-' or '_'");
            else if (q.Code == UrgencyQuestion || !codes.Add(q.Code))
                problem(name, "the code is used by another question (urgency is every category's)");
            if (string.IsNullOrWhiteSpace(q.Zh) || string.IsNullOrWhiteSpace(q.En))
                problem(name, "a question needs its text in Chinese (zh) and English (en)");
            if (!QuestionTypes.Contains(q.Datatype))
                problem(name, $"unknown datatype '{q.Datatype}'; use {string.Join(", ", QuestionTypes)}");
            var isList = q.Datatype is "singlevaluelist" or "multivaluelist";
            if (isList && q.Values is not { Count: > 0 }) problem(name, "a list question needs values");
            if (!isList && q.Values is { Count: > 0 }) problem(name, "only a list question has values");
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var v in q.Values ?? [])
                if (string.IsNullOrWhiteSpace(v.Key) || string.IsNullOrWhiteSpace(v.Zh) || string.IsNullOrWhiteSpace(v.En) || !keys.Add(v.Key))
                    problem($"{name} values {v.Key}".TrimEnd(), "a value needs a key of its own and names in Chinese (zh) and English (en)");
        }
    }

    private sealed record QuestionEntry(string? Code, string? Zh, string? En, string? Datatype, bool Required, List<ValueEntry>? Values);
    private sealed record ValueEntry(string? Key, string? Zh, string? En);
}

using System.Globalization;
using System.Xml.Linq;
using GridActors.Incidents;

namespace GridActors.Gateway.Open311;

/// <summary>The questions a service asks beyond its description: first the report's urgency
/// (一般 / 紧急 / 特急), which sets its time limits, then the category's own questions from the catalogue.</summary>
public static class Attributes
{
    public const string UrgencyCode = "urgency";

    /// <summary>Free-text answers are notes on the report, no longer than one.</summary>
    private const int MaxAnswer = Limits.Note;

    private static readonly Question UrgencyQuestion = new(UrgencyCode, "紧急程度", "Urgency", "singlevaluelist", false,
    [
        new(nameof(Urgency.Normal), "一般", "Normal"),
        new(nameof(Urgency.Urgent), "紧急", "Urgent"),
        new(nameof(Urgency.VeryUrgent), "特急", "Very urgent"),
    ]);

    private static IEnumerable<Question> Of(Service service) => [UrgencyQuestion, .. service.Questions];

    public static XElement Definition(Service service) => Tree.Object("service_definition",
        Tree.Text("service_code", service.Code),
        Tree.List("attributes", Of(service).Select((q, i) => Tree.Object("attribute",
            Tree.Boolean("variable", true),
            Tree.Text("code", q.Code),
            Tree.Text("datatype", q.Datatype),
            Tree.Boolean("required", q.Required),
            Tree.Text("datatype_description", q.Code == UrgencyCode ? "Normal unless given; sets the time limits of handling" : Describe(q.Datatype)),
            Tree.Number("order", i + 1),
            Tree.Text("description", $"{q.Zh} {q.En}"),
            q.IsList ? Tree.List("values", q.Values.Select(v => Tree.Object("value", Tree.Text("key", v.Key), Tree.Text("name", $"{v.Zh} {v.En}")))) : null))));

    /// <summary>What a submission's attributes give: the urgency, a line for the description per other
    /// answer, and the faults (an unknown code, a value not in the list, one value too many, a
    /// number or time that is none, a required question left out).</summary>
    public static (Urgency Urgency, IReadOnlyList<string> Answers, IReadOnlyList<string> Faults) Read(
        Service service, IReadOnlyDictionary<string, IReadOnlyList<string>> given)
    {
        var faults = new List<string>();
        var answers = new List<string>();
        var urgency = Urgency.Normal;
        var questions = Of(service).ToDictionary(q => q.Code);
        foreach (var code in given.Keys.Where(c => !questions.ContainsKey(c)))
            faults.Add($"attribute[{code}] is not an attribute of this service; its attributes are: {string.Join(", ", questions.Keys)}");
        foreach (var question in questions.Values)
        {
            if (!given.TryGetValue(question.Code, out var values) || values.Count == 0)
            {
                if (question.Required) faults.Add($"attribute[{question.Code}] is required");
                continue;
            }
            if (Answer(question, values) is not { } answer)
                faults.Add(Fault(question, values));
            else if (question == UrgencyQuestion)
                urgency = Enum.Parse<Urgency>(values[0]);
            else
                answers.Add($"{question.Zh} {question.En}: {answer}");
        }
        return (urgency, answers, faults);
    }

    /// <summary>The answer as the description tells it, or null when the values do not answer the question.</summary>
    private static string? Answer(Question question, IReadOnlyList<string> values)
    {
        if (question.Datatype != "multivaluelist" && values.Count != 1) return null;
        if (question.IsList)
        {
            var chosen = values.Select(v => question.Values.FirstOrDefault(c => c.Key == v)).ToList();
            return chosen.Contains(null) ? null : string.Join(", ", chosen.Select(c => $"{c!.Zh} {c.En}"));
        }
        var value = values[0];
        return question.Datatype switch
        {
            "number" => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) ? value : null,
            "datetime" => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? value : null,
            _ => value.Length <= MaxAnswer ? value : null,
        };
    }

    private static string Fault(Question question, IReadOnlyList<string> values) => question.Datatype switch
    {
        "singlevaluelist" when values.Count != 1 => $"attribute[{question.Code}] takes one value",
        "singlevaluelist" or "multivaluelist" =>
            $"attribute[{question.Code}] '{values.First(v => question.Values.All(c => c.Key != v))}' is not one of {string.Join(", ", question.Values.Select(c => c.Key))}",
        _ when values.Count != 1 => $"attribute[{question.Code}] takes one value",
        "number" => $"attribute[{question.Code}] is a number, e.g. 3 or 2.5",
        "datetime" => $"attribute[{question.Code}] is a date-time, e.g. 2026-03-01T09:30:00+08:00",
        _ => $"attribute[{question.Code}] is longer than {MaxAnswer} characters",
    };

    private static string Describe(string datatype) => datatype switch
    {
        "multivaluelist" => "one or more keys, as attribute[code][]",
        "singlevaluelist" => "one key",
        "number" => "a number",
        "datetime" => "a date-time with its offset",
        _ => "free text",
    };
}

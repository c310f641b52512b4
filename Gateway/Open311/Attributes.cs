using GridActors.Incidents;
using System.Xml.Linq;

namespace GridActors.Gateway.Open311;

/// <summary>The questions a service asks beyond its description. Every service asks for the report's
/// urgency (一般 / 紧急 / 特急), which sets its time limits; the catalogue gives no questions of its own yet.</summary>
public static class Attributes
{
    public const string UrgencyCode = "urgency";

    private static readonly (Urgency Key, string Name)[] Urgencies =
    [
        (Urgency.Normal, "一般 Normal"),
        (Urgency.Urgent, "紧急 Urgent"),
        (Urgency.VeryUrgent, "特急 Very urgent"),
    ];

    public static XElement Definition(Service service) => Tree.Object("service_definition",
        Tree.Text("service_code", service.Code),
        Tree.List("attributes",
        [
            Tree.Object("attribute",
                Tree.Boolean("variable", true),
                Tree.Text("code", UrgencyCode),
                Tree.Text("datatype", "singlevaluelist"),
                Tree.Boolean("required", false),
                Tree.Text("datatype_description", "Normal unless given; sets the time limits of handling"),
                Tree.Number("order", 1),
                Tree.Text("description", "紧急程度 Urgency"),
                Tree.List("values", Urgencies.Select(u => Tree.Object("value", Tree.Text("key", u.Key.ToString()), Tree.Text("name", u.Name))))),
        ]));

    /// <summary>The urgency a submission's attributes give, or the faults in them: an unknown code, a
    /// value not in the list, or a single-value question answered more than once.</summary>
    public static (Urgency Urgency, IReadOnlyList<string> Faults) Read(IReadOnlyDictionary<string, IReadOnlyList<string>> given)
    {
        var faults = new List<string>();
        var urgency = Urgency.Normal;
        foreach (var (code, values) in given)
        {
            if (code != UrgencyCode)
                faults.Add($"attribute[{code}] is not an attribute of this service; its attributes are: {UrgencyCode}");
            else if (values.Count != 1)
                faults.Add($"attribute[{UrgencyCode}] takes one value");
            else if (Urgencies.FirstOrDefault(u => u.Key.ToString() == values[0]) is { Name: not null } known)
                urgency = known.Key;
            else
                faults.Add($"attribute[{UrgencyCode}] '{values[0]}' is not one of {string.Join(", ", Urgencies.Select(u => u.Key))}");
        }
        return (urgency, faults);
    }
}

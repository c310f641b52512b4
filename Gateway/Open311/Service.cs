namespace GridActors.Gateway.Open311;

/// <summary>One service of the list: a category of the catalogue in force, with its own questions.</summary>
public sealed record Service(string Code, string NameZh, string NameEn, string DefaultLevel, string? Department, IReadOnlyList<Question> Questions);

/// <summary>A category's own question, with the values of a list question.</summary>
public sealed record Question(string Code, string Zh, string En, string Datatype, bool Required, IReadOnlyList<Choice> Values)
{
    public bool IsList => Datatype is "singlevaluelist" or "multivaluelist";
}

public sealed record Choice(string Key, string Zh, string En);

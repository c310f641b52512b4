using GridActors.Access;

namespace GridActors.Incidents;

/// <summary>Which case rows an actor may list: the same rule as a single case's read. Command
/// centres read every case whose grid lies in their <see cref="Area"/>; workers, departments and
/// external systems the cases naming one of their <see cref="Parties"/>; anyone else none.</summary>
[GenerateSerializer, Immutable, Alias("case.reader.v1")]
public sealed record CaseReader(
    [property: Id(0)] string? Area,
    [property: Id(1)] IReadOnlyList<string> Parties)
{
    public static CaseReader Of(Actor actor) => actor.Role switch
    {
        Role.Operator or Role.Supervisor or Role.Admin when AreaCode.IsValid(actor.Scope) => new(actor.Scope, []),
        _ => new(null, CaseParties.Of(actor)),
    };

    public bool ReadsNothing => Area is null && Parties.Count == 0;
}

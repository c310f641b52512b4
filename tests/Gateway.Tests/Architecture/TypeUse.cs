namespace GridActors.Tests.Architecture;

/// <summary>A type of another assembly named in the metadata of a type of the assembly read: who
/// uses it (the using type's namespace and name) and what (the used type's assembly and full name).</summary>
public sealed record TypeUse(string UserNamespace, string User, string Assembly, string Used)
{
    public override string ToString() => $"{UserNamespace}.{User} uses [{Assembly}]{Used}";
}

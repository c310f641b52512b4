using GridActors.Registers;

namespace GridActors.Silo.Demo;

/// <summary>A made-up person for a demo grid's register.</summary>
public sealed record DemoRegisterEntry(string GridCode, RegisterKind Kind, string Name, string Address, int VisitEveryDays);

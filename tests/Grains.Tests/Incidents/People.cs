using GridActors.Access;

namespace GridActors.Tests.Incidents;

/// <summary>The cast of the lifecycle tests: one town's command centre and workers, and outsiders.</summary>
public static class People
{
    public const string Grid = "320412101001-03";
    public const string Village = "320412101001";
    public const string Town = "320412101";
    public const string District = "320412";

    public static readonly Actor Operator = new("op-1", Role.Operator, Town);
    public static readonly Actor Supervisor = new("sup-1", Role.Supervisor, Town);
    public static readonly Actor Reporter = new("w-1", Role.Worker, Grid);
    public static readonly Actor Handler = new("w-2", Role.Worker, Grid);
    public static readonly Actor OtherWorker = new("w-3", Role.Worker, Grid);
    public static readonly Actor OtherTownOperator = new("op-9", Role.Operator, "320412102");
    public static readonly Actor Police = new("police-desk", Role.Department, "police");
    public static readonly Actor Hotline = new("hotline", Role.External, "12345");
    public static readonly Actor Admin = new("admin", Role.Admin, District);
}

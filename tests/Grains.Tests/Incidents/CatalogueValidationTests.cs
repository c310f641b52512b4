using GridActors.Incidents;
using static GridActors.Tests.Incidents.CatalogueFiles;

namespace GridActors.Tests.Incidents;

/// <summary>A catalogue file with mistakes is refused with every mistake, each naming its entry.</summary>
public sealed class CatalogueValidationTests
{
    [Fact]
    public void A_valid_category_loads_with_its_limits()
    {
        var category = Load(File(Category("environment.rubbish", limits: Limits()))).Find("environment.rubbish")!;
        Assert.Equal(new TimeLimit(2, TimeLimitUnit.WorkingHours), category.LimitFor(Stage.Handle, Urgency.Urgent));
        Assert.Equal(new TimeLimit(1, TimeLimitUnit.NaturalHours), category.LimitFor(Urgency.VeryUrgent));
    }

    [Fact]
    public void A_category_without_limits_is_refused()
    {
        Assert.Equal(new("a.b", "the category has no limits"), Assert.Single(ProblemsOf(File(Category("a.b")))));
    }

    [Fact]
    public void A_category_missing_a_stage_or_an_urgency_is_refused()
    {
        var problems = ProblemsOf(File(Category("a.b", limits: """{ "accept": { "normal": "1 WorkingHours", "urgent": "1 WorkingHours" } }""")));
        Assert.Equal(["a.b limits.accept.veryUrgent", "a.b limits.handle", "a.b limits.verify", "a.b limits.case"], problems.Select(p => p.Entry));
    }

    [Theory]
    [InlineData("0 WorkingHours", "more than zero")]
    [InlineData("-2 WorkingDays", "more than zero")]
    [InlineData("4 Fortnights", "unknown unit 'Fortnights'")]
    [InlineData("4", "not a limit like")]
    [InlineData("1.5 WorkingDays", "working days must be whole")]
    [InlineData("0.0001 WorkingHours", "whole seconds")]
    public void A_bad_limit_is_refused(string limit, string why)
    {
        var stage = $$"""{ "normal": "4 WorkingHours", "urgent": "{{limit}}", "veryUrgent": "1 WorkingHours" }""";
        var problem = Assert.Single(ProblemsOf(File(Category("a.b", limits: Limits(handle: stage)))));
        Assert.Equal("a.b limits.handle.urgent", problem.Entry);
        Assert.Contains(why, problem.Problem);
    }

    [Fact]
    public void Duplicate_codes_are_refused()
    {
        var problem = Assert.Single(ProblemsOf(File(Category("a.b", limits: Limits()), Category("a.b", limits: Limits()))));
        Assert.Equal(("a.b", "the code is used by another category"), (problem.Entry, problem.Problem));
    }

    [Fact]
    public void An_unknown_department_or_level_is_refused()
    {
        var problems = ProblemsOf(File(Category("a.b", department: "fire-brigade", limits: Limits()), Category("c.d", level: "Province", limits: Limits())));
        Assert.Equal(["a.b", "c.d"], problems.Select(p => p.Entry));
        Assert.Contains("unknown department 'fire-brigade'", problems[0].Problem);
        Assert.Contains("unknown default level 'Province'", problems[1].Problem);
    }

    [Fact]
    public void A_category_handled_by_a_department_must_name_it()
    {
        Assert.Equal("a.b", Assert.Single(ProblemsOf(File(Category("a.b", level: "Department", department: null, limits: Limits())))).Entry);
    }

    [Fact]
    public void Unknown_stages_and_urgencies_are_refused()
    {
        var stage = """{ "normal": "1 WorkingHours", "urgent": "1 WorkingHours", "veryUrgent": "1 WorkingHours", "critical": "1 NaturalHours" }""";
        var problems = ProblemsOf(File(Category("a.b", limits: Limits(accept: stage).Replace("\"case\"", "\"close\""))));
        Assert.Equal(["a.b limits.close", "a.b limits.accept.critical", "a.b limits.case"], problems.Select(p => p.Entry));
    }

    [Fact]
    public void Every_problem_is_listed_at_once_and_an_empty_catalogue_is_refused()
    {
        Assert.Equal(4, ProblemsOf(File(Category("a.b"), Category("a.b", level: "Province"))).Count);
        Assert.Equal("categories", Assert.Single(ProblemsOf(File())).Entry);
    }
}

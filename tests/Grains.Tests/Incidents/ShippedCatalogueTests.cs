using GridActors.Configuration;
using GridActors.Incidents;
using static GridActors.Incidents.TimeLimitUnit;

namespace GridActors.Tests.Incidents;

public sealed class ShippedCatalogueTests
{
    private static readonly CategoryCatalogue Shipped = CategoryCatalogue.Load(ConfigurationJson.Embedded("categories.json"));

    [Fact]
    public void Loads_without_problems_with_the_codes_reports_already_use()
    {
        Assert.Equal(
            ["construction.illegal", "dispute.neighbour", "environment.road-cleaning", "environment.rubbish", "facilities.damaged",
             "hotline.request", "key-person.matter", "order.street-vending", "safety.hazard", "vulnerable.service"],
            Shipped.All.Select(c => c.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Carries_the_limits_of_the_local_tables()
    {
        Assert.Equal(new TimeLimit(4, WorkingHours), Shipped.Find("environment.rubbish")!.LimitFor(Urgency.Normal));
        Assert.Equal(new TimeLimit(2, WorkingHours), Shipped.Find("environment.road-cleaning")!.LimitFor(Urgency.Normal));
        var construction = Shipped.Find("construction.illegal")!;
        Assert.Equal((new TimeLimit(20, WorkingDays), new TimeLimit(4, WorkingHours)),
            (construction.LimitFor(Urgency.Normal), construction.LimitFor(Urgency.VeryUrgent)));
    }

    [Fact]
    public void Keeps_the_whole_case_limits_it_shipped_with()
    {
        // In hours, a working day written as 24 so the list stays one row of numbers.
        static decimal Hours(TimeLimit limit) => limit.Unit == WorkingDays ? limit.Amount * 24 : limit.Amount;
        Assert.Equal(
            new decimal[] { 4, 2, 1, 2, 1, 1, 48, 24, 8, 24, 8, 4, 480, 96, 4, 72, 24, 4, 72, 24, 8, 24, 8, 2, 72, 24, 8, 120, 48, 24 },
            new[] { "environment.rubbish", "environment.road-cleaning", "facilities.damaged", "order.street-vending", "construction.illegal",
                    "safety.hazard", "dispute.neighbour", "key-person.matter", "vulnerable.service", "hotline.request" }
                .SelectMany(code => Enum.GetValues<Urgency>().Select(u => Hours(Shipped.Find(code)!.LimitFor(u)))));
    }

    [Fact]
    public void Names_only_departments_it_lists()
    {
        var known = Shipped.Departments.Select(d => d.Code).ToHashSet();
        Assert.All(Shipped.All, c => Assert.True(c.Department is null || known.Contains(c.Department), c.Code));
    }
}

using GridActors.Incidents;
using static GridActors.Incidents.IncidentStatus;

namespace GridActors.Tests.Incidents;

/// <summary>Which department's queue holds a case, and what a queue may be asked.</summary>
public class DepartmentQueueTests
{
    [Theory]
    [InlineData(Dispatched, HandlingLevel.Department, "water", "water")]
    [InlineData(Accepted, HandlingLevel.Department, "water", "water")]
    [InlineData(Resolved, HandlingLevel.Department, "water", "water")]
    [InlineData(Verified, HandlingLevel.Department, "water", "water")]
    [InlineData(Deferred, HandlingLevel.Department, "water", "water")]
    [InlineData(Returned, HandlingLevel.Department, null, null)]
    [InlineData(Closed, HandlingLevel.Department, "water", null)]
    [InlineData(Evaluated, HandlingLevel.Department, "water", null)]
    [InlineData(Dispatched, HandlingLevel.District, "320412", null)]
    [InlineData(Dispatched, HandlingLevel.Grid, "w-1", null)]
    public void A_case_is_in_the_queue_of_the_department_holding_it_while_it_is_open(
        IncidentStatus status, HandlingLevel level, string? handler, string? queue) =>
        Assert.Equal(queue, DepartmentQueue.HolderOf(status, level, handler));

    [Fact]
    public void A_queue_narrows_a_list_to_the_department_and_its_open_cases_unless_statuses_are_asked()
    {
        var asked = new CaseQuery(Area: "320412", Text: "pipe");

        var queue = DepartmentQueue.Of(asked, "water");
        Assert.Equal([HandlingLevel.Department], queue.Levels!);
        Assert.Equal(("water", "320412", "pipe"), (queue.Handler, queue.Area, queue.Text));
        Assert.Equal([Reported, Filed, Dispatched, Accepted, Returned, Resolved, Reworked, Verified, Deferred], queue.Statuses!);
        Assert.Equal([Accepted], DepartmentQueue.Of(asked with { Statuses = [Accepted] }, "water").Statuses!);
    }

    [Fact]
    public void Asking_a_queue_for_ended_cases_names_them()
    {
        Assert.Null(DepartmentQueue.StatusProblem(null));
        Assert.Null(DepartmentQueue.StatusProblem([Dispatched, Accepted]));
        Assert.StartsWith("a queue holds open cases only, not Closed, Merged;", DepartmentQueue.StatusProblem([Dispatched, Closed, Merged]));
    }
}

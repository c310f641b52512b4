using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Tests.Incidents;

/// <summary>Where the platform sends a filed case by itself, and which grid worker it picks.</summary>
public class DispatchRulesTests
{
    /// <summary>The case lies at 31.7 N, 119.95 E (see <see cref="CaseScript.AReport"/>); 0.00315° of
    /// latitude is 350 m, 0.009° is 1001 m.</summary>
    private static readonly GeoPoint Near = new(31.7 + 0.00315, 119.95);
    private static readonly GeoPoint Far = new(31.7 + 0.009, 119.95);

    private static WorkerSummary Worker(string id, int load, GeoPoint? at = null, DutyStatus duty = DutyStatus.OnDuty, bool offline = false) =>
        new(id, 1, id, WorkerKind.FullTime, [People.Grid], duty, at, null, load, offline);

    private static IncidentState Filed(string category = "environment.rubbish") =>
        new CaseScript().Do(CaseScript.AReport(category), People.Reporter).Do(new FileCase(), People.Operator).State;

    private static Dispatch For(IncidentState s, params WorkerSummary[] workers) =>
        DispatchRules.For(s, CategoryCatalogue.Default.Find(s.Category)!, workers);

    [Fact]
    public void The_worker_with_fewest_open_cases_wins_even_when_another_is_nearer()
    {
        Assert.Equal(new Dispatch(HandlingLevel.Grid, "w-far", "least loaded on-duty worker, 1 open case, 1001 m"),
            For(Filed(), Worker("w-near", 2, Near), Worker("w-far", 1, Far)));
    }

    [Fact]
    public void Among_equally_loaded_workers_the_nearest_wins_and_one_never_seen_comes_last()
    {
        Assert.Equal(new Dispatch(HandlingLevel.Grid, "w-c", "least loaded on-duty worker, 2 open cases, 350 m"),
            For(Filed(), Worker("w-a", 2), Worker("w-b", 2, Far), Worker("w-c", 2, Near)));
        Assert.Equal(new Dispatch(HandlingLevel.Grid, "w-b", "least loaded on-duty worker, 0 open cases, 1001 m"),
            For(Filed(), Worker("w-a", 0), Worker("w-b", 0, Far)));
    }

    [Fact]
    public void Equal_in_load_and_distance_the_lower_id_wins_so_every_run_picks_the_same()
    {
        Assert.Equal("w-a", For(Filed(), Worker("w-b", 0, Near), Worker("w-a", 0, Near)).Handler);
        Assert.Equal(new Dispatch(HandlingLevel.Grid, "w-a", "least loaded on-duty worker, 0 open cases, position unknown"),
            For(Filed(), Worker("w-b", 0), Worker("w-a", 0)));
    }

    [Fact]
    public void Workers_off_duty_on_leave_offline_or_of_another_grid_are_skipped()
    {
        var elsewhere = Worker("w-elsewhere", 0, Near) with { Grids = ["320412101001-04"] };
        var dispatch = For(Filed(),
            Worker("w-off", 0, Near, DutyStatus.OffDuty), Worker("w-leave", 0, Near, DutyStatus.OnLeave),
            Worker("w-gone", 0, Near, offline: true), elsewhere, Worker("w-busy", 5, Far, DutyStatus.Handling));
        Assert.Equal("w-busy", dispatch.Handler);
    }

    [Fact]
    public void With_nobody_available_in_the_grid_a_grid_matter_goes_to_the_village_saying_why()
    {
        Assert.Equal(new Dispatch(HandlingLevel.Village, People.Village, $"no worker on duty in grid {People.Grid}: sent to the village"),
            For(Filed(), Worker("w-off", 0, Near, DutyStatus.OffDuty)));
    }

    [Theory]
    [InlineData("facilities.damaged", HandlingLevel.Village, People.Village, "facilities.damaged is handled by the village")]
    [InlineData("construction.illegal", HandlingLevel.Town, People.Town, "construction.illegal is handled by the town")]
    public void Other_categories_go_straight_to_their_default_level(string category, HandlingLevel level, string handler, string reason)
    {
        Assert.Equal(new Dispatch(level, handler, reason), For(Filed(category), Worker("w-2", 0, Near)));
    }

    [Fact]
    public void A_department_matter_goes_to_its_department()
    {
        var police = CategoryCatalogue.Default.Find("environment.rubbish")! with { DefaultLevel = HandlingLevel.Department, Department = "police" };
        Assert.Equal(new Dispatch(HandlingLevel.Department, "police", "environment.rubbish is handled by department police"),
            DispatchRules.For(Filed(), police, [Worker("w-2", 0, Near)]));
    }

    [Fact]
    public void The_automatic_dispatch_is_the_same_command_for_as_long_as_the_case_stays_filed()
    {
        var s = new CaseScript().Do(CaseScript.AReport(), People.Reporter);
        Assert.Null(DispatchRules.CommandIdFor(s.State));
        s.Do(new FileCase(), People.Operator);
        Assert.Equal("dispatch:auto:v2", DispatchRules.CommandIdFor(s.State));
        s.Do(new Supervise("please hurry"), People.Supervisor);
        Assert.Equal("dispatch:auto:v2", DispatchRules.CommandIdFor(s.State));
        s.Do(For(s.State, Worker("w-2", 0)), Timeouts.ActorFor(People.Grid), "dispatch:auto:v2");
        Assert.Null(DispatchRules.CommandIdFor(s.State));
    }

    [Fact]
    public void The_next_worker_after_an_unaccepted_offer_is_chosen_by_the_same_rule_without_those_already_offered()
    {
        var s = new CaseScript().Do(CaseScript.AReport(), People.Reporter).Do(new FileCase(), People.Operator);
        WorkerSummary[] workers = [Worker("w-2", 0, Near), Worker("w-3", 0, Far), Worker("w-4", 0)];
        s.Do(For(s.State, workers), Timeouts.ActorFor(People.Grid));
        Assert.Equal("w-2", s.State.Handler);

        var due = Timeouts.Due(s.State, s.State.Deadlines.StageDue!.Value, GridActors.Calendar.WorkingCalendar.Default, DeadlinePolicy.Default)!;
        Assert.Equal(new Reoffer("w-3", "timeout: accept limit passed; next least loaded on-duty worker, 0 open cases, 1001 m"),
            Timeouts.CommandFor(s.State, due, CategoryCatalogue.Default.Find("environment.rubbish")!, workers));
    }
}

using GridActors.Access;
using GridActors.Patrols;

namespace GridActors.Tests.Patrols;

/// <summary>What a patrol takes into its route, and who may feed it.</summary>
public class PatrolRulesTests
{
    static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    static PatrolState Running(params RouteSample[] route) =>
        new() { GridCode = "320412101001-01", WorkerId = "w-1", StartedAt = Now.AddHours(-1), Route = [.. route] };

    static RouteSample At(int minutesAgo) => new(31.7, 119.95, Now.AddMinutes(-minutesAgo));

    [Fact]
    public void A_batch_sent_again_adds_nothing_and_only_later_positions_join()
    {
        var patrol = Running(At(30), At(20));

        Assert.Equal([At(10)], PatrolRules.New(patrol, [At(30), At(20), At(10)]));
        Assert.Empty(PatrolRules.New(patrol, [At(30), At(20)]));
    }

    [Fact]
    public void Positions_out_of_order_from_the_future_from_before_the_start_or_off_the_globe_are_refused_by_their_index()
    {
        var patrol = Running();

        Assert.Equal("samples[1].at", PatrolRules.SamplesProblem(patrol, [At(10), At(20)], Now)!.Field);
        Assert.Equal("samples[0].at", PatrolRules.SamplesProblem(patrol, [new RouteSample(31.7, 119.95, Now.AddMinutes(3))], Now)!.Field);
        Assert.Equal("samples[0]", PatrolRules.SamplesProblem(patrol, [new RouteSample(31.7, 181, Now)], Now)!.Field);
        Assert.Equal("samples", PatrolRules.SamplesProblem(patrol, [], Now)!.Field);
        // Started an hour ago: a position of the walk before, or one sent without its time, is none of this patrol's.
        Assert.Equal("samples[0].at", PatrolRules.SamplesProblem(patrol, [At(63), At(10)], Now)!.Field);
        Assert.Equal("samples[0].at", PatrolRules.SamplesProblem(patrol, [new RouteSample(31.7, 119.95, default)], Now)!.Field);
        Assert.Null(PatrolRules.SamplesProblem(patrol, [At(61), At(10)], Now));
        Assert.Null(PatrolRules.SamplesProblem(patrol, [At(20), At(10), new RouteSample(31.7, 119.95, Now.AddMinutes(1))], Now));
    }

    [Fact]
    public void Only_the_worker_who_started_it_feeds_it_and_a_patrol_without_a_route_does_not_stop()
    {
        var patrol = Running();

        Assert.Null(PatrolRules.Feeding(patrol, new Actor("w-1", Role.Worker, "320412101001-01"), "stop"));
        Assert.Equal(RefusalCode.NotPermitted, PatrolRules.Feeding(patrol, new Actor("w-2", Role.Worker, "320412101001-01"), "stop")!.Code);
        Assert.Equal(RefusalCode.NotFound, PatrolRules.Feeding(new PatrolState(), new Actor("w-1", Role.Worker, "320412101001-01"), "stop")!.Code);
        Assert.Equal("route", PatrolRules.StopProblem(patrol)!.Field);
        Assert.Null(PatrolRules.StopProblem(Running(At(5))));
    }
}

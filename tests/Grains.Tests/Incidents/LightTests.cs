using GridActors.Incidents;
using GridActors.Tests.Calendar;

namespace GridActors.Tests.Incidents;

public class LightTests
{
    private static readonly Deadlines Running = new(
        CaseDue: Cst.At(2026, 11, 30, 17), CaseWarn: Cst.At(2026, 11, 30, 15),
        Stage: Stage.Accept, StageDue: Cst.At(2026, 11, 30, 10), StageWarn: Cst.At(2026, 11, 30, 9, 45));

    [Theory]
    [InlineData(9, 44, Light.Green)]
    [InlineData(9, 45, Light.Yellow)]
    [InlineData(9, 59, Light.Yellow)]
    [InlineData(10, 0, Light.Red)]
    public void Turns_yellow_at_the_warning_instant_and_red_at_the_deadline(int hour, int minute, Light expected) =>
        Assert.Equal(expected, Lights.Of(Running, Cst.At(2026, 11, 30, hour, minute)));

    [Fact]
    public void The_whole_case_deadline_counts_as_well_as_the_stage_s()
    {
        var noStage = Running with { Stage = null, StageDue = null, StageWarn = null };
        Assert.Equal(
            [Light.Green, Light.Yellow, Light.Red],
            new[] { 14, 15, 17 }.Select(h => Lights.Of(noStage, Cst.At(2026, 11, 30, h))));
    }

    [Fact]
    public void A_stopped_clock_shows_the_light_it_had_when_it_stopped() =>
        Assert.Equal(Light.Yellow, Lights.Of(Running with { StoppedAt = Cst.At(2026, 11, 30, 9, 50) }, Cst.At(2026, 12, 7, 9)));

    [Fact]
    public void A_case_without_clocks_is_green() => Assert.Equal(Light.Green, Lights.Of(Deadlines.None, Cst.At(2026, 11, 30, 9)));
}

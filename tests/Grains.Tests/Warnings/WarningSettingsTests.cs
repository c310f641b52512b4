using GridActors.Warnings;

namespace GridActors.Tests.Warnings;

public class WarningSettingsTests
{
    [Fact]
    public void The_defaults_can_work()
    {
        Assert.Empty(WarningSettings.Default.Faults());
    }

    [Fact]
    public void Each_value_that_cannot_work_is_named_by_its_key()
    {
        var faults = (WarningSettings.Default with
        {
            SurgeWindow = TimeSpan.Zero, SurgeHistory = 1, ShareTolerance = 0, SpotRadiusMetres = -5,
        }).Faults();
        Assert.Equal(
        [
            "GridActors:Warnings:SurgeWindow must be positive",
            "GridActors:Warnings:SurgeHistory must be at least 2",
            "GridActors:Warnings:SpotRadiusMetres must be positive",
            "GridActors:Warnings:ShareTolerance must be above 0 and at most 1",
        ], faults);
    }
}

using GridActors.Live;

namespace GridActors.Tests.Cluster;

/// <summary>What an area's board is sent. A board takes its watermark from the counts pushes and, after
/// a gap, asks for the changes since it; so every change the watermark covers must have been sent to it
/// ahead of that watermark, through the same area, whatever became of the case's own push.</summary>
[Collection(LiveCollection.Name)]
public class AreaPushTests(LiveClusterFixture fixture)
{
    [Fact]
    public async Task A_board_that_lost_the_cases_own_pushes_still_has_every_case_its_watermark_covers()
    {
        var world = await World.Create(fixture.Silo.Grains);
        var town = world.Area(world.Town);
        var from = (await town.GetBoard()).Watermark;
        string[] ids = [$"{world.District}-lost-1", $"{world.District}-lost-2"];
        foreach (var id in ids) await world.Do(id, world.AReport(), world.Reporter);
        var watermark = (await town.GetBoard()).Watermark;
        Assert.Equal(ids, (await town.GetChanges(from)).Incidents.Select(c => c.Id));
        var covering = await fixture.Live.WaitFor<CountsChanged>(c => c.Area == world.Town && c.Watermark == watermark);

        // The board as the gateway feeds it, every case's own push lost (its silo died after telling
        // the area): what reached it ahead of the watermark, and then a catch-up from that watermark.
        var shown = new HashSet<string>();
        foreach (var e in fixture.Live.Received.TakeWhile(e => !ReferenceEquals(e, covering)))
            if (e is AreaCaseChanged c && c.Area == world.Town) shown.Add(c.Incident.Id);
        shown.UnionWith((await town.GetChanges(covering.Watermark)).Incidents.Select(c => c.Id));

        Assert.Equal(ids, shown.Order(StringComparer.Ordinal));
    }
}

using GridActors.Incidents;

namespace GridActors.Tests.Lists;

/// <summary>Cases reported and handled over HTTP reach the list through the event log, as each
/// reader may see them.</summary>
[Collection(GatewayCollection.Name)]
public class ReportedCaseListTests(GatewayFactory gateway)
{
    [Fact]
    public async Task A_reported_and_dispatched_case_is_listed_as_it_now_stands_to_those_who_may_read_it()
    {
        var town = await Town.Create(gateway);
        var other = await Town.Create(gateway);
        var reported = await town.Reported("Blocked drain on Canal Road");
        var dispatched = await town.Dispatched();
        await other.Reported();
        using var op = gateway.As(town.Operator);
        using var handler = gateway.As(town.Handler);
        using var otherOp = gateway.As(other.Operator);

        var list = await op.List($"?area={town.Code}&sort=reportedAt:asc&count=true");

        Assert.Equal([reported, dispatched], list.Ids());
        Assert.Equal(2, (long)list["total"]!);
        var first = list["items"]![0]!;
        Assert.Equal(("Reported", "Green", "Blocked drain on Canal Road", town.Grid, town.Code),
            ((string)first["status"]!, (string)first["light"]!, (string)first["title"]!, (string)first["gridCode"]!, (string)first["townCode"]!));
        Assert.Equal(("Dispatched", town.Handler.Id), ((string)list["items"]![1]!["status"]!, (string)list["items"]![1]!["handler"]!));
        Assert.Equal([dispatched], (await handler.List("")).Ids());
        Assert.Equal([dispatched], (await op.List($"?area={town.Code}&status=Dispatched&handler={town.Handler.Id}&q=rubbish")).Ids());
        Assert.DoesNotContain(reported, (await otherOp.List("")).Ids());
        Assert.Empty((await otherOp.List($"?area={town.Code}")).Ids());
    }
}

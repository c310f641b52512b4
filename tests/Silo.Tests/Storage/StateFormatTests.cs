using System.Text;
using GridActors.Incidents;
using GridActors.Access;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace GridActors.Tests.Storage;

/// <summary>Yesterday's version of a stored state, as it was before a field was added.</summary>
[GenerateSerializer, Alias("format-test.state.v1")]
public sealed class StoredStateBefore
{
    [Id(0)] public string Name { get; set; } = "";
    [Id(1)] public List<IncidentCommand> Commands { get; set; } = [];
}

/// <summary>Today's version: another class name, one more field.</summary>
[GenerateSerializer, Alias("format-test.state.v2")]
public sealed class StoredStateAfter
{
    [Id(0)] public string Name { get; set; } = "";
    [Id(1)] public List<IncidentCommand> Commands { get; set; } = [];
    [Id(2)] public int AddedLater { get; set; } = 7;
}

/// <summary>The format grain state is stored in must outlive the code that wrote it.</summary>
public class StateFormatTests
{
    private readonly IGrainStorageSerializer format = new OrleansGrainStorageSerializer(
        new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>());

    [Fact]
    public void State_written_before_a_field_was_added_and_the_class_renamed_reads_back()
    {
        var written = format.Serialize(new StoredStateBefore { Name = "case-1", Commands = [new Reject("duplicate")] });

        var read = format.Deserialize<StoredStateAfter>(written)!;

        Assert.Equal("case-1", read.Name);
        Assert.Equal(new Reject("duplicate"), Assert.Single(read.Commands));
        Assert.Equal(7, read.AddedLater);
    }

    [Fact]
    public void State_written_with_a_field_that_was_later_removed_reads_back_without_it()
    {
        var written = format.Serialize(new StoredStateAfter { Name = "case-2", AddedLater = 3 });
        Assert.Equal("case-2", format.Deserialize<StoredStateBefore>(written)!.Name);
    }

    [Fact]
    public void Stored_state_names_its_types_by_alias_never_by_class_or_namespace()
    {
        var state = new IncidentState { Id = "case-3", Version = 1 };
        state.History.Add(new IncidentEvent(1, EventKind.Reported, "c-1", new Actor("w-1", Role.Worker, "320412101001-01"), DateTimeOffset.UnixEpoch, IncidentStatus.Reported));
        var bytes = format.Serialize(new StoredStateBefore { Commands = [new Reject("x"), new Dispatch(HandlingLevel.Town, "320412101", null)] }).ToArray()
            .Concat(format.Serialize(state).ToArray()).ToArray();
        var text = Encoding.Latin1.GetString(bytes);

        Assert.Contains("incident.reject.v1", text);
        Assert.Contains("incident.dispatch.v1", text);
        foreach (var clrName in new[] { nameof(Reject), nameof(Dispatch), nameof(IncidentEvent), nameof(IncidentState), "GridActors" })
            Assert.DoesNotContain(clrName, text);
    }
}

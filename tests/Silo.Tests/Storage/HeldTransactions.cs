namespace GridActors.Tests.Storage;

/// <summary>Tests that hold PostgreSQL transactions open on purpose run alone. Transaction ids are the
/// server's, so a log reader in any other test waits at a gap in its sequence while one of these is
/// running, as it must, and that test would see its own events late.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeldTransactions
{
    public const string Name = "transactions held open";
}

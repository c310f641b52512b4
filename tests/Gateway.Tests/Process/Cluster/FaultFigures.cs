namespace GridActors.Tests.Process.Cluster;

/// <summary>What a fault cost, as the issue asks each fault test to print it.</summary>
public sealed record FaultFigures(string Fault, int Acknowledged, int Found, int RetryableFailures, int OtherFailures, TimeSpan WholeAgain, string TimedFrom)
{
    public int Lost => Acknowledged - Found;

    public override string ToString() =>
        $"{Fault}: acknowledged {Acknowledged}, found afterwards {Found}, lost {Lost}, retryable failures seen {RetryableFailures}, " +
        $"other failures {OtherFailures}, whole again {WholeAgain.TotalSeconds:0.0} s after {TimedFrom} (its last retryable failure)";
}

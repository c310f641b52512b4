namespace GridActors.Benchmarks.Hosts;

public static class Heap
{
    /// <summary>Managed heap after full, compacting collections, so only what is reachable counts.</summary>
    public static long Reachable()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

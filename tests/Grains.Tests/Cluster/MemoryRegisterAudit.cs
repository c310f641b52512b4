using GridActors.Registers;

namespace GridActors.Tests.Cluster;

/// <summary>The registers' audit trail in memory, keeping a numbered line once, as the table does.</summary>
public sealed class MemoryRegisterAudit : IRegisterAudit
{
    private readonly Lock gate = new();
    private readonly List<(string Grid, AuditLine Line)> lines = [];
    private int failNext;

    /// <summary>The next append fails, once, as a lost connection would.</summary>
    public void FailNextAppend() => Volatile.Write(ref failNext, 1);

    public Task Append(string gridCode, IReadOnlyList<AuditLine> appended)
    {
        if (Interlocked.Exchange(ref failNext, 0) == 1) throw new IOException("injected: the audit append was lost");
        lock (gate)
            foreach (var line in appended)
                if (line.Number is null || !lines.Exists(l => l.Grid == gridCode && l.Line.Number == line.Number))
                    lines.Add((gridCode, line));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditLine>> Read(string gridCode)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<AuditLine>>([.. lines.Where(l => l.Grid == gridCode).Select(l => l.Line).OrderBy(l => l.Record.At)]);
    }

    public Task<int> Purge(DateTimeOffset before)
    {
        lock (gate) return Task.FromResult(lines.RemoveAll(l => l.Line.Record.At < before));
    }
}

using GridActors.Incidents;
using Microsoft.Extensions.Logging;

namespace GridActors.Silo.Logging;

/// <summary>Every call to a case's grain runs inside a logging scope carrying its <c>CaseId</c>, so
/// each line written while the case is handled (by the grain, its rules or the storage beneath it)
/// can be found by the case: the JSON console writes it as a field.</summary>
public sealed class CaseLogScope(ILogger<CaseLogScope> log) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.TargetContext?.GrainInstance is not IIncidentGrain)
        {
            await context.Invoke();
            return;
        }
        using (log.BeginScope(new Dictionary<string, object> { ["CaseId"] = context.TargetId.Key.ToString()! }))
            await context.Invoke();
    }
}

using GridActors.Gateway.Incidents;

namespace GridActors.Gateway.Workers;

/// <summary>A grid worker's cases in the three lists the app shows. Each list holds at most
/// <see cref="GridActors.Incidents.CaseQuery.MaxLimit"/> cases; its <c>Total</c> counts all of them.</summary>
public sealed record WorkerCaseList(WorkerCaseSection<Offer> Offers, WorkerCaseSection<CaseListItem> Accepted, WorkerCaseSection<CaseListItem> ToVerify);

public sealed record WorkerCaseSection<T>(IReadOnlyList<T> Items, long Total);

/// <summary>A case offered to the worker, and the instant the offer moves on unless accepted.</summary>
public sealed record Offer(CaseListItem Case, DateTimeOffset? AcceptBy);

using GridActors.Access;
using GridActors.Territory;

namespace GridActors.Patrols;

/// <summary>What a patrol accepts: only its own worker feeds and stops it, positions are real and in
/// time order, none from the future or from before the start, and a patrol ends with a route, never
/// as a bare button press.</summary>
public static class PatrolRules
{
    public const int MaxSamplesPerBatch = 1000;
    public const int MaxSamples = 20_000;

    /// <summary>How far a phone's clock may run from the server's, either way.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    public static Refusal? Feeding(PatrolState patrol, Actor actor, string action)
    {
        if (!patrol.Started) return Refusal.NotFound("no patrol was started under this id");
        if (actor.Role != Role.Worker || actor.Id != patrol.WorkerId)
            return Refusal.NotPermitted($"only {patrol.WorkerId}, who started this patrol, may {action} it");
        return null;
    }

    public static Refusal? SamplesProblem(PatrolState patrol, IReadOnlyList<RouteSample>? samples, DateTimeOffset now)
    {
        if (samples is not { Count: > 0 }) return Refusal.Invalid("samples", "at least one position");
        if (samples.Count > MaxSamplesPerBatch) return Refusal.Invalid("samples", $"at most {MaxSamplesPerBatch} positions at a time");
        if (patrol.Route.Count + samples.Count > MaxSamples) return Refusal.Invalid("samples", $"a patrol keeps at most {MaxSamples} positions");
        for (var i = 0; i < samples.Count; i++)
        {
            var s = samples[i];
            if (!new GeoPoint(s.Latitude, s.Longitude).IsValid) return Refusal.Invalid($"samples[{i}]", Expected.Position);
            if (s.At > now + ClockSkew) return Refusal.Invalid($"samples[{i}].at", "a position cannot be from the future");
            // A position before the start (or with no time at all) is no part of this walk, and would count towards its coverage.
            if (s.At < patrol.StartedAt - ClockSkew) return Refusal.Invalid($"samples[{i}].at", "a position cannot be from before the patrol started");
            if (i > 0 && s.At < samples[i - 1].At) return Refusal.Invalid($"samples[{i}].at", "positions are in time order");
        }
        return null;
    }

    /// <summary>The positions later than the last one kept: a batch sent again after a lost answer adds nothing.</summary>
    public static IEnumerable<RouteSample> New(PatrolState patrol, IReadOnlyList<RouteSample> samples) =>
        patrol.Route.Count == 0 ? samples : samples.Where(s => s.At > patrol.Route[^1].At);

    public static Refusal? StopProblem(PatrolState patrol) =>
        patrol.Route.Count == 0 ? Refusal.Invalid("route", "a patrol is recorded with its route: send at least one position before stopping") : null;
}

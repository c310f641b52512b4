using GridActors.Access;
using GridActors.Calendar;
using GridActors.Incidents;
using GridActors.Log;
using GridActors.Storage;
using GridActors.Territory;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace GridActors.Configuration;

/// <summary>Validates, stores and puts in force the category catalogue or the working calendar. A
/// document is stored before it is used, so a change acknowledged is never lost; a refused one
/// leaves both the store and the running values as they were.</summary>
public sealed class ConfigurationGrain(
    [PersistentState("configuration", "gridactors")] IPersistentState<ConfigurationState> state,
    LiveConfiguration live,
    IEventLog events,
    TimeProvider clock,
    ILogger<ConfigurationGrain> log) : Grain, IConfigurationGrain
{
    private string Key => this.GetPrimaryKeyString();

    public Task<ConfigurationDocument> Get() => Task.FromResult(state.State.Document ?? Key switch
    {
        ConfigurationKeys.Categories => live.CategorySetting.Current.Document,
        ConfigurationKeys.Calendar => live.CalendarSetting.Current.Document,
        _ => throw UnknownKey(),
    });

    public Task<ConfigurationDocument?> GetStored() => Task.FromResult(state.State.Document);

    public Task<string?> GetStoredTag() => Task.FromResult(state.State.Document?.Tag);

    public Task<IReadOnlyList<ConfigurationWarning>> GetWarnings() => Task.FromResult(Key switch
    {
        ConfigurationKeys.Categories => [],
        ConfigurationKeys.Calendar => CalendarCoverage.Warnings(InForce(live.CalendarSetting).Value, clock.GetUtcNow()),
        _ => throw UnknownKey(),
    });

    public Task<ConfigurationChange> Set(string json, IfMatch ifMatch, Actor admin) => Key switch
    {
        ConfigurationKeys.Categories => Change(live.CategorySetting, json, ifMatch, admin, CategoriesInUse),
        ConfigurationKeys.Calendar => Change(live.CalendarSetting, json, ifMatch, admin, (_, _) => Task.FromResult<Refusal?>(null)),
        _ => throw UnknownKey(),
    };

    private async Task<ConfigurationChange> Change<T>(LiveSetting<T> setting, string json, IfMatch ifMatch, Actor admin,
        Func<T, T, Task<Refusal?>> crossCheck) where T : class
    {
        if (ConfigurationRules.MayChange(admin, Key) is { } notPermitted) return ConfigurationChange.Refused(notPermitted);
        var current = InForce(setting);
        Loaded<T> next;
        try { next = setting.Read(json ?? "", Key, stored: true); }
        catch (ConfigurationProblemException e) { return ConfigurationChange.Invalid([.. e.Problems.Select(p => new ConfigurationFault(p.Entry, p.Problem))]); }
        // Checked before the tag: a PUT retried after its answer was lost finds its own document
        // in force, and that is success, not someone else's change.
        if (next.Document.Tag == current.Document.Tag && current.Stored)
        {
            setting.Use(current);
            await RecordChange(admin);
            return new ConfigurationChange(current.Document);
        }
        if (!ifMatch.Matches(current.Document.Tag))
            return ConfigurationChange.Refused(new Refusal(RefusalCode.VersionMismatch,
                $"the {Key} is at \"{current.Document.Tag}\", not {ifMatch}: someone changed it meanwhile; read it again"));
        if (await crossCheck(current.Value, next.Value) is { } conflict) return ConfigurationChange.Refused(conflict);

        (state.State.Document, state.State.ChangedBy, state.State.ChangedAt) = (next.Document, admin.Id, clock.GetUtcNow());
        state.State.Changes++;
        await state.WriteOrReload(this);
        setting.Use(next);
        await RecordChange(admin);
        log.LogInformation("{Admin} set the {Key} to {Tag}", admin.Id, Key, next.Document.Tag);
        return new ConfigurationChange(next.Document);
    }

    /// <summary>Logs the document in force; on a retried PUT again, which changes nothing.</summary>
    private Task RecordChange(Actor admin) => state.State is { Changes: > 0, Document: { } document }
        ? new ConfigurationChanged(Key, document.Tag).Record(events, ConfigurationChanged.Stream, Key, state.State.Changes, admin, state.State.ChangedAt ?? clock.GetUtcNow())
        : Task.CompletedTask;

    /// <summary>The stored document's value, read again only when this silo's running one is another;
    /// without a stored document, the start-up one.</summary>
    private Loaded<T> InForce<T>(LiveSetting<T> setting) where T : class =>
        state.State.Document is not { } stored ? setting.Current
        : setting.Current is { Stored: true } running && running.Document.Tag == stored.Tag ? running
        : setting.Read(stored.Json, Key, stored: true);

    /// <summary>A category still named by open cases stays: their clocks and escalations need its
    /// limits. The catalogue is every district's, so open cases are those of every district, as their
    /// area grains list them.</summary>
    private async Task<Refusal?> CategoriesInUse(CategoryCatalogue before, CategoryCatalogue after)
    {
        var removed = before.All.Select(c => c.Code).Where(code => after.Find(code) is null).ToHashSet(StringComparer.Ordinal);
        if (removed.Count == 0) return null;
        var districts = await GrainFactory.GetGrain<IDistrictsGrain>(0).GetAll();
        var ledgers = await Task.WhenAll(districts.Select(d => GrainFactory.GetGrain<IAreaGrain>(d).GetLedger()));
        var open = ledgers.SelectMany(l => l.Open);
        var inUse = open.Where(c => removed.Contains(c.Category))
            .GroupBy(c => c.Category)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ({g.Count()} open case(s), e.g. {string.Join(", ", g.Select(c => c.Id).Order(StringComparer.Ordinal).Take(3))})")
            .ToList();
        return inUse.Count == 0 ? null
            : Refusal.Conflict($"categories still used by open cases cannot be removed: {string.Join("; ", inUse)}");
    }

    private InvalidOperationException UnknownKey() =>
        new($"'{Key}' is not a settings document; use '{ConfigurationKeys.Categories}' or '{ConfigurationKeys.Calendar}'");
}

using System.Net.Http.Json;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Tests;

/// <summary>A town of its own for one test, set up over HTTP by an admin: one village, one grid,
/// a reporting worker (off duty) and a handling worker (on duty, so a filed case is offered to them);
/// with its operator, supervisor and department.</summary>
public sealed class Town
{
    private static int next = 100;

    private Town(GatewayFactory gateway, string code)
    {
        Gateway = gateway;
        Code = code;
    }

    public GatewayFactory Gateway { get; }
    public string Code { get; }
    public string District => Code[..6];
    public string Village => Code + "001";
    public string Grid => Village + "-01";
    public Actor Admin => new("admin", Role.Admin, District);
    public Actor Operator => new($"op-{Code}", Role.Operator, Code);
    public Actor Supervisor => new($"sup-{Code}", Role.Supervisor, Code);
    public Actor Reporter => new($"w-{Code}-1", Role.Worker, Grid);
    public Actor Handler => new($"w-{Code}-2", Role.Worker, Grid);
    public Actor Police => new("police-desk", Role.Department, "police");

    /// <summary>Towns share district 320412, numbered 100, 101, … so no two tests share a town.</summary>
    public static async Task<Town> Create(GatewayFactory gateway)
    {
        var town = new Town(gateway, $"320412{Interlocked.Increment(ref next)}");
        using var admin = gateway.As(town.Admin);
        (await admin.PutAsJsonAsync($"/api/v1/grids/{town.Grid}", new GridDefinition("运河边第一网格", GridType.Community), Api.Wire.Options)).EnsureSuccessStatusCode();
        foreach (var w in new[] { town.Reporter, town.Handler })
            (await admin.PutAsJsonAsync($"/api/v1/workers/{w.Id}", new WorkerProfile(w.Id, WorkerKind.FullTime, [town.Grid]), Api.Wire.Options)).EnsureSuccessStatusCode();
        using var handler = gateway.As(town.Handler);
        (await handler.PutAsJsonAsync($"/api/v1/workers/{town.Handler.Id}/duty", new { duty = "OnDuty" }, Api.Wire.Options)).EnsureSuccessStatusCode();
        return town;
    }

    public Report AReport(string title = "Rubbish heap by the canal") =>
        new(IncidentSource.Patrol, "environment.rubbish", Urgency.Normal, title, Grid, Location: new GeoPoint(31.7, 119.95));

    /// <summary>Reports as the reporting worker and returns the new case's id.</summary>
    public async Task<string> Reported(string title = "Rubbish heap by the canal")
    {
        using var http = Gateway.As(Reporter);
        var response = await http.PostAsJsonAsync("/api/v1/incidents", AReport(title), Api.Wire.Options);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<IncidentView>(Api.Wire.Options))!.Id;
    }

    /// <summary>Gives a command over HTTP and insists it is applied.</summary>
    public async Task<IncidentView> Do(string id, string command, Actor actor, object? body = null)
    {
        using var http = Gateway.As(actor);
        var response = await http.PostAsJsonAsync($"/api/v1/incidents/{id}/{command}", body ?? new { }, Api.Wire.Options);
        Assert.True(response.IsSuccessStatusCode, $"{command} by {actor.Id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<IncidentView>(Api.Wire.Options))!;
    }

    /// <summary>A case filed by the operator, which the platform offers to the handler.</summary>
    public async Task<string> Dispatched()
    {
        var id = await Reported();
        var view = await Do(id, "file", Operator);
        Assert.Equal((IncidentStatus.Dispatched, Handler.Id), (view.Status, view.Handler));
        return id;
    }
}

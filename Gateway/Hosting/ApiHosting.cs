using System.Text.Json.Serialization;
using GridActors.Gateway.Accounts;
using GridActors.Gateway.Assessment;
using GridActors.Gateway.Areas;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Board;
using GridActors.Gateway.Configuration;
using GridActors.Gateway.Departments;
using GridActors.Gateway.Health;
using GridActors.Gateway.Incidents;
using GridActors.Gateway.Live;
using GridActors.Gateway.Log;
using GridActors.Gateway.Open311;
using GridActors.Gateway.Pages;
using GridActors.Gateway.Patrols;
using GridActors.Gateway.Problems;
using GridActors.Gateway.Registers;
using GridActors.Gateway.Territory;
using GridActors.Gateway.Warnings;
using GridActors.Gateway.Webhooks;
using GridActors.Gateway.Workers;
using Microsoft.AspNetCore.SignalR;
using Scalar.AspNetCore;

namespace GridActors.Gateway.Hosting;

public static class ApiHosting
{
    public static WebApplicationBuilder AddGridActorsApi(this WebApplicationBuilder builder)
    {
        builder.AddQuietLogDefaults();
        var services = builder.Services;
        services.ConfigureHttpJsonOptions(o => Json.Configure(o.SerializerOptions));
        // Binding failures throw, so the exception handler can name the field in a problem.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestHandler>();
        services.AddSingleton<UnavailableHandler>();
        services.AddExceptionHandler<UnavailableHandler>();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "GridActors";
            document.Info.Description = "Cases, workers and areas of grid-based governance (网格化集成管理).";
            return Task.CompletedTask;
        }).AddGridActorsSecurity());
        services.AddSignalR(o =>
        {
            o.AddFilter<HubRefusals>();
            o.AddFilter<SignedInConnections>();
        }).AddJsonProtocol(o => Json.Configure(o.PayloadSerializerOptions));
        services.AddGridActorsLive();
        services.AddSingleton<MapShapes>();
        services.AddSingleton<CaseCursors>();
        services.AddSingleton(CapSender.FromConfiguration(builder.Configuration));
        services.AddSingleton<CapArea>();
        services.AddGridActorsHealth(builder.Configuration);
        services.AddGridActorsRateLimits(builder.Configuration);
        // With the scopes, so a line written while a case is handled carries its CaseId.
        if (!builder.Environment.IsDevelopment()) builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        builder.AddGridActorsObservability();
        return builder;
    }

    public static WebApplication UseGridActorsPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWebPages();
        app.UseWebSockets();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseUtf8Only();
        return app;
    }

    public static WebApplication MapGridActors(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        // The reference page only: no vendor AI agent, MCP, SDK generation, client download or telemetry.
        app.MapScalarApiReference("/api", o => o
            .WithTitle("GridActors API")
            .DisableAgent()
            .DisableMcp()
            .DisableTelemetry()
            .HideClientButton()
            .HideDocumentDownload()
            .HideDeveloperTools()
            .AddPreferredSecuritySchemes([OpenApiSecurity.Bearer])).AllowAnonymous();
        app.MapWebPages();
        app.MapHealth();
        app.MapDevTokens();
        app.MapSignIn();
        app.MapAccounts();
        app.MapIncidents();
        app.MapDepartmentQueues();
        app.MapPatrols();
        app.MapEvents();
        app.MapOpen311();
        app.MapWebhooks();
        app.MapWarnings();
        app.MapBoards();
        app.MapAreaMaps();
        app.MapBoardSettings(app.Configuration);
        app.MapBoardClock(app.Configuration);
        app.MapWorkers();
        app.MapGrids();
        app.MapGridDuties();
        app.MapRegisters();
        app.MapTerritory();
        app.MapConfiguration();
        app.MapAssessment();
        app.MapLiveHubs();
        app.MapObservability();
        app.LogWhenReady();
        return app;
    }
}

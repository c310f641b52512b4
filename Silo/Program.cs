using GridActors.Silo.Hosting;
using GridActors.Silo.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Configuration: GridActors:Storage (Backend, ConnectionString, DatabasePath) and
// GridActors:Silo (ClusterId, ServiceId, SiloPort, GatewayPort, Address).
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddCoalescedWarnings();
if (TelemetryHosting.IsEnabled(builder.Configuration)) builder.Services.AddGridActorsTelemetry(builder.Configuration, "GridActors.Silo");
// Outside development, as the gateway: one JSON object a line, with the scopes (a case's CaseId) as fields.
if (!builder.Environment.IsDevelopment()) builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
builder.UseOrleans(silo => SiloHosting.Configure(silo, builder.Configuration));
await builder.Build().RunAsync();

/// <summary>Internal: the silo is no web app, though a package it uses brings ASP.NET Core in, whose
/// generator would make its Program public and clash with the Gateway's where both are referenced.</summary>
internal partial class Program;

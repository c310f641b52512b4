using GridActors.Silo.Hosting;
using GridActors.Silo.Logging;
using Microsoft.Extensions.Hosting;

// Configuration: GridActors:Storage (Backend, ConnectionString, DatabasePath) and
// GridActors:Silo (ClusterId, ServiceId, SiloPort, GatewayPort, Address).
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddCoalescedWarnings();
builder.UseOrleans(silo => SiloHosting.Configure(silo, builder.Configuration));
await builder.Build().RunAsync();

using GridActors.Gateway.Auth;
using GridActors.Gateway.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGridActorsCluster();
builder.AddGridActorsAuth();
builder.AddGridActorsApi();

var app = builder.Build();
app.UseGridActorsPipeline();
app.MapGridActors();
app.Run();

/// <summary>The entry point, visible to tests that host the gateway in memory.</summary>
public partial class Program;

using GridActors.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
// The embedded default: the silo runs inside this process, state in a SQLite file under data/.
builder.UseOrleans(silo => SiloHosting.Configure(silo, builder.Configuration));
var app = builder.Build();
app.MapGet("/", () => "GridActors");
app.Run();

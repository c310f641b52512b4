var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "GridActors");
app.Run();

using GridActors.Gateway.Auth;
using GridActors.Silo.Hosting;
using GridActors.Silo.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GridActors.Gateway.Hosting;

/// <summary>One line once the gateway answers: where to open it, where its API reference is, where
/// the embedded default keeps its data and how to sign in while development tokens are on.</summary>
public static class ReadyLine
{
    public const string Start = "GridActors is ready";

    public static WebApplication LogWhenReady(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var board = string.Join(", ", addresses.Select(a => a.TrimEnd('/') + "/"));
            var open = string.Join(", ", addresses.Select(a => a.TrimEnd('/') + "/api"));
            var storage = app.Services.GetRequiredService<StorageSettings>();
            var data = storage.Backend == StorageBackend.Embedded && !ClusterHosting.IsRemote(app.Configuration)
                ? $"; data in {Path.GetFullPath(storage.DatabasePath)}"
                : "";
            var signIn = app.Services.GetRequiredService<AuthSettings>().IsDevelopment
                ? "; development tokens from POST /api/v1/dev/tokens (see the README)"
                : "";
            app.Logger.LogInformation("{Ready}: open {Board} for the board, {Open} for the API reference (OpenAPI document at /openapi/v1.json){Data}{SignIn}",
                Start, board, open, data, signIn);
        });
        return app;
    }
}

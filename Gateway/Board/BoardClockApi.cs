namespace GridActors.Gateway.Board;

/// <summary>The platform's clock as the board reads it: the page turns a case's light yellow and red
/// when its warning and due instants pass, which happens between pushes, so it needs the server's
/// now rather than the browser's (a workstation's clock may be off by minutes).</summary>
public static class BoardClockApi
{
    /// <summary>How often the page asks again, in seconds (<c>GridActors:Board:ClockSyncSeconds</c>).</summary>
    public const string SyncSetting = "GridActors:Board:ClockSyncSeconds";

    public sealed record BoardClock(DateTimeOffset Now, int SyncSeconds);

    public static void MapBoardClock(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        var sync = configuration.GetValue(SyncSetting, 60);
        if (sync < 1) throw new InvalidOperationException($"{SyncSetting}: {sync} is not a number of seconds of at least 1");
        app.MapGet("/api/v1/board/clock", (TimeProvider clock) => TypedResults.Ok(new BoardClock(clock.GetUtcNow(), sync))).WithTags("Board")
            .WithSummary("The platform's current time, which case deadlines are measured on, and how often (seconds) the board asks for it again")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}

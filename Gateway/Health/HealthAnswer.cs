using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GridActors.Gateway.Health;

/// <summary>A health answer that says why: the overall status, and each check's status and
/// description, e.g. <c>{"status":"Degraded","checks":{"calendar":{"status":"Degraded","description":"…"}}}</c>.</summary>
public static class HealthAnswer
{
    public static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var answer = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, answer, cancellationToken: context.RequestAborted);
    }
}

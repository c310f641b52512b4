using System.Security.Claims;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Problems;
using GridActors.Webhooks;

namespace GridActors.Gateway.Webhooks;

/// <summary>A new subscription: where to post, which kinds of event (<c>case.dispatched</c> …), for
/// the cases of which area (within the admin's), and whether it delivers at once.</summary>
public sealed record NewWebhook(string Url, IReadOnlyList<string> Kinds, string Area, bool Enabled = true);

/// <summary>A change: the fields given replace the subscription's (<c>enabled</c> turns it on or off).</summary>
public sealed record WebhookChange(string? Url = null, IReadOnlyList<string>? Kinds = null, string? Area = null, bool? Enabled = null);

/// <summary>Where delivery starts again: this log sequence number and everything after it.</summary>
public sealed record Redelivery(long Sequence);

/// <summary>The answer to a creation: the subscription and its signing secret, shown this once.</summary>
public sealed record CreatedWebhook(WebhookView Webhook, string Secret);

/// <summary>Webhook subscriptions, for admins within their area. A subscription outside the caller's
/// area is "not found"; no answer but the creation's carries the secret.</summary>
public static class WebhooksApi
{
    public static void MapWebhooks(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequireAuthorization(Policies.Admin);
        api.MapPost("/", Create).WithSummary("Subscribe a URL to kinds of case event in an area; the answer holds the signing secret, shown once");
        api.MapGet("/", List).WithSummary("The subscriptions within the caller's area, by id");
        api.MapGet("/{id}", Get).WithSummary("One subscription: its status, cursor and, when suspended, why");
        api.MapPut("/{id}", Update).WithSummary("Change a subscription (enabled=false pauses it; its backlog waits)");
        api.MapDelete("/{id}", Delete).WithSummary("Delete a subscription");
        api.MapPost("/{id}/resume", Resume).WithSummary("Lift a suspension: delivery goes on from the cursor");
        api.MapPost("/{id}/redeliver", Redeliver).WithSummary("Deliver again from a log sequence number (inclusive), lifting a suspension");
        api.MapGet("/{id}/deliveries", Deliveries).WithSummary("The latest tries, newest first: event, status, attempts, latency");
    }

    private static async Task<IResult> Create(NewWebhook body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var id = $"wh{Guid.NewGuid():N}"[..18];
        var reply = await grains.GetGrain<IWebhookGrain>(id).Create(new WebhookInput(body.Url, body.Kinds, body.Area, body.Enabled), user.Actor());
        return reply.Refusal is { } refusal
            ? refusal.ToProblem()
            : TypedResults.Created($"/api/v1/webhooks/{id}", new CreatedWebhook(reply.Webhook!, reply.Secret!));
    }

    private static async Task<IResult> List(ClaimsPrincipal user, IGrainFactory grains)
    {
        var actor = user.Actor();
        var ids = await grains.GetGrain<IWebhookDirectoryGrain>(0).Within(actor.Scope);
        var replies = await Task.WhenAll(ids.Select(id => grains.GetGrain<IWebhookGrain>(id).Get(actor)));
        return TypedResults.Ok(replies.Where(r => r.Webhook is not null).Select(r => r.Webhook!).ToList());
    }

    private static Task<IResult> Get(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        Answer(id, w => w.Get(user.Actor()), grains);

    private static async Task<IResult> Update(string id, WebhookChange body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Ids.IsValid(id)) return RefusalResults.Invalid("id", Ids.Rule);
        var webhook = grains.GetGrain<IWebhookGrain>(id);
        var current = await webhook.Get(user.Actor());
        if (current.Webhook is not { } now) return current.Refusal!.ToProblem();
        var input = new WebhookInput(body.Url ?? now.Url, body.Kinds ?? now.Kinds, body.Area ?? now.Area, body.Enabled ?? now.Enabled);
        return await Answer(id, w => w.Update(input, user.Actor()), grains);
    }

    private static async Task<IResult> Delete(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Ids.IsValid(id)) return RefusalResults.Invalid("id", Ids.Rule);
        var refusal = await grains.GetGrain<IWebhookGrain>(id).Delete(user.Actor());
        return refusal is null ? TypedResults.NoContent() : refusal.ToProblem();
    }

    private static Task<IResult> Resume(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        Answer(id, w => w.Resume(user.Actor()), grains);

    private static Task<IResult> Redeliver(string id, Redelivery body, ClaimsPrincipal user, IGrainFactory grains) =>
        Answer(id, w => w.RedeliverFrom(body.Sequence, user.Actor()), grains);

    private static async Task<IResult> Deliveries(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Ids.IsValid(id)) return RefusalResults.Invalid("id", Ids.Rule);
        var log = await grains.GetGrain<IWebhookGrain>(id).Deliveries(user.Actor());
        return log.Refusal is { } refusal ? refusal.ToProblem() : TypedResults.Ok(log.Deliveries);
    }

    private static async Task<IResult> Answer(string id, Func<IWebhookGrain, Task<WebhookReply>> call, IGrainFactory grains)
    {
        if (!Ids.IsValid(id)) return RefusalResults.Invalid("id", Ids.Rule);
        var reply = await call(grains.GetGrain<IWebhookGrain>(id));
        return reply.Refusal is { } refusal ? refusal.ToProblem() : TypedResults.Ok(reply.Webhook);
    }
}

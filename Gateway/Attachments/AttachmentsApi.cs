using System.Security.Claims;
using GridActors.Attachments;
using GridActors.Gateway.Auth;
using GridActors.Gateway.Incidents;
using GridActors.Gateway.Problems;
using GridActors.Incidents;
using Microsoft.Net.Http.Headers;

namespace GridActors.Gateway.Attachments;

/// <summary>Photos on a case: the body of the upload is the image itself, judged by its bytes; it is
/// stored once per SHA-256 and the case records it as an event. Only those who may read the case
/// read its photos, and to anyone else a photo is as missing as the case.</summary>
public static class AttachmentsApi
{
    /// <summary>A photo never changes under its hash; it stays in the caller's own cache only.</summary>
    const string CachePolicy = "private, max-age=31536000, immutable";

    public static string UrlOf(string caseId, string hash) => $"/api/v1/incidents/{caseId}/attachments/{hash}";

    public static void MapAttachments(this RouteGroupBuilder incidents)
    {
        incidents.MapPost("/{id}/attachments", Attach)
            // No Accepts metadata: routing would then match on the declared content type, which is not what judges a photo.
            .WithSummary("Attach a photo (JPEG, PNG or WebP, at most 10 MB) to a case: the request body is the image, whatever its declared type")
            .Produces<AttachedPhoto>(StatusCodes.Status201Created).Produces<AttachedPhoto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);
        incidents.MapGet("/{id}/attachments/{hash}", Read)
            .WithSummary("A photo of a case, to those who may read the case")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), AttachmentKinds.Jpeg, AttachmentKinds.Png, AttachmentKinds.WebP)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    /// <summary>Checks the case before reading the body, so a caller who may not read it learns
    /// nothing from how its upload is answered. A retry with the same <c>Idempotency-Key</c> answers
    /// the first upload; the same photo sent again answers the copy the case already has.</summary>
    private static async Task<IResult> Attach(string id, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Ids.IsValid(id)) return RefusalResults.Invalid("id", Ids.Rule);
        string? key = request.Headers[CommandKeys.Header];
        if (CommandKeys.Problem(key) is { } keyProblem) return RefusalResults.Invalid(CommandKeys.Header, keyProblem);
        var actor = user.Actor();
        var incident = grains.GetGrain<IIncidentGrain>(id);
        var view = await incident.Get();
        if (view is null || !actor.MayRead(view)) return Missing(id);

        var bytes = await PhotoUpload.ReadAsync(request, request.HttpContext.RequestAborted);
        if (bytes is null)
            return RefusalResults.FieldProblem(StatusCodes.Status413PayloadTooLarge, "body",
                $"a photo is at most {AttachmentKinds.MaxBytes} bytes", "The photo is too large");
        if (AttachmentKinds.Sniff(bytes) is not { } mediaType)
            return RefusalResults.FieldProblem(StatusCodes.Status415UnsupportedMediaType, "body",
                $"the body must be {AttachmentKinds.Allowed}, judged by its bytes", "The upload is not a photo");

        var commandId = CommandKeys.CommandIdFor(actor, key);
        var hash = AttachmentKinds.HashOf(bytes);
        if (view.History.FirstOrDefault(e => e.CommandId == commandId) is { } keyed) return Again(id, key, keyed.Attachment, hash);
        if (view.Attachments?.FirstOrDefault(a => a.Hash == hash) is { } same) return Again(id, key, same, hash);

        // The case's own rule (who may attach, while it is open) before the bytes are stored, so a reader
        // who may not attach leaves nothing behind.
        var photo = new AttachmentRef(hash, mediaType, bytes.LongLength);
        if (await incident.Check(new Attach(photo), actor) is { } refused) return refused.ToProblem();
        var attachment = await grains.GetGrain<IAttachmentGrain>(0).Store(bytes)
            ?? throw new InvalidOperationException("the store refused a photo the gateway let through");
        var result = await incident.Handle(new Attach(attachment), commandId, actor);
        if (result.Refusal is { } refusal) return refusal.ToProblem();
        var attached = AttachedPhoto.Of(id, attachment);
        return result.AlreadyApplied
            ? Again(id, key, (await incident.Get())!.History.First(e => e.CommandId == commandId).Attachment, hash)
            : TypedResults.Created(attached.Url, attached).WithVersion(result.Version);
    }

    /// <summary>An upload the case already has: the same photo again, or a retry of a keyed one; a
    /// key used before for another photo, or for another command on the case (no photo), is refused,
    /// as a key reused for another report is.</summary>
    private static IResult Again(string id, string? key, AttachmentRef? earlier, string hash) => earlier switch
    {
        { } photo when photo.Hash == hash => TypedResults.Ok(AttachedPhoto.Of(id, photo)),
        { } photo => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
            detail: $"{CommandKeys.Header} '{key}' was already used for another photo ({photo.Hash})"),
        null => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
            detail: $"{CommandKeys.Header} '{key}' was already used for another command on this case"),
    };

    private static async Task<IResult> Read(string id, string hash, HttpContext http, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Ids.IsValid(id)) return RefusalResults.Invalid("id", Ids.Rule);
        if (!AttachmentKinds.IsHash(hash)) return RefusalResults.Invalid("hash", AttachmentKinds.HashRule);
        var view = await grains.GetGrain<IIncidentGrain>(id).Get();
        if (view is null || !user.Actor().MayRead(view) || view.Attachments?.Any(a => a.Hash == hash) != true) return Missing(id);
        if (await grains.GetGrain<IAttachmentGrain>(0).Read(hash) is not { } content) return Missing(id);

        http.Response.Headers.CacheControl = CachePolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Bytes(content.Bytes, content.MediaType, entityTag: new EntityTagHeaderValue($"\"{hash}\""));
    }

    /// <summary>Word for word what a missing case answers.</summary>
    private static IResult Missing(string id) => RefusalResults.NotFound($"no case {id}");
}

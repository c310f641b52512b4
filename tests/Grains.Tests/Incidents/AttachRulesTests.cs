using GridActors.Attachments;
using GridActors.Incidents;

namespace GridActors.Tests.Incidents;

/// <summary>Who may attach a photo to a case, and what the case refuses to record.</summary>
public class AttachRulesTests
{
    static readonly AttachmentRef Photo = new(new string('b', 64), AttachmentKinds.Png, 1200);

    [Fact]
    public void The_handler_the_reporter_and_the_command_centre_attach_and_another_worker_may_not()
    {
        var s = Paths.To(IncidentStatus.Accepted);

        Assert.Null(s.Decide(new Attach(Photo), People.Handler).Refusal);
        Assert.Null(s.Decide(new Attach(Photo), People.Reporter).Refusal);
        Assert.Null(s.Decide(new Attach(Photo), People.Operator).Refusal);
        var refused = s.Decide(new Attach(Photo), People.OtherWorker).Refusal!;
        Assert.Equal((RefusalCode.NotPermitted, "Worker w-3 may not attach a photo to this case"), (refused.Code, refused.Reason));
    }

    [Fact]
    public void A_photo_already_on_the_case_and_a_name_that_is_no_hash_are_refused()
    {
        var s = Paths.To(IncidentStatus.Accepted).Do(new Attach(Photo), People.Handler);
        Assert.Equal([Photo], s.State.ToView(s.Now).Attachments);

        Assert.Equal(RefusalCode.Conflict, s.Decide(new Attach(Photo), People.Reporter).Refusal!.Code);
        var badHash = s.Decide(new Attach(Photo with { Hash = "photo.jpg" }), People.Handler).Refusal!;
        Assert.Equal((RefusalCode.Invalid, "hash"), (badHash.Code, badHash.Field));
        var badType = s.Decide(new Attach(Photo with { Hash = new string('c', 64), MediaType = "text/html" }), People.Handler).Refusal!;
        Assert.Equal((RefusalCode.Invalid, "mediaType"), (badType.Code, badType.Field));
    }

    [Fact]
    public void The_first_bytes_decide_the_kind()
    {
        Assert.Equal(AttachmentKinds.Jpeg, AttachmentKinds.Sniff([0xFF, 0xD8, 0xFF, 0xDB]));
        Assert.Equal(AttachmentKinds.Png, AttachmentKinds.Sniff([0x89, .. "PNG\r\n\u001a\n"u8]));
        Assert.Equal(AttachmentKinds.WebP, AttachmentKinds.Sniff([.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8]));
        // A WAV file is RIFF too, and a GIF is an image, but neither is allowed.
        Assert.Null(AttachmentKinds.Sniff([.. "RIFF"u8, 0, 0, 0, 0, .. "WAVE"u8]));
        Assert.Null(AttachmentKinds.Sniff("GIF89a"u8));
        Assert.Null(AttachmentKinds.Sniff([0xFF, 0xD8]));
    }
}

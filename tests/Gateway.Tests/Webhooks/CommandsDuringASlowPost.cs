using System.Net;
using System.Net.Http.Json;
using static GridActors.Tests.Webhooks.WebhookCalls;

namespace GridActors.Tests.Webhooks;

/// <summary>An admin's command on a subscription answers while a post to its slow receiver (10 s an
/// answer, or when the test releases it) is in flight, and what the command set wins over that post:
/// the post is withdrawn and its outcome counts for nothing.</summary>
public class CommandsDuringASlowPost(WebhookGatewayFactory gateway) : IClassFixture<WebhookGatewayFactory>
{
    private static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(10);

    /// <summary>Well within the receiver's answer: a command that waited for it fails the test.</summary>
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_redelivery_answers_at_once_and_the_events_from_its_sequence_come_again()
    {
        await using var receiver = await WebhookReceiver.StartAsync(answerAfter: SlowAnswer);
        var (town, id, admin, first) = await FirstPostHeld(receiver);
        receiver.Release();
        await receiver.Accepted.WaitFor(r => r.Count == 1);
        receiver.Hold();
        var second = await town.Reported("Second");
        await receiver.Requests.WaitFor(r => r.Count == 2);

        await Json(await admin.PostAsJsonAsync($"/api/v1/webhooks/{id}/redeliver", new { sequence = receiver.Accepted.Items[0].Sequence }).WaitAsync(Prompt), HttpStatusCode.OK);
        await WithdrawnThenReleased(receiver, taken: 1);

        await receiver.Accepted.WaitFor(r => r.Count == 3);
        Assert.Equal([first, first, second], receiver.Accepted.Items.Select(r => r.Event.Case));
        Assert.Equal(receiver.Accepted.Items[0].Id, receiver.Accepted.Items[1].Id);
    }

    [Fact]
    public async Task A_pause_answers_at_once_and_nothing_more_goes_out_until_it_is_enabled_again()
    {
        await using var receiver = await WebhookReceiver.StartAsync(answerAfter: SlowAnswer);
        await using var witness = await WebhookReceiver.StartAsync();
        var (town, id, admin, first) = await FirstPostHeld(receiver);
        await CreateAsync(gateway, town.Admin, witness.Url, town.Code);

        var paused = await Json(await admin.PutAsJsonAsync($"/api/v1/webhooks/{id}", new { enabled = false }).WaitAsync(Prompt), HttpStatusCode.OK);
        await WithdrawnThenReleased(receiver, taken: 0);
        var second = await SeenOnlyByTheWitness(town, receiver, witness);

        var cursor = (await Json(await admin.GetAsync($"/api/v1/webhooks/{id}"), HttpStatusCode.OK))["cursor"]!.GetValue<long>();
        Assert.Equal(("Disabled", paused["cursor"]!.GetValue<long>()), (paused["status"]!.GetValue<string>(), cursor));
        Assert.True(cursor < receiver.Requests.Items[0].Sequence, $"the cursor {cursor} moved past the withdrawn post");
        await Json(await admin.PutAsJsonAsync($"/api/v1/webhooks/{id}", new { enabled = true }), HttpStatusCode.OK);
        await receiver.Accepted.WaitFor(r => r.Count == 2);
        Assert.Equal([first, second], receiver.Accepted.Items.Select(r => r.Event.Case));
    }

    [Fact]
    public async Task A_deletion_answers_at_once_and_nothing_more_goes_out()
    {
        await using var receiver = await WebhookReceiver.StartAsync(answerAfter: SlowAnswer);
        await using var witness = await WebhookReceiver.StartAsync();
        var (town, id, admin, _) = await FirstPostHeld(receiver);
        await CreateAsync(gateway, town.Admin, witness.Url, town.Code);

        var deleted = await admin.DeleteAsync($"/api/v1/webhooks/{id}").WaitAsync(Prompt);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await WithdrawnThenReleased(receiver, taken: 0);
        await SeenOnlyByTheWitness(town, receiver, witness);

        Assert.Empty(receiver.Accepted.Items);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_resumption_answers_at_once_and_delivery_goes_on_from_the_cursor()
    {
        await using var receiver = await WebhookReceiver.StartAsync(answerAfter: SlowAnswer);
        var (town, id, admin, first) = await FirstPostHeld(receiver);

        var resumed = await Json(await admin.PostAsync($"/api/v1/webhooks/{id}/resume", null).WaitAsync(Prompt), HttpStatusCode.OK);
        await WithdrawnThenReleased(receiver, taken: 0);

        await receiver.Accepted.WaitFor(r => r.Count == 1);
        Assert.Equal(("Active", first), (resumed["status"]!.GetValue<string>(), receiver.Accepted.Items[0].Event.Case));
        Assert.Equal(receiver.Withdrawn.Items[0].Id, receiver.Accepted.Items[0].Id);
    }

    /// <summary>The post held when the command came was withdrawn, not taken; from now on the
    /// receiver answers at once.</summary>
    private static async Task WithdrawnThenReleased(WebhookReceiver receiver, int taken)
    {
        Assert.Equal(taken, receiver.Accepted.Items.Count);
        await receiver.Withdrawn.WaitFor(r => r.Count == 1);
        receiver.Release();
    }

    /// <summary>A second report reaches the witness's subscription but not the receiver, which was
    /// sent only the first.</summary>
    private static async Task<string> SeenOnlyByTheWitness(Town town, WebhookReceiver receiver, WebhookReceiver witness)
    {
        var second = await town.Reported("Second");
        await witness.Accepted.WaitFor(r => r.Any(x => x.Event.Case == second));
        Assert.Single(receiver.Requests.Items);
        return second;
    }

    /// <summary>A town's subscription to its reports, whose receiver holds the post of the first.</summary>
    private async Task<(Town Town, string Id, HttpClient Admin, string First)> FirstPostHeld(WebhookReceiver receiver)
    {
        var town = await Town.Create(gateway);
        var created = await CreateAsync(gateway, town.Admin, receiver.Url, town.Code);
        var first = await town.Reported("First");
        await receiver.Requests.WaitFor(r => r.Count == 1);
        return (town, created["webhook"]!["id"]!.GetValue<string>(), gateway.As(town.Admin), first);
    }
}

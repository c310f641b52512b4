using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GridActors.Access;
using static GridActors.Tests.Webhooks.WebhookCalls;

namespace GridActors.Tests.Webhooks;

/// <summary>Subscriptions over HTTP: the secret once, scope, bad input named by field, suspension
/// after 24 hours of failure (on the fake clock), resumption and redelivery, and one slow receiver
/// beside another subscription (must-show 4).</summary>
public class WebhooksApiTests(WebhookGatewayFactory gateway) : IClassFixture<WebhookGatewayFactory>
{
    private static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_slow_receiver_does_not_delay_a_second_subscriptions_deliveries()
    {
        await using var slow = await WebhookReceiver.StartAsync(answerAfter: SlowAnswer);
        await using var fast = await WebhookReceiver.StartAsync();
        var town = await Town.Create(gateway);
        await CreateAsync(town.Admin, slow.Url, town.Code);
        await CreateAsync(town.Admin, fast.Url, town.Code);

        var ids = new List<string>();
        for (var i = 0; i < 5; i++) ids.Add(await town.Reported($"Rubbish heap {i}"));
        await fast.Accepted.WaitFor(r => ids.All(id => r.Any(x => x.Event.Case == id)), TimeSpan.FromSeconds(8));
        var slowAnsweredMeanwhile = slow.Accepted.Items.Count;
        await slow.Requests.WaitFor(r => r.Count > 0);

        Assert.Equal(0, slowAnsweredMeanwhile);
        Assert.Equal(ids, fast.Accepted.Items.Select(r => r.Event.Case));
    }

    [Fact]
    public async Task The_secret_is_shown_once_and_deliveries_are_signed_with_it()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var town = await Town.Create(gateway);
        using var admin = gateway.As(town.Admin);
        var created = await CreateAsync(town.Admin, receiver.Url, town.Code);
        var secret = created["secret"]!.GetValue<string>();
        var id = created["webhook"]!["id"]!.GetValue<string>();

        var one = await Json(await admin.GetAsync($"/api/v1/webhooks/{id}"), HttpStatusCode.OK);
        var all = await Json(await admin.GetAsync("/api/v1/webhooks"), HttpStatusCode.OK);
        Assert.Null(one["secret"]);
        Assert.Equal("Active", one["status"]!.GetValue<string>());
        Assert.Contains(all.AsArray(), w => w!["id"]!.GetValue<string>() == id && w["secret"] is null);

        var caseId = await town.Reported();
        await receiver.Accepted.WaitFor(r => r.Count == 1);
        var received = receiver.Accepted.Items[0];
        Assert.True(Signatures.Verify(secret, received));
        Assert.False(Signatures.Verify(secret.Replace(secret[^5..], "AAAA="), received));
        Assert.Equal("case.reported.v1", received.Json["type"]!.GetValue<string>());
        Assert.Equal((caseId, 1L), received.Event);
        Assert.Equal(town.Reporter.Id, received.Json["data"]!["actor"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_kinds_and_the_area_subscribed_to_are_delivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var town = await Town.Create(gateway);
        var other = await Town.Create(gateway);
        await CreateAsync(town.Admin, receiver.Url, town.Code, "case.filed");

        var theirs = await other.Reported();
        await other.Do(theirs, "file", other.Operator);
        var ours = await town.Reported();
        await town.Do(ours, "file", town.Operator);
        await receiver.Accepted.WaitFor(r => r.Count == 1);
        // Filing dispatches: the case's later events (dispatched, offered) are of other kinds.
        var sequenceOfFiling = receiver.Accepted.Items[0].Sequence;
        var last = await town.Reported("A later case, to see nothing else went out before it");
        await town.Do(last, "file", town.Operator);
        await receiver.Accepted.WaitFor(r => r.Count == 2);

        Assert.Equal([(ours, 2L), (last, 2L)], receiver.Accepted.Items.Select(r => r.Event));
        Assert.All(receiver.Accepted.Items, r => Assert.Equal("case.filed.v1", r.Json["type"]!.GetValue<string>()));
        Assert.True(receiver.Accepted.Items[1].Sequence > sequenceOfFiling);
    }

    [Fact]
    public async Task Twenty_four_hours_of_failure_suspend_a_subscription_whose_backlog_waits_for_resume_and_redelivery()
    {
        await using var receiver = await WebhookReceiver.StartAsync(refusing: true);
        var town = await Town.Create(gateway);
        using var admin = gateway.As(town.Admin);
        var id = (await CreateAsync(town.Admin, receiver.Url, town.Code))["webhook"]!["id"]!.GetValue<string>();
        var first = await town.Reported("First");
        await gateway.Logs.WaitFor(l => l.Message.StartsWith($"Webhook {id} could not deliver", StringComparison.Ordinal));

        gateway.Time.Advance(TimeSpan.FromHours(24));
        await gateway.Logs.WaitFor(l => l.Message.StartsWith($"Webhook {id} of area {town.Code} suspended; alert to its admin admin", StringComparison.Ordinal));
        var suspended = await Json(await admin.GetAsync($"/api/v1/webhooks/{id}"), HttpStatusCode.OK);
        Assert.Equal("Suspended", suspended["status"]!.GetValue<string>());
        Assert.EndsWith("the last: the receiver answered 503", suspended["suspendedReason"]!.GetValue<string>());
        var tries = await Json(await admin.GetAsync($"/api/v1/webhooks/{id}/deliveries"), HttpStatusCode.OK);
        Assert.Equal([503, 503], tries.AsArray().Select(t => t!["status"]!.GetValue<int>()));
        Assert.All(tries.AsArray(), t => Assert.Equal((false, 1, first), (t!["delivered"]!.GetValue<bool>(), t["attempts"]!.GetValue<int>(), t["caseId"]!.GetValue<string>())));

        var second = await town.Reported("Second");
        receiver.Accept();
        await Json(await admin.PostAsync($"/api/v1/webhooks/{id}/resume", null), HttpStatusCode.OK);
        await receiver.Accepted.WaitFor(r => r.Count == 2);
        Assert.Equal([first, second], receiver.Accepted.Items.Select(r => r.Event.Case));
        Assert.Equal("Active", (await Json(await admin.GetAsync($"/api/v1/webhooks/{id}"), HttpStatusCode.OK))["status"]!.GetValue<string>());

        var firstSequence = receiver.Accepted.Items[0].Sequence;
        await Json(await admin.PostAsJsonAsync($"/api/v1/webhooks/{id}/redeliver", new { sequence = firstSequence }), HttpStatusCode.OK);
        await receiver.Accepted.WaitFor(r => r.Count == 4);
        Assert.Equal(receiver.Accepted.Items.Take(2).Select(r => (r.Id, r.Body)), receiver.Accepted.Items.Skip(2).Select(r => (r.Id, r.Body)));
    }

    [Fact]
    public async Task Admins_reach_only_the_subscriptions_of_their_area_and_others_none()
    {
        var town = await Town.Create(gateway);
        var id = (await CreateAsync(town.Admin, new Uri("http://127.0.0.1:9/hook"), town.Code))["webhook"]!["id"]!.GetValue<string>();
        using var stranger = gateway.As(new Actor("admin-elsewhere", Role.Admin, "320413"));
        using var @operator = gateway.As(town.Operator);
        using var townAdmin = gateway.As(new Actor("town-admin", Role.Admin, town.Code));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.DoesNotContain((await Json(await stranger.GetAsync("/api/v1/webhooks"), HttpStatusCode.OK)).AsArray(), w => w!["id"]!.GetValue<string>() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await @operator.GetAsync("/api/v1/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await townAdmin.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
        var outside = await townAdmin.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://127.0.0.1:9/hook", kinds = new[] { "case.filed" }, area = "320412" });
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);

        using var admin = gateway.As(town.Admin);
        var disabled = await Json(await admin.PutAsJsonAsync($"/api/v1/webhooks/{id}", new { enabled = false }), HttpStatusCode.OK);
        Assert.Equal(("Disabled", "http://127.0.0.1:9/hook"), (disabled["status"]!.GetValue<string>(), disabled["url"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("ftp://example.org/hook", "case.filed", "320412", "url")]
    [InlineData("/relative", "case.filed", "320412", "url")]
    [InlineData("http://127.0.0.1:9/hook", "case.nothing", "320412", "kinds")]
    [InlineData("http://127.0.0.1:9/hook", "case.filed", "32041", "area")]
    public async Task Bad_input_is_a_problem_naming_the_field(string url, string kind, string area, string field)
    {
        using var admin = gateway.As(new Actor("admin", Role.Admin, "320412"));
        var answer = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url, kinds = new[] { kind }, area });
        var problem = await Json(answer, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task Redelivery_from_past_the_end_of_the_log_is_a_problem_naming_the_sequence_and_keeps_the_cursor()
    {
        var town = await Town.Create(gateway);
        using var admin = gateway.As(town.Admin);
        var created = (await CreateAsync(town.Admin, new Uri("http://127.0.0.1:9/hook"), town.Code))["webhook"]!;
        var (id, cursor) = (created["id"]!.GetValue<string>(), created["cursor"]!.GetValue<long>());

        var answer = await admin.PostAsJsonAsync($"/api/v1/webhooks/{id}/redeliver", new { sequence = cursor + 1000 });

        Assert.NotNull((await Json(answer, HttpStatusCode.BadRequest))["errors"]!["sequence"]);
        Assert.Equal(cursor, (await Json(await admin.GetAsync($"/api/v1/webhooks/{id}"), HttpStatusCode.OK))["cursor"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_log_names_a_new_subscription_by_its_address_without_the_query_that_may_carry_a_token()
    {
        var town = await Town.Create(gateway);
        var id = (await CreateAsync(town.Admin, new Uri("http://127.0.0.1:9/hook?token=s3cret"), town.Code))["webhook"]!["id"]!.GetValue<string>();

        var created = gateway.Logs.Lines.Single(l => l.Message.StartsWith($"Webhook {id} to ", StringComparison.Ordinal));
        Assert.Equal($"Webhook {id} to http://127.0.0.1:9/hook for area {town.Code} created by {town.Admin.Id}", created.Message);
    }

    private Task<JsonNode> CreateAsync(Actor admin, Uri url, string area, string kind = "case.reported") =>
        WebhookCalls.CreateAsync(gateway, admin, url, area, kind);
}

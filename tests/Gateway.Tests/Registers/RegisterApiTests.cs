using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Registers;
using GridActors.Tests.Api;

namespace GridActors.Tests.Registers;

/// <summary>The registers of key persons and vulnerable people over HTTP: least access, every read
/// of personal data in the audit trail, and bad input named by field.</summary>
[Collection(GatewayCollection.Name)]
public class RegisterApiTests(GatewayFactory gateway)
{
    private static readonly RegisterEntryInput Elder = new(RegisterKind.VulnerablePerson, "王阿婆", "运河路 12 号", 7, "lives alone");

    private static string Registers(Town town) => $"/api/v1/grids/{town.Grid}/registers";

    private async Task<RegisterEntry> Added(Town town)
    {
        using var worker = gateway.As(town.Handler);
        var response = await worker.PostAsJsonAsync(Registers(town), Elder, Wire.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RegisterEntry>(Wire.Options))!;
    }

    private async Task<HttpStatusCode> Status(Actor? actor, HttpMethod method, string path, object? body = null, string? ifMatch = null) =>
        (await Send(actor, method, path, body, ifMatch)).StatusCode;

    private async Task<HttpResponseMessage> Send(Actor? actor, HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        using var http = gateway.As(actor);
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: Wire.Options) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task A_retried_add_with_the_same_key_puts_the_person_on_the_register_once()
    {
        var town = await Town.Create(gateway);
        using var worker = gateway.As(town.Handler);
        HttpRequestMessage Add() => new(HttpMethod.Post, Registers(town))
        {
            Content = JsonContent.Create(Elder, options: Wire.Options),
            Headers = { { "Idempotency-Key", "visit-book-page-7" } },
        };

        var first = await worker.SendAsync(Add());
        var retried = await worker.SendAsync(Add());

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, retried.StatusCode));
        var entry = (await first.Content.ReadFromJsonAsync<RegisterEntry>(Wire.Options))!;
        Assert.Equal(entry, await retried.Content.ReadFromJsonAsync<RegisterEntry>(Wire.Options));
        Assert.Equal([entry.Id], (await worker.GetFromJsonAsync<RegisterEntry[]>(Registers(town), Wire.Options))!.Select(e => e.Id));
    }

    [Fact]
    public async Task Entries_are_answered_for_no_cache_to_keep_not_even_the_phones()
    {
        var town = await Town.Create(gateway);
        var entry = await Added(town);
        using var worker = gateway.As(town.Handler);

        foreach (var response in new[]
        {
            await worker.GetAsync(Registers(town)),
            await worker.GetAsync($"{Registers(town)}/{entry.Id}"),
            await worker.PostAsync($"{Registers(town)}/{entry.Id}/visits", null),
        })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl!.NoStore, $"{response.RequestMessage!.RequestUri} answered Cache-Control: {response.Headers.CacheControl}");
        }
    }

    [Fact]
    public async Task Entries_are_for_the_grids_workers_and_its_supervisors_only_and_counts_for_its_command_centres()
    {
        var town = await Town.Create(gateway);
        var entry = await Added(town);
        var one = $"{Registers(town)}/{entry.Id}";
        var elsewhere = new Actor("sup-elsewhere", Role.Supervisor, "320412199");
        var stranger = new Actor("w-stranger", Role.Worker, town.Grid);

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden,
             HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            [await Status(town.Handler, HttpMethod.Get, Registers(town)), await Status(town.Reporter, HttpMethod.Get, one),
             await Status(town.Supervisor, HttpMethod.Get, one), await Status(town.Operator, HttpMethod.Get, Registers(town)),
             await Status(town.Admin, HttpMethod.Get, Registers(town)), await Status(town.Police, HttpMethod.Get, Registers(town)),
             await Status(elsewhere, HttpMethod.Get, one), await Status(stranger, HttpMethod.Get, one)]);
        using (var hotline = gateway.WithApiKey(AuthSettings.DevelopmentApiKey))
            Assert.Equal(HttpStatusCode.Forbidden, (await hotline.GetAsync(Registers(town))).StatusCode);

        // Command centres see how many, not who.
        using (var op = gateway.As(town.Operator))
            Assert.Equal(new RegisterCounts(0, 1, 0), await op.GetFromJsonAsync<RegisterCounts>($"{Registers(town)}/counts", Wire.Options));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(elsewhere, HttpMethod.Get, $"{Registers(town)}/counts"));

        // Changes: workers and supervisors edit, only supervisors remove, only the grid's workers visit.
        Assert.Equal(HttpStatusCode.Forbidden, await Status(town.Operator, HttpMethod.Put, one, Elder, "\"1\""));
        Assert.Equal(HttpStatusCode.OK, await Status(town.Supervisor, HttpMethod.Put, one, Elder with { VisitEveryDays = 14 }, "\"1\""));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(town.Supervisor, HttpMethod.Post, $"{one}/visits"));
        Assert.Equal(HttpStatusCode.OK, await Status(town.Reporter, HttpMethod.Post, $"{one}/visits"));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(town.Handler, HttpMethod.Delete, one, ifMatch: "\"2\""));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(elsewhere, HttpMethod.Delete, one, ifMatch: "\"2\""));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(town.Handler, HttpMethod.Get, $"{Registers(town)}/audit"));
        Assert.Equal(HttpStatusCode.NoContent, await Status(town.Supervisor, HttpMethod.Delete, one, ifMatch: "\"2\""));
        Assert.Equal(HttpStatusCode.NotFound, await Status(town.Supervisor, HttpMethod.Get, one));
    }

    [Fact]
    public async Task Every_read_of_an_entry_is_in_the_audit_trail_with_who_and_which_entries_and_refused_reads_are_not()
    {
        var town = await Town.Create(gateway);
        var entry = await Added(town);
        Assert.Equal(HttpStatusCode.OK, await Status(town.Handler, HttpMethod.Get, Registers(town)));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(town.Operator, HttpMethod.Get, Registers(town)));
        Assert.Equal(HttpStatusCode.OK, await Status(town.Supervisor, HttpMethod.Get, $"{Registers(town)}/{entry.Id}"));

        using var supervisor = gateway.As(town.Supervisor);
        var audit = (await supervisor.GetFromJsonAsync<List<RegisterAuditRecord>>($"{Registers(town)}/audit", Wire.Options))!;
        Assert.Equal(
            [("added", town.Handler.Id, Role.Worker, entry.Id), ("read", town.Handler.Id, Role.Worker, entry.Id), ("read", town.Supervisor.Id, Role.Supervisor, entry.Id)],
            audit.Select(r => (r.Action, r.ActorId, r.Role, Assert.Single(r.EntryIds))));
        Assert.True(audit.Zip(audit.Skip(1)).All(p => p.First.At <= p.Second.At));
    }

    public static TheoryData<string, string> BadEntries() => new()
    {
        { """{"kind":"KeyPerson","name":"","address":"运河路 1 号","visitEveryDays":7}""", "name" },
        { """{"kind":"KeyPerson","name":"张三","visitEveryDays":7}""", "address" },
        { """{"kind":"KeyPerson","name":"张三","address":"运河路 1 号","visitEveryDays":0}""", "visitEveryDays" },
        { """{"kind":"KeyPerson","name":"张三","address":"运河路 1 号","visitEveryDays":"weekly"}""", "visitEveryDays" },
        { """{"kind":"Neighbour","name":"张三","address":"运河路 1 号","visitEveryDays":7}""", "kind" },
        { """{"kind":"KeyPerson","name":"张三","address":"运河路 1 号","note":"NOTE","visitEveryDays":7}""".Replace("NOTE", new string('x', 1001)), "note" },
    };

    [Theory, MemberData(nameof(BadEntries))]
    public async Task A_bad_entry_is_a_problem_naming_the_field_and_nothing_is_added(string json, string field)
    {
        var town = await Town.Create(gateway);
        using var worker = gateway.As(town.Handler);
        var response = await worker.PostAsync(Registers(town), new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(problem["errors"]![field] is not null, problem.ToJsonString());
        Assert.Empty((await worker.GetFromJsonAsync<List<RegisterEntry>>(Registers(town), Wire.Options))!);
    }

    [Fact]
    public async Task A_bad_grid_code_or_entry_id_is_named()
    {
        var town = await Town.Create(gateway);
        using var worker = gateway.As(town.Handler);
        foreach (var (path, field) in new[] { ("/api/v1/grids/Wujin/registers", "code"), ($"{Registers(town)}/e%20!", "entryId") })
        {
            var response = await worker.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![field] is not null);
        }
    }

    [Fact]
    public async Task Of_two_editors_of_one_entry_the_second_with_the_stale_version_gets_412_and_the_entry_keeps_the_first_change()
    {
        var town = await Town.Create(gateway);
        var entry = await Added(town);
        var one = $"{Registers(town)}/{entry.Id}";
        var read = await Send(town.Handler, HttpMethod.Get, one);
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);

        var first = await Send(town.Handler, HttpMethod.Put, one, Elder with { Address = "运河路 14 号" }, read.Headers.ETag.Tag);
        var second = await Send(town.Supervisor, HttpMethod.Put, one, Elder with { Note = "daughter visits on Sundays" }, read.Headers.ETag.Tag);

        Assert.Equal((HttpStatusCode.OK, "\"2\""), (first.StatusCode, first.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Equal($"register entry {entry.Id} is at version \"2\", not \"1\": someone changed it meanwhile; read it again",
            JsonNode.Parse(await second.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.PreconditionFailed, await Status(town.Supervisor, HttpMethod.Delete, one, ifMatch: "\"1\""));
        var kept = (await (await Send(town.Supervisor, HttpMethod.Get, one)).Content.ReadFromJsonAsync<RegisterEntry>(Wire.Options))!;
        Assert.Equal(("运河路 14 号", "lives alone", 2L), (kept.Address, kept.Note, kept.Version));
    }

    [Fact]
    public async Task A_change_or_removal_without_If_Match_is_428_and_changes_nothing_and_a_list_or_star_matches_per_HTTP()
    {
        var town = await Town.Create(gateway);
        var entry = await Added(town);
        var one = $"{Registers(town)}/{entry.Id}";

        var change = await Send(town.Handler, HttpMethod.Put, one, Elder with { Name = "王阿婆婆" });
        Assert.Equal(HttpStatusCode.PreconditionRequired, change.StatusCode);
        Assert.NotNull(JsonNode.Parse(await change.Content.ReadAsStringAsync())!["errors"]!["If-Match"]);
        Assert.Equal(HttpStatusCode.PreconditionRequired, await Status(town.Supervisor, HttpMethod.Delete, one));
        Assert.Equal(HttpStatusCode.BadRequest, await Status(town.Supervisor, HttpMethod.Delete, one, ifMatch: "1"));
        // A weak tag never matches If-Match's strong comparison.
        Assert.Equal(HttpStatusCode.PreconditionFailed, await Status(town.Handler, HttpMethod.Put, one, Elder, "W/\"1\""));

        Assert.Equal(HttpStatusCode.OK, await Status(town.Handler, HttpMethod.Put, one, Elder with { VisitEveryDays = 3 }, "\"7\", \"1\""));
        Assert.Equal(HttpStatusCode.OK, await Status(town.Handler, HttpMethod.Put, one, Elder with { VisitEveryDays = 4 }, "*"));
        var now = (await (await Send(town.Handler, HttpMethod.Get, one)).Content.ReadFromJsonAsync<RegisterEntry>(Wire.Options))!;
        Assert.Equal(("王阿婆", 4, 3L), (now.Name, now.VisitEveryDays, now.Version));
        Assert.Equal(HttpStatusCode.NoContent, await Status(town.Supervisor, HttpMethod.Delete, one, ifMatch: "*"));
    }
}

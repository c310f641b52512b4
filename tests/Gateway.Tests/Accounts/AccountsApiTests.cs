using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GridActors.Access;
using GridActors.Tests.Api;

namespace GridActors.Tests.Accounts;

/// <summary>Who manages which account over REST: an admin within its area and never above its role,
/// a platform admin the admins; no answer carries a password or its hash.</summary>
public class AccountsApiTests(AccountsGatewayFactory gateway) : IClassFixture<AccountsGatewayFactory>
{
    private static readonly Actor TownAdmin = new("admin-320412101", Role.Admin, "320412101");
    private static readonly Actor PlatformAdmin = new("platform-admin", Role.PlatformAdmin, "platform");
    private const string Password = AccountsGatewayFactory.Password;

    private static object Account(string login, string role, string? scope, string? workerId = null) =>
        new { login, displayName = login, role, scope, workerId, password = Password };

    [Theory]
    [InlineData("op-101-a", "Operator", "320412101", HttpStatusCode.Created)]
    [InlineData("sup-101001", "Supervisor", "320412101001", HttpStatusCode.Created)]
    [InlineData("admin-101001", "Admin", "320412101001", HttpStatusCode.Created)]
    [InlineData("admin-101-b", "Admin", "320412101", HttpStatusCode.Created)]
    [InlineData("w-101-x", "Worker", "320412101001-01", HttpStatusCode.Created)]
    [InlineData("admin-district", "Admin", "320412", HttpStatusCode.Forbidden)]
    [InlineData("op-102-a", "Operator", "320412102", HttpStatusCode.Forbidden)]
    [InlineData("platform-b", "PlatformAdmin", null, HttpStatusCode.Forbidden)]
    [InlineData("dept-police", "Department", "police", HttpStatusCode.Forbidden)]
    public async Task A_town_admin_creates_accounts_within_its_town_and_no_role_above_its_own(string login, string role, string? scope, HttpStatusCode expected)
    {
        if (role == "Worker") await gateway.Worker(login, scope!);
        var response = await gateway.Create(Account(login, role, scope, role == "Worker" ? login : null), TownAdmin);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_town_admin_cannot_read_change_or_delete_another_town_s_accounts_nor_list_them()
    {
        Assert.Equal(HttpStatusCode.Created, (await gateway.Create(Account("op-102-other", "Operator", "320412102"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await gateway.Create(Account("op-101-own", "Operator", "320412101"))).StatusCode);
        using var admin = gateway.As(TownAdmin);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/accounts/op-102-other")).StatusCode);
        var change = new HttpRequestMessage(HttpMethod.Put, "/api/v1/accounts/op-102-other") { Content = JsonContent.Create(new { enabled = false }) };
        change.Headers.TryAddWithoutValidation("If-Match", "*");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SendAsync(change)).StatusCode);
        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/accounts/op-102-other");
        delete.Headers.TryAddWithoutValidation("If-Match", "*");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SendAsync(delete)).StatusCode);
        // Nor move its own town's operator to the other town.
        var move = new HttpRequestMessage(HttpMethod.Put, "/api/v1/accounts/op-101-own") { Content = JsonContent.Create(new { scope = "320412102" }) };
        move.Headers.TryAddWithoutValidation("If-Match", "*");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.SendAsync(move)).StatusCode);

        var listed = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/accounts"))!.Select(a => a.GetProperty("scope").GetString()!).ToList();
        Assert.Contains("320412101", listed);
        Assert.All(listed, scope => Assert.StartsWith("320412101", scope, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_platform_admin_manages_the_admins_and_not_the_operators()
    {
        Assert.Equal(HttpStatusCode.Created, (await gateway.Create(Account("admin-320413", "Admin", "320413"), PlatformAdmin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await gateway.Create(Account("op-320413101", "Operator", "320413101"), PlatformAdmin)).StatusCode);
        using var platform = gateway.As(PlatformAdmin);
        var listed = (await platform.GetFromJsonAsync<JsonElement[]>("/api/v1/accounts"))!;
        Assert.Contains(listed, a => a.GetProperty("login").GetString() == "admin-320413");
        Assert.All(listed, a => Assert.Contains(a.GetProperty("role").GetString(), new[] { "Admin", "Department", "PlatformAdmin" }));
    }

    [Fact]
    public async Task An_existing_login_is_409_and_bad_input_names_the_field()
    {
        Assert.Equal(HttpStatusCode.Created, (await gateway.Create(Account("op-twice", "Operator", "320412101"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await gateway.Create(Account("op-twice", "Operator", "320412101"))).StatusCode);

        async Task<string> Field(object body)
        {
            var response = await gateway.Create(body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return string.Join(",", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        }
        Assert.Equal("password", await Field(new { login = "op-short", displayName = "x", role = "Operator", scope = "320412101", password = "short" }));
        Assert.Equal("password", await Field(new { login = "op-nopass", displayName = "x", role = "Operator", scope = "320412101" }));
        Assert.Equal("scope", await Field(new { login = "op-grid", displayName = "x", role = "Operator", scope = "320412101001-01", password = Password }));
        Assert.Equal("workerId", await Field(new { login = "w-none", displayName = "x", role = "Worker", scope = "320412101001-01", password = Password }));
        // A worker account acts as its worker: one registered in another grid (here another town's) is refused.
        await gateway.Worker("w-102-elsewhere", "320412102001-01");
        Assert.Equal("workerId", await Field(new { login = "w-borrowed", displayName = "x", role = "Worker", scope = "320412101001-01", workerId = "w-102-elsewhere", password = Password }));
        Assert.Equal("login", await Field(new { login = "system", displayName = "x", role = "Operator", scope = "320412101", password = Password }));
        Assert.Equal("login", await Field(new { login = "a b", displayName = "x", role = "Operator", scope = "320412101", password = Password }));
        Assert.Equal("role", await Field(new { login = "op-role", displayName = "x", role = "Mayor", scope = "320412101", password = Password }));
        Assert.Equal("displayName", await Field(new { login = "op-name", displayName = " ", role = "Operator", scope = "320412101", password = Password }));
    }

    [Fact]
    public async Task A_change_needs_the_version_read_and_a_stale_one_is_412()
    {
        var created = await gateway.Create(Account("op-versioned", "Operator", "320412101"));
        var etag = created.Headers.ETag!.Tag;
        using var admin = gateway.As(AccountsGatewayFactory.DistrictAdmin);
        HttpRequestMessage Put(string? ifMatch, string name)
        {
            var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/accounts/op-versioned") { Content = JsonContent.Create(new { displayName = name }) };
            if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            return request;
        }
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await admin.SendAsync(Put(null, "甲"))).StatusCode);
        var changed = await admin.SendAsync(Put(etag, "乙"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", changed.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await admin.SendAsync(Put(etag, "丙"))).StatusCode);
        Assert.Equal("乙", (await admin.GetFromJsonAsync<JsonElement>("/api/v1/accounts/op-versioned")).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task No_answer_carries_a_password_or_its_hash()
    {
        await gateway.Worker("w-hashless", "320412101001-01");
        var created = await gateway.Create(Account("w-hashless", "Worker", "320412101001-01", "w-hashless"));
        using var admin = gateway.As(AccountsGatewayFactory.DistrictAdmin);
        var tokens = await gateway.SignIn("w-hashless");
        using var self = gateway.WithToken(tokens.AccessToken);
        var answers = new[]
        {
            await created.Content.ReadAsStringAsync(),
            await admin.GetStringAsync("/api/v1/accounts/w-hashless"),
            await admin.GetStringAsync("/api/v1/accounts"),
            await self.GetStringAsync("/api/v1/auth/me"),
        };
        Assert.Equal(["displayName", "enabled", "login", "role", "scope", "version", "workerId"],
            JsonDocument.Parse(answers[1]).RootElement.EnumerateObject().Select(p => p.Name).Order());
        // PasswordHasher's V3 hashes start with 0x01, "AQAAAA" in base64.
        Assert.All(answers, a => Assert.DoesNotContain("AQAAAA", a, StringComparison.Ordinal));
        Assert.All(answers, a => Assert.DoesNotContain(Password, a, StringComparison.Ordinal));
        Assert.All(answers, a => Assert.DoesNotContain("password", a, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Operators_and_workers_manage_no_accounts()
    {
        using var operatorClient = gateway.As(new Actor("op-x", Role.Operator, "320412101"));
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.GetAsync("/api/v1/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await gateway.Create(Account("op-y", "Operator", "320412101"), new Actor("op-x", Role.Operator, "320412101"))).StatusCode);
    }
}

using System.Net;
using System.Text.Json;
using GridActors.Tests.Territory;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web.WorkerApp;

/// <summary>The people on a grid's registers are seen in the app and never kept on the phone.</summary>
public class RegisterPrivacyTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    const string Name = "林秀英";
    const string Address = "运河路 18 号 3 单元 402 室";
    const string IdNumber = "320412194803150026";

    [Fact]
    public async Task After_a_visit_is_recorded_and_the_page_closed_no_store_of_the_browser_holds_the_persons_details()
    {
        var worker = BoardGateway.Workers[0];
        var (context, page, entryId, entry) = await OnTheRegisters(worker);
        await using var _ = context;
        await Expect(entry).ToContainTextAsync(Address);
        await entry.Locator("[data-action=visit]").ClickAsync();
        await Expect(entry.Locator("[data-mark=visited]")).ToBeVisibleAsync();
        using (var supervisor = gateway.Http(new("sup-320412101", Access.Role.Supervisor, BoardGateway.Town)))
        {
            using var read = JsonDocument.Parse(await supervisor.GetStringAsync($"/api/v1/grids/{BoardGateway.Grid}/registers/{entryId}"));
            Assert.NotEqual(JsonValueKind.Null, read.RootElement.GetProperty("lastVisitAt").ValueKind);
        }
        await page.CloseAsync();

        // A new page of the same browser: every store it has, read whole, as text.
        var probe = await context.NewPageAsync();
        await probe.GotoAsync("/app");
        var stores = await probe.EvaluateAsync<Dictionary<string, string>>("""
            async () => {
              const text = value => JSON.stringify(value, (k, v) => v instanceof Blob || v instanceof ArrayBuffer ? "[bytes]" : v);
              const local = Object.fromEntries(Object.entries(localStorage));
              const session = Object.fromEntries(Object.entries(sessionStorage).filter(([k]) => k !== "gridactors.session"));
              const databases = {};
              for (const { name } of await indexedDB.databases()) {
                const db = await new Promise((ok, fail) => { const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
                for (const store of db.objectStoreNames) {
                  databases[`${name}/${store}`] = await new Promise(ok => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => ok(r.result); });
                }
                db.close();
              }
              const caches = {};
              for (const key of await self.caches.keys()) {
                const cache = await self.caches.open(key);
                for (const request of await cache.keys()) caches[`${key} ${request.url}`] = await (await cache.match(request)).text();
              }
              return { localStorage: text(local), sessionStorage: text(session), indexedDB: text(databases), cacheStorage: text(caches) };
            }
            """);
        Assert.Equal(["localStorage", "sessionStorage", "indexedDB", "cacheStorage"], stores.Keys);
        foreach (var (store, content) in stores)
            foreach (var detail in new[] { Name, Address, IdNumber })
                Assert.False(content.Contains(detail), $"{store} holds '{detail}': {content}");
    }

    [Fact]
    public async Task A_visit_saved_offline_to_an_entry_removed_meanwhile_is_shown_refused_once_back_online()
    {
        var (context, page, entryId, entry) = await OnTheRegisters(BoardGateway.Workers[1]);
        await using var _ = context;

        await context.SetOfflineAsync(true);
        await entry.Locator("[data-action=visit]").ClickAsync();
        var mark = entry.Locator(".outcome");
        await Expect(mark).ToHaveTextAsync("已保存，联网后自动发送");
        using (var supervisor = gateway.Http(new("sup-320412101", Access.Role.Supervisor, BoardGateway.Town)))
        {
            using var read = await supervisor.GetAsync($"/api/v1/grids/{BoardGateway.Grid}/registers/{entryId}");
            using var remove = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/grids/{BoardGateway.Grid}/registers/{entryId}");
            remove.Headers.IfMatch.Add(read.Headers.ETag!);
            Assert.True((await supervisor.SendAsync(remove)).IsSuccessStatusCode);
        }

        await context.SetOfflineAsync(false);
        await Expect(page.Locator(".outbox-command[data-state=refused]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(mark).ToHaveAttributeAsync("data-mark", "refused");
        await Expect(mark).ToHaveTextAsync("未被受理：原因和处理办法见上方“待发送”");
    }

    /// <summary>A new entry on the grid's register, and the worker's phone showing it on the registers screen.</summary>
    async Task<(Microsoft.Playwright.IBrowserContext Context, Microsoft.Playwright.IPage Page, string EntryId, Microsoft.Playwright.ILocator Entry)> OnTheRegisters(Access.Actor worker)
    {
        var entryId = await AddToRegister(worker);
        var (context, page) = await Phone.Open(gateway, worker, Tiles.At(0.5, 0.5));
        await page.Locator("[data-tab=registers]").ClickAsync();
        var entry = page.Locator($".entry[data-entry='{entryId}']");
        await Expect(entry).ToContainTextAsync(Name);
        return (context, page, entryId, entry);
    }

    async Task<string> AddToRegister(Access.Actor worker)
    {
        using var http = gateway.Http(worker);
        var response = await http.PostAsync($"/api/v1/grids/{BoardGateway.Grid}/registers", BoardGateway.Json(JsonSerializer.Serialize(new
        {
            kind = "VulnerablePerson", name = Name, address = Address, visitEveryDays = 7, note = $"独居，身份证 {IdNumber}",
        })));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var entry = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return entry.RootElement.GetProperty("id").GetString()!;
    }
}

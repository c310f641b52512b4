using System.Globalization;
using System.Net;
using GridActors.Gateway.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web;

/// <summary>Accounts as people meet them on the board: an admin disabling one signs it out, five
/// wrong passwords lock one, and an admin creates one on the accounts view.</summary>
public class AccountsOnTheBoardTests(FakeClockBoardGateway gateway) : IClassFixture<FakeClockBoardGateway>
{
    private const string Password = "lantern by the west gate";

    [Fact]
    public async Task An_operator_whose_account_an_admin_disables_over_REST_is_back_at_sign_in_with_the_hub_connection_closed_within_a_minute()
    {
        const string login = "op-to-disable";
        await CreateOperator(login);
        var (context, page) = await gateway.NewPage();
        await using var _ = context;
        await SignIn(page, login, Password);
        await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();

        using var admin = gateway.Http(BoardGateway.Admin);
        var current = await admin.GetAsync($"/api/v1/accounts/{login}");
        using var disable = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/accounts/{login}") { Content = BoardGateway.Json("""{"enabled":false}""") };
        disable.Headers.IfMatch.Add(current.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(disable)).StatusCode);

        // The gateway's sweep of hub connections runs every 30 seconds of its clock.
        gateway.Time.Advance(TimeSpan.FromSeconds(31));
        await Expect(page.Locator(".sign-in-card input[name=login]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(page.Locator(".board")).ToHaveCountAsync(0);
        // The gateway closed the hub connection (the page's own reload would close it too, so the
        // browser's view of the socket proves nothing); that close is what sent the page to sign-in.
        Assert.Contains(gateway.Logs.Lines, l => l.Message == $"Closed 1 hub connections of {login}: the account is disabled, deleted or changed");
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('gridactors.session')"));
    }

    [Fact]
    public async Task Five_wrong_passwords_on_the_sign_in_page_lock_the_account_the_page_says_until_when_and_every_attempt_is_logged()
    {
        const string login = "op-to-lock";
        await CreateOperator(login);
        var (context, page) = await gateway.NewPage();
        await using var _ = context;
        await page.GotoAsync("/");
        await page.Locator("input[name=login]").FillAsync(login);

        var statuses = new List<int>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.Locator("input[name=password]").FillAsync($"wrong-guess-{attempt}");
            var answer = await page.RunAndWaitForResponseAsync(() => page.Locator("button[type=submit]").ClickAsync(), "**/api/v1/auth/token");
            statuses.Add(answer.Status);
            if (attempt < 5) await Expect(page.Locator(".sign-in-failed")).ToHaveTextAsync("账号或密码错误");
        }

        Assert.Equal([401, 401, 401, 401, 429], statuses);
        var until = gateway.Time.GetUtcNow() + TimeSpan.FromMinutes(15);
        var chinaTime = until.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        await Expect(page.Locator(".sign-in-locked")).ToHaveTextAsync($"登录失败次数过多，账号已锁定至 {chinaTime}（北京时间）");
        await page.ScreenshotAsync(new() { Path = BoardGateway.Artefact("sign-in-locked-zh-CN.png") });

        var lines = gateway.Logs.Lines.Where(l => l.Category == typeof(SignInLog).FullName && l.Message.StartsWith($"Sign-in of {login} from ", StringComparison.Ordinal))
            .Select(l => l.Message).ToList();
        Assert.Equal(5, lines.Count);
        Assert.Equal(4, lines.Count(l => l.EndsWith(": refused (wrong password)", StringComparison.Ordinal)));
        Assert.Single(lines, l => l.EndsWith($": refused (wrong password); the account is locked until {until.ToString("O", CultureInfo.InvariantCulture)}", StringComparison.Ordinal));
        Assert.DoesNotContain(gateway.Logs.Lines, l => l.Message.Contains("wrong-guess", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_admin_creates_an_account_on_the_accounts_view_with_field_errors_beside_their_fields_and_that_account_signs_in()
    {
        const string login = "op-made-on-board";
        var (context, page) = await gateway.SignedInPage(BoardGateway.Admin);
        await using var _ = context;
        await page.GotoAsync("/");
        await page.Locator(".board-header .accounts-link").ClickAsync();
        await Expect(page.Locator(".accounts[data-ready=true] h1")).ToContainTextAsync("账号管理");
        await Expect(page.Locator($".account-row.account-{BoardGateway.Operator.Id}")).ToBeVisibleAsync();

        await page.Locator(".account-new").ClickAsync();
        var form = page.Locator(".account-form");
        await form.Locator("input[name=login]").FillAsync(login);
        await form.Locator("input[name=displayName]").FillAsync("夜班值班员");
        await form.Locator("input[name=scope]").FillAsync(BoardGateway.Town);
        await form.Locator("input[name=password]").FillAsync("short");
        await form.Locator("button[type=submit]").ClickAsync();
        var passwordItem = form.Locator(".el-form-item", new() { Has = page.Locator("input[name=password]") });
        await Expect(passwordItem.Locator(".el-form-item__error")).ToHaveTextAsync("a password has at least 10 characters");

        await form.Locator("input[name=password]").FillAsync(Password);
        await form.Locator("button[type=submit]").ClickAsync();
        var row = page.Locator($".account-row.account-{login}");
        await Expect(row).ToContainTextAsync("夜班值班员");
        await Expect(row).ToContainTextAsync("指挥中心操作员");
        await page.ScreenshotAsync(new() { Path = BoardGateway.Artefact("accounts-zh-CN.png") });

        var (theirs, board) = await gateway.NewPage();
        await using var __ = theirs;
        await SignIn(board, login, Password);
        await Expect(board.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
        await Expect(board.Locator(".board-header .who")).ToHaveTextAsync("夜班值班员");
        await Expect(board.Locator(".accounts-link")).ToHaveCountAsync(0);
    }

    private async Task CreateOperator(string login)
    {
        using var admin = gateway.Http(BoardGateway.Admin);
        var created = await admin.PostAsync("/api/v1/accounts", BoardGateway.Json($$"""
            {"login":"{{login}}","displayName":"值班员","role":"Operator","scope":"{{BoardGateway.Town}}","password":"{{Password}}"}
            """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private static async Task SignIn(IPage page, string login, string password)
    {
        await page.GotoAsync("/");
        await page.Locator("input[name=login]").FillAsync(login);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
    }
}

using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GridActors.Tests.Web;

/// <summary>axe-core (from the board's own npm packages) run in the page: the sign-in page, the board,
/// with a case on it and its drawer open, and the accounts view, with its form open, have no serious or
/// critical violation, in either language.</summary>
public class AccessibilityTests(BoardGateway gateway) : IClassFixture<BoardGateway>
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task The_sign_in_page_has_no_serious_or_critical_violation(string locale)
    {
        await using var context = await gateway.Browser.NewContextAsync(new() { BaseURL = gateway.Address.ToString(), Locale = locale });
        await context.AddInitScriptAsync($"localStorage.setItem('gridactors.locale', '{locale}');");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("form.sign-in-card")).ToBeVisibleAsync();

        AssertNone(await Violations(page));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task The_board_with_a_case_and_its_drawer_has_no_serious_or_critical_violation(string locale)
    {
        var id = await Reports.Report(gateway, "路灯不亮");
        var (context, page) = await gateway.SignedInPage(BoardGateway.Operator, locale);
        await using var _ = context;
        await page.GotoAsync("/");
        await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
        await Expect(page.Locator($"tr.case-row[data-case='{id}']")).ToBeVisibleAsync();
        await Expect(page.Locator($".leaflet-marker-icon [data-case='{id}'], .marker-cluster").First).ToBeAttachedAsync();

        AssertNone(await Violations(page));

        await page.Locator($"tr.case-row[data-case='{id}']").ClickAsync();
        await Expect(page.Locator($".case-drawer[data-case='{id}'] [data-action=file]")).ToBeVisibleAsync();
        await Settled(page);
        AssertNone(await Violations(page));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task The_accounts_view_and_its_form_have_no_serious_or_critical_violation(string locale)
    {
        var (context, page) = await gateway.SignedInPage(BoardGateway.Admin, locale);
        await using var _ = context;
        await page.GotoAsync("/?view=accounts");
        await Expect(page.Locator(".accounts[data-ready=true]")).ToBeVisibleAsync();
        await Expect(page.Locator($".account-row.account-{BoardGateway.Operator.Id}")).ToBeVisibleAsync();

        AssertNone(await Violations(page));

        await page.Locator(".account-new").ClickAsync();
        await Expect(page.Locator(".account-form input[name=login]")).ToBeVisibleAsync();
        await Settled(page);
        AssertNone(await Violations(page));
    }

    /// <summary>A dialog or drawer fades in: axe reads colours half-transparent until its animations end.</summary>
    private static Task Settled(IPage page) =>
        page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");

    private static void AssertNone(string[] violations) => Assert.True(violations.Length == 0, string.Join("\n", violations));

    private static readonly Lazy<string> Axe = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js")));

    /// <summary>The serious and critical violations axe finds, one line each: rule, impact and the elements.</summary>
    private static async Task<string[]> Violations(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
            await page.AddScriptTagAsync(new() { Content = Axe.Value });
        var found = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ["violations"] })).violations
              .filter(v => v.impact === "serious" || v.impact === "critical")
              .map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(" ")).join(", ")}`)
            """);
        return [.. found.EnumerateArray().Select(v => v.GetString()!)];
    }
}

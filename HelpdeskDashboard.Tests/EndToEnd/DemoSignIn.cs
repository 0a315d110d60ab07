using HelpdeskDashboard.Hosting.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>The demo accounts, signed in through the real login form as a person would.</summary>
public static class DemoSignIn
{
    public const string Agent = DemoAccounts.AgentEmail;
    public const string Manager = DemoAccounts.ManagerEmail;
    public const string Customer = DemoAccounts.CustomerEmail;

    /// <summary>Fills the static login form and submits it; returns once the browser left the login page.</summary>
    public static async Task SignInAsync(this IPage page, BrowserFixture browser, string email, string? returnUrl = null)
    {
        var login = returnUrl is null ? "/Account/Login" : $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        await page.GotoAsync(browser.Url(login));
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
    }
}

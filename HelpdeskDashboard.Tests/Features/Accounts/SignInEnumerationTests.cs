using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Accounts;

/// <summary>
/// Issue 15, point 2: the login form must not tell which addresses have accounts — not by its words (wrong, locked,
/// deactivated) and not by its work (a password hash is checked for unknown addresses too).
/// </summary>
public sealed class SignInEnumerationTests
{
    private const string Wrong = "The e-mail address or password is wrong.";
    private const string UnknownEmail = "nobody@example.com";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_deactivated_agent_with_a_wrong_password_hears_only_that_it_is_wrong()
    {
        await using var app = new HelpdeskAppFactory();
        await DeactivateAsync(app, DemoAccounts.AgentEmail);

        Assert.Equal(Wrong, await ProblemAsync(app, DemoAccounts.AgentEmail, "x"));
    }

    [Fact]
    public async Task A_deactivated_agent_with_the_right_password_is_told_it_is_deactivated()
    {
        await using var app = new HelpdeskAppFactory();
        await DeactivateAsync(app, DemoAccounts.AgentEmail);

        Assert.Equal(
            "This account may not sign in (it may have been deactivated). Ask a manager to activate it.",
            await ProblemAsync(app, DemoAccounts.AgentEmail, DemoAccounts.Password));
    }

    [Fact]
    public async Task Repeated_wrong_passwords_answer_the_same_for_a_real_and_an_unknown_address()
    {
        await using var app = new HelpdeskAppFactory();
        for (var attempt = 1; attempt <= AccountServiceCollectionExtensions.MaxFailedSignIns + 2; attempt++)
        {
            Assert.Equal(Wrong, await ProblemAsync(app, DemoAccounts.AgentEmail, $"Wrong#Pass{attempt}"));
            Assert.Equal(Wrong, await ProblemAsync(app, UnknownEmail, $"Wrong#Pass{attempt}"));
        }
    }

    [Fact]
    public async Task A_locked_account_says_it_is_locked_only_to_the_right_password()
    {
        await using var app = new HelpdeskAppFactory();
        for (var attempt = 1; attempt <= AccountServiceCollectionExtensions.MaxFailedSignIns; attempt++)
        {
            await ProblemAsync(app, DemoAccounts.AgentEmail, $"Wrong#Pass{attempt}");
        }

        Assert.Equal(Wrong, await ProblemAsync(app, DemoAccounts.AgentEmail, "Wrong#Again"));
        Assert.Equal(
            "This account is locked after 5 failed sign-ins. Try again in 15 minutes.",
            await ProblemAsync(app, DemoAccounts.AgentEmail, DemoAccounts.Password));
    }

    [Theory]
    [InlineData("a real address, wrong password", DemoAccounts.AgentEmail)]
    [InlineData("an unknown address", UnknownEmail)]
    public async Task Every_failed_sign_in_checks_one_password_hash(string label, string email)
    {
        _ = label;
        var hasher = new CountingPasswordHasher();
        await using var app = new CountingHasherApp(hasher);
        await ProblemAsync(app, DemoAccounts.CustomerEmail, "Wrong#Warmup"); // starts the host
        hasher.Verifications = 0;

        Assert.Equal(Wrong, await ProblemAsync(app, email, "Wrong#Pass1"));
        Assert.Equal(1, hasher.Verifications);
    }

    private static async Task<string?> ProblemAsync(HelpdeskAppFactory app, string email, string password)
    {
        using var response = await app.PostLoginAsync(email, password);
        return SignInClient.LoginProblem(await response.Content.ReadAsStringAsync(Cancel));
    }

    private static async Task DeactivateAsync(HelpdeskAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync(Cancel);
        await db.Agents.Where(a => a.Email == email).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsActive, false), Cancel);
    }

    private sealed class CountingPasswordHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new();

        public int Verifications { get; set; }

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private sealed class CountingHasherApp(CountingPasswordHasher hasher) : HelpdeskAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<ApplicationUser>>(hasher));
        }
    }
}

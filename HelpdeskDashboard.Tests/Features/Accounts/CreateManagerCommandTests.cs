using System.Net;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Accounts;

public sealed class CreateManagerCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string[], NewManager?> Arguments => new()
    {
        { "address and password", ["--create-manager", "boss@example.com", "Boss#2026x"], new("boss@example.com", "Boss#2026x", "boss") },
        { "with a name", ["--create-manager", "boss@example.com", "Boss#2026x", "Bea Boss"], new("boss@example.com", "Boss#2026x", "Bea Boss") },
        { "after other switches", ["--urls", "http://x", "--create-manager", "boss@example.com", "Boss#2026x"], new("boss@example.com", "Boss#2026x", "boss") },
        { "password missing", ["--create-manager", "boss@example.com"], null },
        { "too many values", ["--create-manager", "a@example.com", "Boss#2026x", "Bea", "extra"], null },
        { "no switch", ["boss@example.com", "Boss#2026x"], null },
    };

    [Theory]
    [MemberData(nameof(Arguments))]
    public void Parses_the_values_after_the_switch(string label, string[] args, NewManager? expected)
    {
        _ = label;
        Assert.Equal(expected, CreateManagerCommand.Parse(args));
    }

    [Fact]
    public async Task Creates_a_manager_who_can_sign_in()
    {
        await using var app = new HelpdeskAppFactory();
        app.Settings[DemoAccounts.SeedSetting] = "false";
        using var output = new StringWriter();

        var exitCode = await CreateManagerCommand.RunAsync(app.Services, ["--create-manager", "boss@example.com", "Boss#2026x", "Bea Boss"], output, Cancel);

        Assert.Equal(CreateManagerCommand.Succeeded, exitCode);
        Assert.Equal("Created manager boss@example.com (Bea Boss).", output.ToString().Trim());
        using var login = await app.PostLoginAsync("boss@example.com", "Boss#2026x");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(AccountPaths.AgentHome, login.RedirectTarget());
    }

    public static TheoryData<string, string[], int, string> Refusals => new()
    {
        { "weak password", ["--create-manager", "boss@example.com", "password"], CreateManagerCommand.InvalidArguments,
            "--create-manager: the password must be at least 8 characters long with a digit, an upper-case letter, a lower-case letter and a symbol; this one has no digit, has no upper-case letter and has no symbol." },
        { "malformed address", ["--create-manager", "boss@", "Boss#2026x"], CreateManagerCommand.InvalidArguments,
            "--create-manager: the e-mail address 'boss@' is not a valid e-mail address (expected name@example.com)." },
        { "address taken", ["--create-manager", DemoAccounts.AgentEmail, "Boss#2026x"], CreateManagerCommand.Failed,
            $"--create-manager: An account for {DemoAccounts.AgentEmail} already exists." },
        { "missing password", ["--create-manager", "boss@example.com"], CreateManagerCommand.InvalidArguments, CreateManagerCommand.Usage },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Refuses_with_a_clear_message(string label, string[] args, int expectedExitCode, string expectedOutput)
    {
        _ = label;
        await using var app = new HelpdeskAppFactory();
        using var output = new StringWriter();

        var exitCode = await CreateManagerCommand.RunAsync(app.Services, args, output, Cancel);

        Assert.Equal(expectedExitCode, exitCode);
        Assert.Equal(expectedOutput, output.ToString().Trim());
    }
}

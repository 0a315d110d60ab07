using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// An app of its own with the demo data and the scheduler on: the drop folder is read every second and the outbox
/// written to the pickup folder every two, so mail in and out happen as in production, only sooner.
/// </summary>
public sealed class MailBrowserFixture() : BrowserFixture(new HelpdeskAppFactory
{
    SeedDemoData = true,
    Settings =
    {
        ["Scheduling:Enabled"] = "true",
        ["Email:Inbound:Source"] = "DropFolder",
        ["Email:Inbound:PollInterval"] = "00:00:01",
        ["Email:Delivery:PollInterval"] = "00:00:02",
    },
}), IAsyncDisposable
{
    /// <summary>
    /// Stops the scheduler and lets a running poll finish before the app and its folder go: a job still reading the
    /// drop folder or the database while they are torn down would fail on a thread no test owns.
    /// </summary>
    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        var schedulers = App.Services.GetRequiredService<Quartz.ISchedulerFactory>();
        foreach (var scheduler in await schedulers.GetAllSchedulers())
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }

        await DisposeAsync();
    }
}

/// <summary>Issue 16's flow: a customer's mail becomes a ticket on the agent's live board; the reply goes out by mail with its file.</summary>
public sealed class MailConversationTests(MailBrowserFixture browser) : IClassFixture<MailBrowserFixture>, IAsyncLifetime
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 20_000 };
    private static readonly LocatorAssertionsToContainTextOptions SoonContains = new() { Timeout = 15_000 };

    private BrowserSession _agent = null!;
    private BrowserSession _otherCustomer = null!;

    public async ValueTask InitializeAsync()
    {
        _agent = await browser.NewSessionAsync();
        _otherCustomer = await browser.NewSessionAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _agent.DisposeAsync();
        await _otherCustomer.DisposeAsync();
    }

    [Fact]
    public async Task A_customers_mail_becomes_a_ticket_on_the_live_board_and_the_agents_reply_goes_out_by_mail_with_its_file()
    {
        var subject = $"Conveyor PLC reboots {Guid.NewGuid().ToString("N")[..6]}";
        var page = _agent.Page;
        await page.SignInAsync(browser, DemoSignIn.Agent, $"/board?scope=all&q={Uri.EscapeDataString(subject)}");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("board-empty")).ToBeVisibleAsync(Soon);

        // The customer writes to support; the mail lands in the drop folder (written aside, then renamed, as a mail server would).
        await DropAsync(subject, "Since the update the PLC reboots every hour.");

        // Without a reload, the board shows the new ticket with a running (or, at the weekend, waiting) countdown.
        var board = new BoardPage(page);
        var row = board.Rows.Filter(new() { HasText = subject });
        await Expect(row).ToBeVisibleAsync(Soon);
        await Expect(row.Locator(".sla-countdown")).ToHaveAttributeAsync("data-tone", BoardPage.ClocksRunNow() ? "OnTrack" : "OutsideHours");
        await Expect(row).ToContainTextAsync("Gold");

        // The agent answers with a file.
        await row.GetByTestId("subject").ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("[data-kind='customer']")).ToContainTextAsync("by e-mail", SoonContains);
        await page.Locator("textarea[data-testid='reply-text'], [data-testid='reply-text'] textarea").FillAsync("Please install firmware 2.1; the changelog is attached.");
        await page.GetByTestId("attachment-input").SetInputFilesAsync(new FilePayload
        {
            Name = "changelog-2.1.txt",
            MimeType = "text/plain",
            Buffer = "2.1: fixes the hourly watchdog reboot"u8.ToArray(),
        });
        await Expect(page.GetByTestId("picked-files")).ToContainTextAsync("changelog-2.1.txt");
        await page.GetByTestId("send-reply").ClickAsync();
        await Expect(page.GetByTestId("reply-feedback")).ToContainTextAsync("Reply sent.", SoonContains);
        var link = page.Locator("[data-kind='agent']").GetByTestId("attachment-link");
        await Expect(link).ToContainTextAsync("changelog-2.1.txt", SoonContains);

        // The outbox sends the reply to the customer with the text and the file.
        var sent = await WaitForMailAsync(DemoAccounts.CustomerEmail, subject, m => m.TextBody?.Contains("firmware 2.1", StringComparison.Ordinal) == true);
        Assert.Contains("Please install firmware 2.1; the changelog is attached.", sent.TextBody, StringComparison.Ordinal);
        var file = Assert.IsType<MimePart>(Assert.Single(sent.Attachments));
        Assert.Equal("changelog-2.1.txt", file.FileName);
        Assert.StartsWith("[#", sent.Subject, StringComparison.Ordinal);

        // Someone of another company gets 404 for the file's address.
        var href = browser.Url("/" + (await link.GetAttributeAsync("href"))!.TrimStart('/'));
        await _otherCustomer.Page.SignInAsync(browser, DemoAccounts.BasicCustomerEmail);
        var response = await _otherCustomer.Page.APIRequest.GetAsync(href, new() { MaxRedirects = 0 });
        Assert.Equal(404, response.Status);
        var own = await page.APIRequest.GetAsync(href);
        Assert.Equal(200, own.Status);
    }

    private async Task DropAsync(string subject, string text)
    {
        var message = new MimeMessage { Subject = subject, MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("customer.example") };
        message.From.Add(new MailboxAddress("Demo Customer", DemoAccounts.CustomerEmail));
        message.To.Add(MailboxAddress.Parse("support@demo.local"));
        message.Body = new TextPart("plain") { Text = text };
        var folder = Path.Combine(browser.App.WorkingDirectory, "mail-inbox");
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, "incoming.partial");
        await message.WriteToAsync(partial, TestContext.Current.CancellationToken);
        File.Move(partial, Path.Combine(folder, $"{Guid.NewGuid():N}.eml"));
    }

    /// <summary>Polls the pickup folder (the outbox writes each sent mail there) until a matching mail appears.</summary>
    private async Task<MimeMessage> WaitForMailAsync(string to, string subject, Func<MimeMessage, bool> matches)
    {
        var folder = Path.Combine(browser.App.WorkingDirectory, "mail-pickup");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(folder))
            {
                foreach (var path in Directory.EnumerateFiles(folder, "*.eml"))
                {
                    var mail = await MimeMessage.LoadAsync(path, TestContext.Current.CancellationToken);
                    if (mail.To.Mailboxes.Any(m => m.Address == to) && mail.Subject?.Contains(subject, StringComparison.Ordinal) == true && matches(mail))
                    {
                        return mail;
                    }
                }
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"No mail to {to} about \"{subject}\" reached {folder} within 30 s.");
    }
}

/// <summary>The review page and the mail switches, on the mail fixture's own demo data.</summary>
public sealed class MailReviewPageTests(MailBrowserFixture browser) : IClassFixture<MailBrowserFixture>, IAsyncLifetime
{
    private static readonly LocatorAssertionsToContainTextOptions SoonContains = new() { Timeout = 15_000 };

    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await browser.NewSessionAsync();

    public ValueTask DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task An_agent_discards_a_waiting_mail_after_confirming_what_follows()
    {
        var page = _session.Page;
        await page.SignInAsync(browser, DemoSignIn.Agent, "/mail/review");
        await page.WaitForInteractiveAsync();
        var mail = page.GetByTestId("review-mail").Filter(new() { HasText = "Reseller enquiry" });
        await Expect(mail.GetByTestId("review-reason")).ToHaveTextAsync("unknown sender");

        await mail.GetByTestId("review-discard").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Nobody is answered", SoonContains);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(mail).ToBeVisibleAsync();

        await mail.GetByTestId("review-discard").ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Discard" }).ClickAsync();

        await Expect(page.GetByTestId("review-page-feedback")).ToContainTextAsync("The mail \"Reseller enquiry: CX-400 controllers\" was discarded.", SoonContains);
        await Expect(mail).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("recent-mail")).ToContainTextAsync($"discarded: unknown sender ({DemoSignIn.Agent})", SoonContains);
    }

    [Fact]
    public async Task An_agent_switches_a_kind_of_mail_off_and_is_told_so()
    {
        var page = _session.Page;
        await page.SignInAsync(browser, DemoSignIn.Agent, "/profile");
        await page.WaitForInteractiveAsync();
        var toggle = page.GetByRole(AriaRole.Switch, new() { Name = "A new ticket arrived that nobody has taken" });
        await Expect(toggle).ToBeCheckedAsync();

        await toggle.ClickAsync();

        await Expect(page.GetByTestId("mail-preferences-feedback")).ToContainTextAsync("Saved: \"A new ticket arrived that nobody has taken\" is off.", SoonContains);
        await Expect(toggle).Not.ToBeCheckedAsync();
        await toggle.ClickAsync();
        await Expect(page.GetByTestId("mail-preferences-feedback")).ToContainTextAsync("is on.", SoonContains);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Calendar;
using HelpdeskDashboard.Features.Calendar.Changes;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor;
using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;
using TestContext = Xunit.TestContext;

namespace HelpdeskDashboard.Tests.Features.Calendar.Page;

/// <summary>
/// The calendar page over the real <see cref="CalendarChangeService"/> on a SQLite file, signed in as a manager, at
/// Tue 10 March 2026 11:00 in Berlin (the viewer's zone too). The stored calendar (<see cref="Initial"/>) is open
/// Mon–Fri 09:00–17:00 with three closures; two live clocks are open: one due Wed 11 March 15:00, which closing
/// Wednesday moves to Thursday 15:00, and one due today at 16:00, which no closure from tomorrow on can move.
/// </summary>
public abstract class CalendarPageTestBase : BunitTestBase, IAsyncLifetime
{
    protected static readonly DateOnly Wednesday = new(2026, 3, 11);

    private RacingTestDatabase? _database;

    protected CalendarPageTestBase()
    {
        User = FakeCurrentUser.Manager();
        var services = Context.Services;
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<HelpdeskDbContext>>(_ => Database);
        services.AddSingleton(new CompanyClock(Zone, Time));
        services.AddSingleton(Options.Create(new SlaOptions()));
        services.AddBusinessCalendarEditing();
    }

    internal RacingTestDatabase Database => _database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    /// <summary>The first stored version: what the page shows before any edit.</summary>
    protected static BusinessCalendarDefinition Initial() => new()
    {
        Hours = new()
        {
            [DayOfWeek.Monday] = ["09:00-12:00", "13:00-17:00"],
            [DayOfWeek.Tuesday] = ["09:00-17:00"],
            [DayOfWeek.Wednesday] = ["09:00-17:00"],
            [DayOfWeek.Thursday] = ["09:00-17:00"],
            [DayOfWeek.Friday] = ["09:00-17:00"],
        },
        Closures =
        [
            new() { Date = new(2026, 4, 3), Name = "Good Friday" },
            new() { Date = new(2026, 12, 24), Name = "Christmas Eve", ClosedHours = "13:00-24:00" },
            new() { Date = new(2027, 1, 1), Name = "New Year" },
        ],
    };

    /// <summary>Ticket ids of the seeded live clocks.</summary>
    protected int DueWednesday { get; private set; }

    protected int DueToday { get; private set; }

    public virtual async ValueTask InitializeAsync()
    {
        _database = await RacingTestDatabase.CreateAsync();
        var versions = await new CalendarVersionStore(Database).EnsureFirstVersionAsync(
            Initial(), Local("Mon 2026-01-05 08:00").UtcTicks, TestContext.Current.CancellationToken);
        Calendar.Use([.. versions.Select(v => v.ToVersion())]);

        await using var db = Database.CreateDbContext();
        var customer = new Customer
        {
            CompanyName = "Kessler Steuerungsbau GmbH",
            ContactEmail = "it@kessler.example",
            Country = "DE",
            DisplayTimeZone = "Europe/Berlin",
            CurrentTier = Tier.Gold,
        };
        db.Customers.Add(customer);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        DueWednesday = await AddLiveClockAsync(customer.Id, "Printer offline", Local("Wed 2026-03-11 15:00"));
        DueToday = await AddLiveClockAsync(customer.Id, "VPN drops", Local("Tue 2026-03-10 16:00"));
    }

    /// <summary>A ticket awaiting a reply, due at <paramref name="due"/> with a 24 business hour target.</summary>
    internal async Task<int> AddLiveClockAsync(int customerId, string subject, DateTimeOffset due)
    {
        var target = TimeSpan.FromHours(24);
        var ticket = new Ticket
        {
            CustomerId = customerId,
            Subject = subject,
            Status = TicketStatus.New,
            CreatedUtcTicks = Time.GetUtcNow().UtcTicks,
            UpdatedUtcTicks = Time.GetUtcNow().UtcTicks,
            AwaitingResponse = true,
            ResponseClockStartedUtcTicks = Time.GetUtcNow().UtcTicks,
            ResponseTargetTicks = target.Ticks,
            ResponseDueUtcTicks = due.UtcTicks,
            ResponseAtRiskFromUtcTicks = TicketSlaFields.AtRiskFromUtcTicks(Calendar, due.UtcTicks, target.Ticks, new SlaOptions().AtRiskShare),
        };
        await using var db = Database.CreateDbContext();
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return ticket.Id;
    }

    /// <summary>Another manager, with a service of their own on the same database and calendar.</summary>
    internal CalendarChangeService OtherManager(string email = "lena.vogel@example.com") => new(
        Database,
        new FakeCurrentUser(new CurrentUserInfo("user-9", email, "Lena Vogel", null, 9), Policies.Agent, Policies.Manager),
        Calendar,
        TicketChanges,
        Time,
        new CalendarChangeValidator(Time),
        Options.Create(new SlaOptions()),
        NullLogger<CalendarChangeService>.Instance);

    protected async Task<IReadOnlyList<StoredCalendarVersion>> StoredVersionsAsync() =>
        await new CalendarVersionStore(Database).LoadAsync(TestContext.Current.CancellationToken);

    /// <summary>Where MudBlazor renders open menus (the year select's options).</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    protected IRenderedComponent<CalendarPage> RenderPage()
    {
        Popovers = Context.Render<MudPopoverProvider>();
        var page = Context.Render<CalendarPage>();
        page.WaitForAssertion(() => Assert.True(
            page.FindAll("[data-testid=calendar-zone]").Count > 0 || page.FindAll("[data-testid=calendar-feedback]").Count > 0,
            "The page is still loading."));
        return page;
    }

    /// <summary>What a person reads in an element: its text with runs of white space as one space.</summary>
    protected static string Text(IElement element) => Regex.Replace(element.TextContent, @"\s+", " ").Trim();

    protected static string Text(IRenderedComponent<CalendarPage> page, string testId) => Text(page.Find($"[data-testid={testId}]"));

    protected static bool Shows(IRenderedComponent<CalendarPage> page, string testId) => page.FindAll($"[data-testid={testId}]").Count > 0;

    /// <summary>The closure table of the chosen year as "date | name | closed", in the order shown.</summary>
    protected static List<string> ClosureRows(IRenderedComponent<CalendarPage> page) =>
    [
        .. page.FindAll("[data-testid=closure-row]")
            .Select(row => string.Join(" | ", row.QuerySelectorAll("td").Take(3).Select(Text))),
    ];

    /// <summary>The versions table as "takes effect | saved by | saved", newest first.</summary>
    protected static List<string> VersionRows(IRenderedComponent<CalendarPage> page) =>
    [
        .. page.FindAll("[data-testid=versions] tbody tr")
            .Select(row => string.Join(" | ", row.QuerySelectorAll("td").Select(Text))),
    ];

    protected static Task ClickAsync(IRenderedComponent<CalendarPage> page, string testId) =>
        page.Find($"[data-testid={testId}]").ClickAsync(new MouseEventArgs());

    protected static Task TypeHoursAsync(IRenderedComponent<CalendarPage> page, DayOfWeek day, string text) =>
        page.Find($"[data-testid=hours-{day}]").InputAsync(new ChangeEventArgs { Value = text });

    /// <summary>Opens the year select and clicks the year's option.</summary>
    protected async Task ChooseYearAsync(IRenderedComponent<CalendarPage> page, int year)
    {
        var select = page.FindComponent<MudSelect<int>>();
        await page.InvokeAsync(select.Instance.OpenMenu);
        var option = Popovers.WaitForElements(".mud-list-item").Single(o => Text(o) == year.ToString(CultureInfo.InvariantCulture));
        await option.ClickAsync(new MouseEventArgs());
    }

    /// <summary>A <c>CommandFeedbackView</c> as read: its title, then each reason, separated by " | ".</summary>
    protected static string Feedback(IRenderedComponent<CalendarPage> page, string testId)
    {
        var feedback = page.Find($"[data-testid={testId}]");
        return string.Join(" | ", new[] { feedback.QuerySelector(".command-feedback__title")! }
            .Concat(feedback.QuerySelectorAll(".command-feedback__details li"))
            .Select(Text));
    }

    /// <summary>Fills the "Add a closure" fields that are given (a date as typed, yyyy-MM-dd) and clicks "Add closure".</summary>
    protected static async Task AddClosureAsync(IRenderedComponent<CalendarPage> page, string? date, string? name, string? closedHours = null)
    {
        if (date is not null)
        {
            await page.Find("[data-testid=closure-date]").ChangeAsync(new ChangeEventArgs { Value = date });
        }

        if (name is not null)
        {
            await page.Find("[data-testid=closure-name]").ChangeAsync(new ChangeEventArgs { Value = name });
        }

        if (closedHours is not null)
        {
            await page.Find("[data-testid=closure-whole-day]").ChangeAsync(new ChangeEventArgs { Value = false });
            await page.Find("[data-testid=closure-hours]").ChangeAsync(new ChangeEventArgs { Value = closedHours });
        }

        await ClickAsync(page, "add-closure");
    }

    /// <summary>Chooses "At a later date and time" and types the date (yyyy-MM-dd) and time that are given.</summary>
    protected static async Task ChooseLaterAsync(IRenderedComponent<CalendarPage> page, string? date, string? time)
    {
        await page.FindAll("[data-testid=effective-mode] input[type=radio]")[1].ClickAsync(new MouseEventArgs());
        if (date is not null)
        {
            await page.Find("[data-testid=effective-date]").ChangeAsync(new ChangeEventArgs { Value = date });
        }

        if (time is not null)
        {
            await page.Find("[data-testid=effective-time]").ChangeAsync(new ChangeEventArgs { Value = time });
        }
    }

    /// <summary>The Save button's state: null when there is none.</summary>
    protected static bool? SaveEnabled(IRenderedComponent<CalendarPage> page) =>
        page.FindAll("[data-testid=save]") is [var save] ? !save.HasAttribute("disabled") : null;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

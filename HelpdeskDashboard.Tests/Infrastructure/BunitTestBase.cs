using Bunit;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Sla.Components;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Data;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Infrastructure;

/// <summary>
/// The base of every bunit test class (MudBlazor's own tests have one like it): a <see cref="BunitContext"/> with
/// MudBlazor's services, JS interop in loose mode and, registered once, what the app's components inject:
/// <list type="bullet">
/// <item>a <see cref="FakeTimeProvider"/> as the <see cref="TimeProvider"/>;</item>
/// <item>the real SLA machinery on it: one <see cref="SlaTicker"/>, the <see cref="SlaEngine"/> over the default
/// calendar (Mon–Fri 00:00–24:00, Europe/Berlin), the shared <see cref="SlaCountdownViews"/> and the circuit's <see cref="SlaCountdownGroup"/>;</item>
/// <item>the live-update hubs (<see cref="TicketChanges"/>, <see cref="UsageChanges"/>) and the agents'
/// <see cref="Notifications"/>, as singletons the way the app has them;</item>
/// <item>the signed-in <see cref="User"/> (an agent unless a test says otherwise) and the <see cref="ViewerZone"/>.</item>
/// </list>
/// A test class adds its own fakes (queries, services) in its constructor; registrations must come before the first
/// render. Authentication state (<c>Context.AddAuthorization()</c>) is left to the tests that need one.
/// </summary>
public abstract class BunitTestBase : IAsyncDisposable
{
    protected BunitTestBase(string startsAt = "Tue 2026-03-10 11:00")
    {
        Time = new FakeTimeProvider(Local(startsAt));
        Ticker = new SlaTicker(Time, NullLogger<SlaTicker>.Instance);
        Engine = new SlaEngine(Calendar, new SlaOptions());

        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        var services = Context.Services;
        services.AddMudServices();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Calendar);
        services.AddSingleton(Engine);
        services.AddSingleton(Ticker);
        services.AddSingleton(new SlaCountdownViews(Engine));
        services.AddScoped<SlaCountdownGroup>();
        services.AddSingleton(TicketChanges);
        services.AddSingleton(UsageChanges);
        // The bell's table, made only for the tests that render a bell.
        services.AddSingleton(_ => new AgentNotificationCenter(_bellDatabase.Value, AgentNotifications, Time));
        services.AddScoped<ICurrentUser>(_ => User);
        services.AddSingleton<IViewerTimeZone>(_ => ViewerZone);
    }

    protected BunitContext Context { get; } = new();

    protected FakeTimeProvider Time { get; }

    protected SlaTicker Ticker { get; }

    protected BusinessCalendar Calendar { get; } = DefaultCalendar();

    protected SlaEngine Engine { get; }

    protected TicketChangeHub TicketChanges { get; } = new(NullLogger<TicketChangeHub>.Instance);

    protected UsageChangeHub UsageChanges { get; } = new(NullLogger<UsageChangeHub>.Instance);

    protected AgentNotificationHub AgentNotifications { get; } = new(NullLogger<AgentNotificationHub>.Instance);

    protected AgentNotificationCenter Notifications => Context.Services.GetRequiredService<AgentNotificationCenter>();

    private readonly Lazy<TestDatabase> _bellDatabase = new(TestDatabase.Create);

    /// <summary>Replace before the first render to sign in someone else.</summary>
    internal FakeCurrentUser User { get; set; } = FakeCurrentUser.Agent();

    /// <summary>The signed-in user's own zone; the company's (Berlin) unless a test moves the viewer.</summary>
    internal FixedViewerTimeZone ViewerZone { get; } = new(Zone);

    protected static TimeZoneInfo Zone => Berlin;

    /// <summary>Moves the fake clock to a Berlin wall-clock time (with optional seconds), firing every tick on the way.</summary>
    protected void AdvanceTo(string at, int seconds = 0) => Time.Advance(Local(at).AddSeconds(seconds) - Time.GetUtcNow());

    protected void AdvanceSeconds(int seconds) => Time.Advance(TimeSpan.FromSeconds(seconds));

    /// <summary>The reading of a ticket with these clock events, taken now.</summary>
    protected SlaReading ReadNow(params SlaClockEvent[] events) => Engine.Read(events, Time.GetUtcNow());

    public virtual async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        Ticker.Dispose();
        if (_bellDatabase.IsValueCreated)
        {
            await _bellDatabase.Value.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

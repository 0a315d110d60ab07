using Bunit;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Sla.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;
namespace HelpdeskDashboard.Tests.Features.Sla.Components;

/// <summary>
/// A bunit context with MudBlazor and the real SLA machinery on a fake clock: one <see cref="SlaTicker"/> ticking on
/// <see cref="Time"/>, the <see cref="SlaEngine"/> over the default calendar (Mon–Fri 00:00–24:00, Europe/Berlin).
/// </summary>
public abstract class SlaUiTestContext : IAsyncDisposable
{
    protected SlaUiTestContext(string startsAt = "Tue 2026-03-10 11:00")
    {
        Time = new FakeTimeProvider(Local(startsAt));
        Ticker = new SlaTicker(Time, NullLogger<SlaTicker>.Instance);
        Engine = new SlaEngine(Calendar, new SlaOptions());
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.Services.AddSingleton<TimeProvider>(Time);
        Context.Services.AddSingleton(Ticker);
        Context.Services.AddScoped<SlaCountdownGroup>();
        Context.Services.AddSingleton(Calendar);
        Context.Services.AddSingleton(Engine);
    }

    protected BunitContext Context { get; } = new();

    protected FakeTimeProvider Time { get; }

    protected SlaTicker Ticker { get; }

    protected BusinessCalendar Calendar { get; } = DefaultCalendar();

    protected SlaEngine Engine { get; }

    protected static TimeZoneInfo Zone => Berlin;

    /// <summary>Moves the fake clock to a Berlin wall-clock time (with optional seconds), firing every tick on the way.</summary>
    protected void AdvanceTo(string at, int seconds = 0) => Time.Advance(Local(at).AddSeconds(seconds) - Time.GetUtcNow());

    protected void AdvanceSeconds(int seconds) => Time.Advance(TimeSpan.FromSeconds(seconds));

    /// <summary>The reading of a ticket with these clock events, taken now.</summary>
    protected SlaReading ReadNow(params SlaClockEvent[] events) => Engine.Read(events, Time.GetUtcNow());

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        Ticker.Dispose();
        GC.SuppressFinalize(this);
    }
}

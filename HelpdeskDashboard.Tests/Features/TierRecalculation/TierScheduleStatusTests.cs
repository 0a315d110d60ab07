using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Platform.Scheduling;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.TierRecalculation;

public sealed class TierScheduleStatusTests
{
    [Fact]
    public async Task In_a_host_with_the_scheduler_switched_off_the_status_resolves_and_reads_the_next_run_from_the_cron()
    {
        // The test host switches Scheduling:Enabled off but keeps Quartz registered, as production does.
        await using var app = new HelpdeskAppFactory();
        var status = app.Services.GetRequiredService<TierScheduleStatus>();
        var zone = app.Services.GetRequiredService<BusinessCalendar>().TimeZone;
        var before = TierScheduleStatus.NextFireAfter(JobSchedulingOptions.QuarterlyCron, zone, DateTimeOffset.UtcNow);

        var next = await status.NextTierRecalculationAsync(TestContext.Current.CancellationToken);

        Assert.False(status.Enabled);
        Assert.NotNull(next);
        Assert.InRange(next.Value, before!.Value, before.Value.AddMonths(3)); // the same quarter start, unless one passed meanwhile
    }
}

using HelpdeskDashboard.Features.Reports;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Data;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using HelpdeskDashboard.Tests.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Reports;

public sealed class ReportAccessTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly FakeTimeProvider Time = new(DemoSeed.Wednesday);

    private static readonly CompanyClock Clock = new(DemoSeed.Calendar.TimeZone, Time);

    public static TheoryData<string> NotManagers => ["agent", "customer"];

    [Theory]
    [MemberData(nameof(NotManagers))]
    public async Task Only_managers_see_reports_trends_and_drill_downs(string who)
    {
        await using var database = TestDatabase.Create();
        var user = who == "agent" ? FakeCurrentUser.Agent() : FakeCurrentUser.Customer();
        var period = ReportPeriod.Month(2026, 5);

        Assert.Equal(CommandOutcome.Forbidden,
            (await new SlaReportQuery(database, user, Clock, Time, DemoSeed.Calendar, TestTiers.Catalog()).GetAsync(period, Cancel)).Outcome);
        Assert.Equal(CommandOutcome.Forbidden, (await new SlaTrendQuery(database, user, Clock, Time, TestTiers.Catalog()).GetAsync(12, Cancel)).Outcome);
        Assert.Equal(CommandOutcome.Forbidden, (await new ClockListQuery(database, user, Clock).GetAsync(new ClockFilter(period), Cancel)).Outcome);
    }

    [Fact]
    public async Task Only_a_customer_sees_a_record_and_only_their_own()
    {
        await using var database = TestDatabase.Create();

        var result = await new CustomerSlaRecordQuery(database, FakeCurrentUser.Manager(), Clock, TestTiers.Catalog()).GetAsync(3, Cancel);

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
    }

    [Fact]
    public async Task An_empty_period_has_every_tier_with_nothing_measured()
    {
        await using var database = TestDatabase.Create();

        var result = await new SlaReportQuery(database, FakeCurrentUser.Manager(), Clock, Time, DemoSeed.Calendar, TestTiers.Catalog())
            .GetAsync(ReportPeriod.Month(2026, 5), Cancel);

        var report = result.Value!;
        Assert.Equal(["Basic", "Gold", "Platinum"], report.Tiers.Select(r => r.Key));
        Assert.All(report.Tiers, r => Assert.Equal((0, null, null, null), (r.Measured, r.ShareMet, r.AllMedian, r.FirstP90)));
        Assert.Empty(report.Agents);
        Assert.Empty(report.Customers);
        Assert.Equal(0, report.Total.Measured);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SlaTrendQuery.MaxMonths + 1)]
    public async Task A_trend_of_no_or_too_many_months_is_refused(int months)
    {
        await using var database = TestDatabase.Create();

        var result = await new SlaTrendQuery(database, FakeCurrentUser.Manager(), Clock, Time, TestTiers.Catalog()).GetAsync(months, Cancel);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
    }

    [Theory]
    [InlineData("seven", 1)]
    [InlineData(null, 0)]
    public async Task A_drill_down_with_an_unknown_agent_or_page_zero_is_refused(string? agentKey, int page)
    {
        await using var database = TestDatabase.Create();

        var result = await new ClockListQuery(database, FakeCurrentUser.Manager(), Clock)
            .GetAsync(new ClockFilter(ReportPeriod.Month(2026, 5), AgentKey: agentKey, Page: page), Cancel);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
    }
}

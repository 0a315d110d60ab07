using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Platform.Scheduling;
using HelpdeskDashboard.Tests.Features.Sla.Support;
using Quartz;

namespace HelpdeskDashboard.Tests.Features.TierRecalculation;

public sealed class QuarterlyScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>A zone that springs forward at midnight on 1 April (00:00 → 01:00, +01 → +02) and falls back at 00:00 on 1 October.</summary>
    private static readonly TimeZoneInfo MidnightDst = TestZones.WithDst("Test/MidnightDst", TimeSpan.FromHours(1), TimeSpan.FromHours(1), spring: (4, 1, new TimeOnly(0, 0)), fall: (10, 1, new TimeOnly(0, 0)));

    [Fact]
    public void Fires_at_local_midnight_on_the_first_day_of_each_quarter_across_the_new_year_in_berlin()
    {
        var fires = FireTimes(Berlin, new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero), 5);

        Assert.Equal(
            [
                new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)),
                new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.FromHours(2)),
                new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.FromHours(2)),
                new DateTimeOffset(2027, 10, 1, 0, 0, 0, TimeSpan.FromHours(2)),
                new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)),
            ],
            fires);
    }

    [Fact]
    public void In_a_zone_whose_clocks_skip_midnight_the_quarter_still_fires_once_on_its_first_day()
    {
        var fires = FireTimes(MidnightDst, new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), 2);

        // 1 April has no 00:00; the firing lands on that day (never skipped to next year) and 1 July is normal.
        var april = TimeZoneInfo.ConvertTime(fires[0], MidnightDst);
        Assert.Equal(new DateOnly(2027, 4, 1), DateOnly.FromDateTime(april.DateTime));
        Assert.Equal(new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.FromHours(2)), fires[1]);
    }

    [Fact]
    public void In_a_zone_whose_clocks_repeat_midnight_the_quarter_fires_only_once()
    {
        var fires = FireTimes(MidnightDst, new DateTimeOffset(2027, 9, 30, 12, 0, 0, TimeSpan.Zero), 2);

        Assert.Equal(new DateOnly(2027, 10, 1), DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fires[0], MidnightDst).DateTime));
        Assert.Equal(new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)), fires[1]);
    }

    [Fact]
    public void Trigger_misfire_instruction_fires_once_and_proceeds()
    {
        var trigger = TriggerBuilder.Create().WithIdentity("t")
            .WithSchedule(TierRecalculationJobRegistration.QuarterlySchedule(JobSchedulingOptions.QuarterlyCron, Berlin))
            .Build();

        Assert.Equal((int)CronTriggerMisfireInstruction.FireAndProceed, trigger.MisfireInstructionCode);
    }

    [Fact]
    public void Next_fire_time_on_the_page_comes_from_the_cron_in_the_company_zone()
    {
        var next = TierScheduleStatus.NextFireAfter(JobSchedulingOptions.QuarterlyCron, Berlin, new DateTimeOffset(2027, 3, 31, 21, 59, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.FromHours(2)), next);
    }

    [Theory]
    [InlineData("every minute is fine", "0 * * * * ?", true)]
    [InlineData("five fields are not Quartz cron", "0 0 1 1,4,7,10 *", false)]
    [InlineData("empty", "", false)]
    public void Cron_setting_is_validated(string label, string cron, bool valid)
    {
        _ = label;
        Assert.Equal(valid, new JobSchedulingOptionsValidator().Validate(new JobSchedulingOptions { TierRecalculationCron = cron }).IsValid);
    }

    private static List<DateTimeOffset> FireTimes(TimeZoneInfo zone, DateTimeOffset after, int count)
    {
        var trigger = TriggerBuilder.Create().WithIdentity("quarterly")
            .WithSchedule(TierRecalculationJobRegistration.QuarterlySchedule(JobSchedulingOptions.QuarterlyCron, zone))
            .StartAt(after)
            .Build();
        var fires = new List<DateTimeOffset>();
        var at = after;
        while (fires.Count < count && trigger.GetFireTimeAfter(at) is { } next)
        {
            fires.Add(next);
            at = next;
        }

        return fires;
    }
}

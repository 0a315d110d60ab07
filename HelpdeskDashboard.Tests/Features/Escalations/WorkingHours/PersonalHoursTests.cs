using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Tests.Features.Escalations.Mail;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Escalations.WorkingHours;

/// <summary>When a person may be mailed: their own hours in their zone, or the company's (closures included).</summary>
public sealed class PersonalHoursTests
{
    [Fact]
    public async Task Without_own_hours_a_mail_inside_the_company_hours_goes_at_once_and_one_outside_waits_for_the_opening()
    {
        await using var world = await EscalationMailWorld.CreateAsync(Local("Tue 2026-03-10 11:00"));

        Assert.Equal(Local("Tue 2026-03-10 11:00"), await SendAfterAsync(world, world.Alex.Id, Local("Tue 2026-03-10 11:00")));
        Assert.Equal(Local("Wed 2026-03-11 09:00"), await SendAfterAsync(world, world.Alex.Id, Local("Tue 2026-03-10 17:00")));
        Assert.Equal(Local("Mon 2026-03-09 09:00"), await SendAfterAsync(world, world.Alex.Id, Local("Sat 2026-03-07 23:30")));
    }

    [Fact]
    public async Task Without_own_hours_the_company_closures_count()
    {
        await using var world = await EscalationMailWorld.CreateAsync(Local("Sat 2026-03-07 10:00"));
        var definition = world.Calendar.Versions[0].Definition.Clone();
        definition.Closures.Add(new BusinessClosure { Date = new DateOnly(2026, 3, 9), Name = "Company outing" });
        world.Calendar.Use([new BusinessCalendarVersion(DateTimeOffset.MinValue, definition)]);

        Assert.Equal(Local("Tue 2026-03-10 09:00"), await SendAfterAsync(world, world.Alex.Id, Local("Sat 2026-03-07 10:00")));
    }

    [Fact]
    public async Task A_New_York_agent_with_nine_to_five_is_mailed_by_New_York_time()
    {
        await using var world = await EscalationMailWorld.CreateAsync(Local("Mon 2026-03-09 10:00"));
        await world.SetHoursAsync(world.Nora, EscalationMailStepTests.WeekdaysNineToFive);

        // 10:00 in Berlin is 05:00 in New York (US summer time began on 8 March, Berlin's only on 29 March).
        Assert.Equal(Utc("2026-03-09T13:00:00Z"), await SendAfterAsync(world, world.Nora.Id, Local("Mon 2026-03-09 10:00")));
        // 18:00 in Berlin is 13:00 in New York: inside her hours, while the company is closed.
        Assert.Equal(Local("Mon 2026-03-09 18:00"), await SendAfterAsync(world, world.Nora.Id, Local("Mon 2026-03-09 18:00")));
        // Friday 17:00 in New York: the next start is Monday 09:00 there.
        Assert.Equal(Utc("2026-03-16T13:00:00Z"), await SendAfterAsync(world, world.Nora.Id, Utc("2026-03-13T21:00:00Z")));
        // Early November, the week the US is still on summer time and Berlin is not: 09:00 New York is 14:00 in Berlin.
        Assert.Equal(Utc("2026-10-27T13:00:00Z"), await SendAfterAsync(world, world.Nora.Id, Local("Tue 2026-10-27 09:00")));
    }

    [Fact]
    public async Task Own_hours_that_cannot_be_read_fall_back_to_the_company_hours()
    {
        await using var world = await EscalationMailWorld.CreateAsync(Local("Sat 2026-03-07 10:00"));
        await world.SetHoursAsync(world.Nora, """{"Monday":["9-5"]}""");

        Assert.Equal(Local("Mon 2026-03-09 09:00"), await SendAfterAsync(world, world.Nora.Id, Local("Sat 2026-03-07 10:00")));
    }

    private static async Task<DateTimeOffset> SendAfterAsync(EscalationMailWorld world, int agentId, DateTimeOffset at)
    {
        await using var db = world.Database.CreateDbContext();
        return await world.Hours.SendAfterAsync(db, agentId, at, TestContext.Current.CancellationToken);
    }

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}

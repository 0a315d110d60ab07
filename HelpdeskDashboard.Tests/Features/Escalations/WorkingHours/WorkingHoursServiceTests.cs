using HelpdeskDashboard.Features.Escalations.WorkingHours;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Escalations.Mail;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Escalations.WorkingHours;

/// <summary>Everyone changes only their own hours, and only to hours the calendar's rules accept.</summary>
public sealed class WorkingHoursServiceTests
{
    private static readonly Dictionary<DayOfWeek, List<string>> Mornings = new()
    {
        [DayOfWeek.Monday] = ["07:00-13:00"],
        [DayOfWeek.Tuesday] = ["07:00-11:00", "12:00-13:00"],
    };

    [Fact]
    public async Task Own_hours_are_saved_read_back_and_given_up_for_the_company_hours()
    {
        await using var world = await EscalationMailWorld.CreateAsync(Local("Tue 2026-03-10 11:00"));
        await using var scope = world.As(world.AlexSignedIn);
        var service = scope.ServiceProvider.GetRequiredService<WorkingHoursService>();
        var cancel = TestContext.Current.CancellationToken;

        var before = (await service.GetMineAsync(cancel)).Value!;
        Assert.True(before.UsesCompanyHours);
        Assert.Equal(["09:00-17:00"], before.Hours[DayOfWeek.Monday]);

        Assert.True((await service.SaveMineAsync(new SaveWorkingHours(world.Alex.Id, false, Mornings), cancel)).Succeeded);
        var mine = (await service.GetMineAsync(cancel)).Value!;
        Assert.False(mine.UsesCompanyHours);
        Assert.Equal(["07:00-11:00", "12:00-13:00"], mine.Hours[DayOfWeek.Tuesday]);
        Assert.False(mine.Hours.ContainsKey(DayOfWeek.Friday));

        Assert.True((await service.SaveMineAsync(new SaveWorkingHours(world.Alex.Id, true, []), cancel)).Succeeded);
        Assert.True((await service.GetMineAsync(cancel)).Value!.UsesCompanyHours);
        Assert.Equal(0, await CountRowsAsync(world));
    }

    [Fact]
    public async Task Another_persons_hours_cannot_be_changed()
    {
        await using var world = await EscalationMailWorld.CreateAsync(Local("Tue 2026-03-10 11:00"));
        await using var scope = world.As(world.AlexSignedIn);
        var service = scope.ServiceProvider.GetRequiredService<WorkingHoursService>();

        var result = await service.SaveMineAsync(new SaveWorkingHours(world.Morgan.Id, false, Mornings), TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
        Assert.Equal([WorkingHoursService.OnlyYourOwn], result.Errors);
        Assert.Equal(0, await CountRowsAsync(world));
    }

    [Fact]
    public async Task Somebody_who_is_not_on_the_support_team_has_no_working_hours()
    {
        await using var world = await EscalationMailWorld.CreateAsync(Local("Tue 2026-03-10 11:00"));
        await using var scope = world.As(TestPrincipals.Customer("id-anna", "anna@kessler.example", world.Gold.Id));
        var service = scope.ServiceProvider.GetRequiredService<WorkingHoursService>();

        Assert.Equal(CommandOutcome.Forbidden, (await service.GetMineAsync(TestContext.Current.CancellationToken)).Outcome);
        Assert.Equal(CommandOutcome.Forbidden, (await service.SaveMineAsync(new SaveWorkingHours(world.Alex.Id, false, Mornings), TestContext.Current.CancellationToken)).Outcome);
    }

    [Theory]
    [InlineData("9-17", "Monday: '9-17' is not a range of the form HH:mm-HH:mm with times from 00:00 to 24:00.")]
    [InlineData("17:00-09:00", "Monday: '17:00-09:00' ends before it starts; a range must lie within one day.")]
    [InlineData("09:00-13:00,12:00-17:00", "Monday: the ranges 09:00-13:00 and 12:00-17:00 overlap.")]
    public async Task Bad_ranges_are_refused_with_the_calendars_message_and_nothing_is_saved(string monday, string message)
    {
        await using var world = await EscalationMailWorld.CreateAsync(Local("Tue 2026-03-10 11:00"));
        await using var scope = world.As(world.AlexSignedIn);
        var service = scope.ServiceProvider.GetRequiredService<WorkingHoursService>();
        var hours = new Dictionary<DayOfWeek, List<string>> { [DayOfWeek.Monday] = [.. monday.Split(',')] };

        var result = await service.SaveMineAsync(new SaveWorkingHours(world.Alex.Id, false, hours), TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal([message], result.Errors);
        Assert.Equal(0, await CountRowsAsync(world));
    }

    [Fact]
    public async Task A_week_without_any_hours_is_refused()
    {
        await using var world = await EscalationMailWorld.CreateAsync(Local("Tue 2026-03-10 11:00"));
        await using var scope = world.As(world.AlexSignedIn);
        var service = scope.ServiceProvider.GetRequiredService<WorkingHoursService>();

        var result = await service.SaveMineAsync(new SaveWorkingHours(world.Alex.Id, false, []), TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(0, await CountRowsAsync(world));
    }

    private static async Task<int> CountRowsAsync(EscalationMailWorld world)
    {
        await using var db = world.Database.CreateDbContext();
        return await db.AgentWorkingHours.CountAsync(TestContext.Current.CancellationToken);
    }
}

using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Features.Sla.Support;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Tickets.ResponseClock;

/// <summary>The finished-clock record the reports read, written by the command that stops the clock.</summary>
public sealed class ResponseClockRecordingTests : IAsyncLifetime
{
    private TicketTestWorld _world = null!;
    private int _ticketId;

    public async ValueTask InitializeAsync()
    {
        _world = await TicketTestWorld.CreateAsync();
        _ticketId = await _world.OpenTicketAsync(_world.Gold, "PLC loses its program after power cut"); // Wed 2026-05-13 10:00
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Public_reply_records_the_stopped_clock_with_its_business_time_target_tier_and_replier()
    {
        await Assign(_world.Jonas);
        _world.Time.Advance(TimeSpan.FromHours(2));

        await _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 0, "Which firmware version?", IsInternalNote: false)));

        var record = Assert.Single(await RecordsAsync());
        Assert.Equal(
            (_ticketId, _world.Gold.Id, Tier.Gold, (long?)TimeSpan.FromHours(72).Ticks, TimeSpan.FromHours(2).Ticks, false, true),
            (record.TicketId, record.CustomerId, record.TierAtStart, record.TargetTicks, record.BusinessTicks, record.IsBreached, record.IsFirstResponse));
        Assert.Equal((TicketTestWorld.Start.UtcTicks, Now.UtcTicks), (record.StartedUtcTicks, record.StoppedUtcTicks));
        Assert.Equal((SlaStopReason.AgentReply, (int?)_world.Alex.Id, (int?)_world.Jonas.Id), (record.StopReason, record.RepliedByAgentId, record.AssigneeAgentId));
        Assert.Equal(SlaTestKit.Local("Mon 2026-05-18 10:00").UtcTicks, record.DueUtcTicks);
        Assert.Equal(202_605, record.StoppedMonth);
    }

    [Fact]
    public async Task Internal_note_records_nothing()
    {
        _world.Time.Advance(TimeSpan.FromHours(2));

        await _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 0, "Probably the battery.", IsInternalNote: true)));

        Assert.Empty(await RecordsAsync());
    }

    [Fact]
    public async Task Resolving_without_a_reply_records_the_clock_with_no_replier()
    {
        _world.Time.Advance(TimeSpan.FromHours(3));

        await _world.RunAsync(_world.AlexSignedIn, w => w.ChangeStatusAsync(new ChangeTicketStatus(_ticketId, 0, TicketStatus.Resolved)));

        var record = Assert.Single(await RecordsAsync());
        Assert.Equal((SlaStopReason.Resolved, (int?)null, TimeSpan.FromHours(3).Ticks), (record.StopReason, record.RepliedByAgentId, record.BusinessTicks));
    }

    [Fact]
    public async Task A_second_clock_is_recorded_as_a_later_response_and_a_reply_with_no_clock_running_records_nothing()
    {
        _world.Time.Advance(TimeSpan.FromHours(1));
        await _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 0, "Try a reset.", false)));
        _world.Time.Advance(TimeSpan.FromHours(1));
        await _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 1, "And the battery?", false)));
        _world.Time.Advance(TimeSpan.FromHours(1));
        await _world.RunAsync(_world.GoldPersonSignedIn, w => w.PostCustomerMessageAsync(new PostCustomerMessage(_ticketId, 2, "Did not help.")));
        _world.Time.Advance(TimeSpan.FromMinutes(30));

        var result = await _world.RunAsync(_world.JonasSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 3, "Sending a new board.", false)));

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors));

        var records = await RecordsAsync();
        Assert.Equal([(true, TimeSpan.FromHours(1).Ticks, _world.Alex.Id), (false, TimeSpan.FromMinutes(30).Ticks, _world.Jonas.Id)],
            records.Select(r => (r.IsFirstResponse, r.BusinessTicks, r.RepliedByAgentId!.Value)));
    }

    [Fact]
    public async Task A_reply_after_the_target_is_recorded_as_breached_in_the_month_it_stopped_in_the_company_zone()
    {
        // Wed 10:00 + 72 business hours (10 h days) = Mon 10:00; the reply comes on Mon 2026-06-01 00:30 local,
        // already June in Berlin but still May in UTC.
        _world.SetNow(SlaTestKit.Local("Mon 2026-06-01 00:30"));

        await _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 0, "Sorry for the wait.", false)));

        var record = Assert.Single(await RecordsAsync());
        Assert.True(record.IsBreached);
        Assert.Equal(202_606, record.StoppedMonth);
        Assert.Equal(5, new DateTimeOffset(record.StoppedUtcTicks, TimeSpan.Zero).Month);
    }

    [Fact]
    public async Task Basic_clock_without_a_target_is_recorded_with_its_business_time_and_never_breached()
    {
        var basic = await _world.OpenTicketAsync(_world.Basic, "Forum question");
        _world.SetNow(SlaTestKit.Local("Mon 2026-06-01 12:00"));

        await _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(basic, 0, "Answered.", false)));

        var record = Assert.Single(await RecordsAsync(), r => r.TicketId == basic);
        Assert.Equal((Tier.Basic, (long?)null, (long?)null, false), (record.TierAtStart, record.TargetTicks, record.DueUtcTicks, record.IsBreached));
        Assert.True(record.BusinessTicks > TimeSpan.FromHours(72).Ticks);
    }

    private DateTimeOffset Now => _world.Time.GetUtcNow();

    private async Task Assign(HelpdeskDashboard.Features.Accounts.Agent agent)
    {
        await using var db = _world.Database.CreateDbContext();
        await db.Tickets.Where(t => t.Id == _ticketId).ExecuteUpdateAsync(s => s.SetProperty(t => t.AssigneeAgentId, agent.Id), TestContext.Current.CancellationToken);
    }

    private async Task<List<ResponseClockRecord>> RecordsAsync()
    {
        await using var db = _world.Database.CreateDbContext();
        return await db.ResponseClocks.AsNoTracking().OrderBy(r => r.StartedUtcTicks).ToListAsync(TestContext.Current.CancellationToken);
    }
}

using HelpdeskDashboard.Features.Calendar.Changes;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Tests.Features.Sla.Support;

namespace HelpdeskDashboard.Tests.Features.Calendar;

/// <summary>
/// What a saved change does to every ticket's deadline: exactly what the preview showed, and exactly what the engine
/// gives when it reads each ticket's whole history with the app's calendar after the swap.
/// Calendar Mon–Fri 08:00–18:00 (Berlin); Platinum 24 business hours, Gold 72.
/// </summary>
public sealed class CalendarChangeDeadlineTests : IAsyncLifetime
{
    /// <summary>Wednesday 2026-05-13 10:00 in Berlin; Thursday 2026-05-14 (Ascension Day) is the next business day.</summary>
    private static readonly DateTimeOffset Now = SlaTestKit.Local("Wed 2026-05-13 10:00");

    private CalendarTestWorld _world = null!;
    private Mix _mix = null!;

    public async ValueTask InitializeAsync()
    {
        _world = await CalendarTestWorld.CreateAsync(SlaTestKit.Local("Fri 2026-05-08 09:00"));
        _mix = await Mix.SeedAsync(_world, Now);
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Seeded_clocks_are_due_where_the_file_calendar_puts_them()
    {
        var columns = await _world.ColumnsAsync();

        Assert.Equal(SlaTestKit.Local("Tue 2026-05-12 14:00").UtcTicks, columns[_mix.Breached].DueUtcTicks);
        Assert.Equal(SlaTestKit.Local("Wed 2026-05-13 14:00").UtcTicks, columns[_mix.DueToday].DueUtcTicks);
        Assert.Equal(SlaTestKit.Local("Thu 2026-05-14 16:00").UtcTicks, columns[_mix.DueThursday].DueUtcTicks);
        Assert.Equal(SlaTestKit.Local("Fri 2026-05-15 13:30").UtcTicks, columns[_mix.DueFriday].DueUtcTicks);
        Assert.Equal(SlaTestKit.Local("Wed 2026-05-20 12:00").UtcTicks, columns[_mix.GoldNextWeek].DueUtcTicks);
        Assert.True(columns[_mix.Resumed].IsLive);
        Assert.False(columns[_mix.Stopped].AwaitingResponse);
        Assert.Null(columns[_mix.Paused].DueUtcTicks);
    }

    [Fact]
    public async Task Holiday_on_the_next_business_day_moves_every_deadline_from_that_day_on_by_one_business_day()
    {
        var before = await _world.ColumnsAsync();
        var change = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Ascension Day")));

        var plan = await SaveAndAssertPreviewEqualsStoredEqualsReplayAsync(change);

        var after = await _world.ColumnsAsync();
        Assert.Equal(before[_mix.Breached].DueUtcTicks, after[_mix.Breached].DueUtcTicks);
        Assert.Equal(before[_mix.DueToday].DueUtcTicks, after[_mix.DueToday].DueUtcTicks);
        Assert.Equal(SlaTestKit.Local("Fri 2026-05-15 16:00").UtcTicks, after[_mix.DueThursday].DueUtcTicks);
        Assert.Equal(SlaTestKit.Local("Mon 2026-05-18 13:30").UtcTicks, after[_mix.DueFriday].DueUtcTicks);
        Assert.Equal(SlaTestKit.Local("Thu 2026-05-21 12:00").UtcTicks, after[_mix.GoldNextWeek].DueUtcTicks);
        Assert.Equal(SlaTestKit.Local("Fri 2026-05-22 10:00").UtcTicks, before[_mix.Resumed].DueUtcTicks);
        Assert.Equal(SlaTestKit.Local("Mon 2026-05-25 10:00").UtcTicks, after[_mix.Resumed].DueUtcTicks);
        Assert.Equal((4, 0, 0), (plan.MovedLater, plan.MovedEarlier, plan.BecomeBreached));
        Assert.Equal(6, plan.OpenClocks);
    }

    [Fact]
    public async Task Removing_the_holiday_again_moves_every_deadline_back_exactly()
    {
        var original = await _world.ColumnsAsync();
        await _world.ApplyAsync(await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Ascension Day"))));
        _world.Time.Advance(TimeSpan.FromMinutes(30));

        var plan = await SaveAndAssertPreviewEqualsStoredEqualsReplayAsync(
            await _world.ChangeAsync(d => d.Closures.RemoveAll(c => c.Date == new DateOnly(2026, 5, 14))));

        var after = await _world.ColumnsAsync();
        foreach (var (id, was) in original)
        {
            Assert.Equal((id, was.DueUtcTicks, was.AtRiskFromUtcTicks), (id, after[id].DueUtcTicks, after[id].AtRiskFromUtcTicks));
        }

        Assert.Equal((0, 4), (plan.MovedLater, plan.MovedEarlier));
    }

    [Fact]
    public async Task Part_day_closure_moves_only_the_business_hours_it_closes()
    {
        var change = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Team day", "12:00-18:00")));

        await SaveAndAssertPreviewEqualsStoredEqualsReplayAsync(change);

        var after = await _world.ColumnsAsync();
        Assert.Equal(SlaTestKit.Local("Fri 2026-05-15 12:00").UtcTicks, after[_mix.DueThursday].DueUtcTicks); // 4 of Thursday's 8 h move to Friday
        Assert.Equal(SlaTestKit.Local("Mon 2026-05-18 09:30").UtcTicks, after[_mix.DueFriday].DueUtcTicks);
        Assert.Equal(SlaTestKit.Local("Wed 2026-05-13 14:00").UtcTicks, after[_mix.DueToday].DueUtcTicks);
    }

    [Fact]
    public async Task Change_at_a_future_instant_leaves_the_business_time_counted_before_it_unchanged()
    {
        var old = _world.Snapshot();
        var effective = SlaTestKit.Local("Fri 2026-05-15 12:00");
        var change = await _world.ChangeAsync(
            d =>
            {
                foreach (var day in d.Hours.Keys.ToList())
                {
                    d.Hours[day] = ["08:00-16:00"];
                }
            },
            effective);

        var plan = await SaveAndAssertPreviewEqualsStoredEqualsReplayAsync(change);

        Assert.Equal(effective, plan.EffectiveFrom);
        var after = await _world.ColumnsAsync();
        foreach (var id in _mix.Live)
        {
            var start = Local(after[id].StartedUtcTicks!.Value);
            Assert.Equal(old.BusinessTimeBetween(start, effective), _world.Calendar.BusinessTimeBetween(start, effective));
        }

        Assert.Equal(SlaTestKit.Local("Thu 2026-05-14 16:00").UtcTicks, after[_mix.DueThursday].DueUtcTicks); // before the change: kept
        Assert.Equal(SlaTestKit.Local("Fri 2026-05-15 13:30").UtcTicks, after[_mix.DueFriday].DueUtcTicks); // 1.5 h after it, still open until 16:00
        Assert.Equal(SlaTestKit.Local("Thu 2026-05-21 10:00").UtcTicks, after[_mix.GoldNextWeek].DueUtcTicks); // 30 h left at Fri 12:00, 8 h a day from then
    }

    [Fact]
    public async Task Stopped_and_paused_clocks_are_left_exactly_as_they_were()
    {
        var before = await _world.ColumnsAsync();

        var plan = await _world.ApplyAsync(await _world.ChangeAsync(d =>
        {
            d.Closures.Add(Closure("2026-05-14", "Ascension Day"));
            d.Hours[DayOfWeek.Friday] = ["08:00-12:00"];
        }));

        var after = await _world.ColumnsAsync();
        foreach (var id in new[] { _mix.Stopped, _mix.Paused, _mix.NoTarget })
        {
            Assert.Equal(before[id], after[id]);
            Assert.DoesNotContain(plan.Updates, u => u.TicketId == id);
        }

        Assert.Equal(6, plan.OpenClocks);
    }

    [Fact]
    public async Task Paused_clock_resumed_after_the_change_counts_its_rest_with_the_new_calendar()
    {
        await _world.ApplyAsync(await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Ascension Day"))));
        _world.SetNow(SlaTestKit.Local("Wed 2026-05-13 17:00"));

        await _world.CustomerWritesAsync(_mix.Paused, _world.Gold);

        var columns = await _world.ColumnsAsync();
        Assert.Equal((await _world.ReplayAsync(_mix.Paused)).DueUtcTicks, columns[_mix.Paused].DueUtcTicks);
        Assert.NotNull(columns[_mix.Paused].DueUtcTicks);
    }

    public static TheoryData<string, string, string, string> DaylightSavingWeeks => new()
    {
        // label, now, change, expected due of the ticket named in the label
        { "October: Friday afternoon closed, Platinum due Fri 18:00 moves over the night clocks go back", "Thu 2026-10-22 10:00", "closure 2026-10-23 13:00-18:00", "Mon 2026-10-26 13:00" },
        { "October: Friday afternoon closed, Gold due the Thursday after moves 5 h", "Thu 2026-10-22 10:00", "closure 2026-10-23 13:00-18:00", "Thu 2026-10-29 16:00" },
        { "March: weekend opened, Gold due Thu 2 Apr now due on the 23-hour Sunday", "Thu 2026-03-26 10:00", "weekend open", "Sun 2026-03-29 10:00" },
        { "March: weekend opened, Platinum due Fri 18:00 stays", "Thu 2026-03-26 10:00", "weekend open", "Fri 2026-03-27 18:00" },
    };

    [Theory]
    [MemberData(nameof(DaylightSavingWeeks))]
    public async Task Change_inside_a_daylight_saving_week_equals_the_engine(string label, string now, string edit, string expectedDue)
    {
        await using var world = await CalendarTestWorld.CreateAsync(SlaTestKit.Local(now).AddDays(-3));
        var start = SlaTestKit.Local(now);
        var platinum = await world.OpenTicketAsync(world.Platinum, "Robot arm stops", start.AddDays(-1).AddHours(4)); // Wed 14:00
        var gold = await world.OpenTicketAsync(world.Gold, "PLC loses its program", start.AddDays(-2).AddHours(-1)); // Tue 09:00
        world.SetNow(start);
        var change = await world.ChangeAsync(d =>
        {
            if (edit == "weekend open")
            {
                d.Hours[DayOfWeek.Saturday] = ["00:00-24:00"];
                d.Hours[DayOfWeek.Sunday] = ["00:00-24:00"];
            }
            else
            {
                d.Closures.Add(Closure("2026-10-23", "Company event", "13:00-18:00"));
            }
        });

        await SaveAndAssertPreviewEqualsStoredEqualsReplayAsync(world, change, [platinum, gold]);

        var columns = await world.ColumnsAsync();
        var id = label.Contains("Platinum", StringComparison.Ordinal) ? platinum : gold;
        Assert.Equal(SlaTestKit.Local(expectedDue).UtcTicks, columns[id].DueUtcTicks);
    }

    private Task<CalendarPlan> SaveAndAssertPreviewEqualsStoredEqualsReplayAsync(CalendarChange change) =>
        SaveAndAssertPreviewEqualsStoredEqualsReplayAsync(_world, change, _mix.All);

    /// <summary>
    /// Previews, saves, and asserts: the saved plan is the preview; each ticket's stored columns are the plan's (or
    /// unchanged when the plan has no update for it); and each equals the engine's full replay after the swap.
    /// </summary>
    internal static async Task<CalendarPlan> SaveAndAssertPreviewEqualsStoredEqualsReplayAsync(
        CalendarTestWorld world, CalendarChange change, IReadOnlyCollection<int> tickets)
    {
        var before = await world.ColumnsAsync();
        var replayedBefore = new Dictionary<int, Replay>();
        foreach (var id in tickets)
        {
            replayedBefore[id] = await world.ReplayAsync(id);
        }

        var preview = await world.PreviewOkAsync(change);

        var saved = await world.SaveAsync(world.MorganSignedIn, change, preview);

        Assert.True(saved.Succeeded, string.Join(" | ", saved.Errors));
        Assert.Equal(preview.Fingerprint, saved.Value!.Fingerprint);
        Assert.Equal(preview.Updates, saved.Value.Updates);
        var after = await world.ColumnsAsync();
        var updates = preview.Updates.ToDictionary(u => u.TicketId);
        foreach (var id in tickets)
        {
            var expected = updates.TryGetValue(id, out var update)
                ? ((long?)update.DueUtcTicks, (long?)update.AtRiskFromUtcTicks)
                : (before[id].DueUtcTicks, before[id].AtRiskFromUtcTicks);
            Assert.Equal((id, expected), (id, (after[id].DueUtcTicks, after[id].AtRiskFromUtcTicks)));
            var replayed = await world.ReplayAsync(id);
            // Only the two deadline columns may change: no version bump (a calendar change is no edit of the ticket).
            Assert.Equal((id, before[id]), (id, after[id] with { DueUtcTicks = before[id].DueUtcTicks, AtRiskFromUtcTicks = before[id].AtRiskFromUtcTicks }));
            if (after[id].IsLive)
            {
                Assert.Equal((id, expected), (id, (replayed.DueUtcTicks, replayed.AtRiskFromUtcTicks)));
            }
            else
            {
                // Stopped and paused clocks keep their columns. A stopped one keeps the due it had, where the engine would
                // now give a hypothetical one; but what it reads (met or breached) cannot change.
                Assert.Equal((id, before[id]), (id, after[id]));
                Assert.Equal((id, replayedBefore[id].State, replayedBefore[id].IsBreached), (id, replayed.State, replayed.IsBreached));
            }

        }

        return saved.Value;
    }

    internal static BusinessClosure Closure(string date, string name, string? closedHours = null) =>
        new() { Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Name = name, ClosedHours = closedHours };

    private static DateTimeOffset Local(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    /// <summary>Clocks of every kind, opened and handled through the app's services from Friday 2026-05-08 on.</summary>
    internal sealed class Mix
    {
        public int Breached { get; private init; }

        public int DueToday { get; private init; }

        public int DueThursday { get; private init; }

        public int DueFriday { get; private init; }

        public int GoldNextWeek { get; private init; }

        public int Resumed { get; private init; }

        public int Stopped { get; private init; }

        public int Paused { get; private init; }

        public int NoTarget { get; private init; }

        public IReadOnlyList<int> Live => [Breached, DueToday, DueThursday, DueFriday, GoldNextWeek, Resumed];

        public IReadOnlyList<int> All => [.. Live, Stopped, Paused, NoTarget];

        public static async Task<Mix> SeedAsync(CalendarTestWorld world, DateTimeOffset now)
        {
            var breached = await world.OpenTicketAsync(world.Platinum, "Line stopped", SlaTestKit.Local("Fri 2026-05-08 10:00"));
            world.SetNow(SlaTestKit.Local("Mon 2026-05-11 10:00"));
            var dueToday = await world.OpenTicketAsync(world.Platinum, "Gripper drifts");
            var goldNextWeek = await world.OpenTicketAsync(world.Gold, "PLC loses its program");
            world.SetNow(SlaTestKit.Local("Tue 2026-05-12 12:00"));
            var dueThursday = await world.OpenTicketAsync(world.Platinum, "Camera offline");
            var stopped = await world.OpenTicketAsync(world.Platinum, "Licence question");
            world.SetNow(SlaTestKit.Local("Tue 2026-05-12 13:00"));
            var paused = await world.OpenTicketAsync(world.Gold, "Drive fault F0001");
            var resumed = await world.OpenTicketAsync(world.Gold, "HMI freezes");
            var noTarget = await world.OpenTicketAsync(world.Basic, "Oven timer");
            world.SetNow(SlaTestKit.Local("Tue 2026-05-12 14:00"));
            await world.PauseAsync(paused);
            await world.PauseAsync(resumed);
            world.SetNow(SlaTestKit.Local("Tue 2026-05-12 15:00"));
            await world.ReplyAsync(stopped);
            world.SetNow(SlaTestKit.Local("Wed 2026-05-13 09:00"));
            await world.CustomerWritesAsync(resumed, world.Gold);
            world.SetNow(SlaTestKit.Local("Wed 2026-05-13 09:30"));
            var dueFriday = await world.OpenTicketAsync(world.Platinum, "Conveyor noise");
            world.SetNow(now);
            return new Mix
            {
                Breached = breached, DueToday = dueToday, DueThursday = dueThursday, DueFriday = dueFriday, GoldNextWeek = goldNextWeek,
                Resumed = resumed, Stopped = stopped, Paused = paused, NoTarget = noTarget,
            };
        }
    }
}

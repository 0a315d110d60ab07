using System.Globalization;
using HelpdeskDashboard.Features.Sla;

using static HelpdeskDashboard.Features.Sla.SlaClockEvent;

namespace HelpdeskDashboard.Tests.Features.Sla.Support;

/// <summary>Calendars, targets, local times and clock events for the SLA tests, written the way the examples read.</summary>
internal static class SlaTestKit
{
    public static readonly TimeSpan Platinum = TimeSpan.FromHours(24);
    public static readonly TimeSpan Gold = TimeSpan.FromHours(72);

    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Holidays of worked example 7.</summary>
    public static readonly DateOnly[] ChristmasHolidays = [new(2026, 12, 24), new(2026, 12, 25)];

    /// <summary>
    /// A Berlin wall-clock time written "Tue 2026-03-10 10:00"; the weekday must match the date so a typo cannot
    /// silently move an example to another day. "24:00" means the end of that day.
    /// </summary>
    public static DateTimeOffset Local(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3)
        {
            throw new FormatException($"'{text}' is not 'ddd yyyy-MM-dd HH:mm'.");
        }

        var date = DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var weekday = date.ToString("ddd", CultureInfo.InvariantCulture);
        if (weekday != parts[0])
        {
            throw new FormatException($"{parts[1]} is a {weekday}, not a {parts[0]}.");
        }

        var endOfDay = parts[2] == "24:00";
        var time = endOfDay ? TimeOnly.MinValue : TimeOnly.ParseExact(parts[2], "HH:mm", CultureInfo.InvariantCulture);
        var wallClock = (endOfDay ? date.AddDays(1) : date).ToDateTime(time);
        return new DateTimeOffset(wallClock, Berlin.GetUtcOffset(wallClock));
    }

    /// <summary>The default calendar of the examples: Mon–Fri 00:00–24:00, Europe/Berlin.</summary>
    public static BusinessCalendar DefaultCalendar(params DateOnly[] holidays) =>
        new(new BusinessCalendarOptions { Holidays = [.. holidays] });

    /// <summary>Mon–Fri 09:00–17:00, Europe/Berlin: a calendar with nights.</summary>
    public static BusinessCalendar OfficeHoursCalendar(params DateOnly[] holidays) =>
        new(new BusinessCalendarOptions
        {
            Hours = new()
            {
                [DayOfWeek.Monday] = ["09:00-17:00"],
                [DayOfWeek.Tuesday] = ["09:00-17:00"],
                [DayOfWeek.Wednesday] = ["09:00-17:00"],
                [DayOfWeek.Thursday] = ["09:00-17:00"],
                [DayOfWeek.Friday] = ["09:00-17:00"],
            },
            Holidays = [.. holidays],
        });

    public static SlaEngine Engine(BusinessCalendar? calendar = null, double atRiskShare = 0.25) =>
        new(calendar ?? DefaultCalendar(ChristmasHolidays), new SlaOptions { AtRiskShare = atRiskShare });

    public static SlaClockEvent CustomerWrites(string at, TimeSpan? target) => new CustomerMessage(Local(at), target);

    public static SlaClockEvent AgentReplies(string at) => new AgentReply(Local(at));

    public static SlaClockEvent AgentNotes(string at) => new InternalNote(Local(at));

    public static SlaClockEvent StatusBecomes(string at, SlaPauseReason? pauseReason) => new StatusChanged(Local(at), pauseReason);

    public static SlaClockEvent TicketResolved(string at) => new Resolved(Local(at));

    public static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);
}

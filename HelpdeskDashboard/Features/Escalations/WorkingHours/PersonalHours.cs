using System.Collections.Concurrent;
using System.Text.Json;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Sla;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Escalations.WorkingHours;

/// <summary>
/// When a person may be mailed: inside their own working hours (<see cref="AgentWorkingHours"/>, in their zone
/// <c>Agent.TimeZone</c>), or the company's opening hours with its closures when they set none. A custom week becomes
/// a calendar of one version, built once per (zone, hours) and shared, so a pass over many recipients builds none.
/// </summary>
public sealed class PersonalHours(BusinessCalendar company)
{
    private readonly ConcurrentDictionary<(string Zone, string Json), BusinessCalendar?> _calendars = new();

    /// <summary>
    /// When an e-mail for <paramref name="agentId"/> may go out: <paramref name="at"/> itself inside their working hours
    /// (own zone; the company's opening hours when they set none), else the start of their next working hours.
    /// Hours that never open (or an unknown person) send at once: holding for ever would lose the mail.
    /// </summary>
    public async Task<DateTimeOffset> SendAfterAsync(HelpdeskDbContext db, int agentId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var person = await db.Agents.AsNoTracking()
            .Where(a => a.Id == agentId)
            .Select(a => new { a.TimeZone, Hours = db.AgentWorkingHours.Where(h => h.AgentId == a.Id).Select(h => h.HoursJson).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        var calendar = person?.Hours is { } json ? Custom(person.TimeZone, json) ?? company : company;
        return calendar.NextOpening(at) ?? at;
    }

    /// <summary>The stored hours as a definition; null when the text is not a week of ranges.</summary>
    public static Dictionary<DayOfWeek, List<string>>? ReadHours(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<DayOfWeek, List<string>>>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string WriteHours(Dictionary<DayOfWeek, List<string>> hours) =>
        JsonSerializer.Serialize(hours.Where(d => d.Value is { Count: > 0 }).OrderBy(d => ((int)d.Key + 6) % 7).ToDictionary());

    // Null (the company's hours are used) for a zone or hours that cannot be read: a person still gets their mail.
    private BusinessCalendar? Custom(string zoneId, string json) => _calendars.GetOrAdd((zoneId, json), key =>
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(key.Zone, out var zone)
            || ReadHours(key.Json) is not { } hours
            || BusinessCalendarRules.HoursProblems(hours).Any())
        {
            return null;
        }

        var definition = new BusinessCalendarDefinition { Hours = hours };
        return new BusinessCalendar(zone, [new BusinessCalendarVersion(DateTimeOffset.MinValue, definition)]);
    });
}

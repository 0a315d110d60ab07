using HelpdeskDashboard.Features.Billing;
using HelpdeskDashboard.Features.Tickets;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// Time logged over the current and the five previous months: some work behind most agent replies, plus the
/// heavy users' monthly engagement, which in most months (always the current one) exceeds their included hours.
/// </summary>
internal sealed class DemoTimeEntryBuilder(DemoClock clock, Random random, DemoDataSet data, DemoTierLookup tiers)
{
    public const int Months = 6;

    public void Build(IReadOnlyList<Ticket> longRunningTickets)
    {
        var windowStart = clock.MonthStart(Months - 1);
        foreach (var ticket in data.Tickets)
        {
            foreach (var reply in ticket.Messages.Where(m => m.AuthorKind == MessageAuthorKind.Agent && !m.IsInternalNote))
            {
                var workedOn = clock.CompanyDate(new DateTimeOffset(reply.CreatedUtcTicks, TimeSpan.Zero));
                if (workedOn < windowStart || random.NextDouble() >= 0.55)
                {
                    continue;
                }

                var billable = !(ticket.Priority == 0 && ticket.Kind == TicketKind.SupportInquiry) && random.NextDouble() >= 0.1;
                Add(ticket, reply.AuthorAgentId!.Value, workedOn, 15 * (1 + random.Next(8)), billable, reply.CreatedUtcTicks);
            }
        }

        foreach (var ticket in longRunningTickets)
        {
            for (var monthsBack = 0; monthsBack < Months; monthsBack++)
            {
                AddHeavyMonth(ticket, monthsBack);
            }
        }
    }

    private void AddHeavyMonth(Ticket ticket, int monthsBack)
    {
        var first = clock.MonthStart(monthsBack);
        var last = monthsBack == 0 ? clock.Today : clock.MonthStart(monthsBack - 1).AddDays(-1);
        var tier = tiers.At(ticket.CustomerId, clock.StartOfDay(first));
        var included = DemoTierRules.IncludedHoursPerMonth(tier) * 60;
        var factor = monthsBack == 0 || random.NextDouble() < 0.6 ? 1.15 + (random.NextDouble() * 0.75) : 0.4 + (random.NextDouble() * 0.5);
        var remaining = (int)(included * factor);
        var agent = ticket.AssigneeAgentId ?? data.Agents[0].Id;
        var days = last.DayNumber - first.DayNumber + 1;
        while (remaining > 0)
        {
            var minutes = Math.Min(remaining, 15 * (2 + random.Next(15)));
            var date = first.AddDays(random.Next(days));
            var loggedAt = Math.Min(clock.AtCompanyTime(date, new TimeOnly(17, 0)).UtcTicks, clock.Now.UtcTicks);
            Add(ticket, agent, date, minutes, billable: true, loggedAt);
            remaining -= minutes;
        }
    }

    private void Add(Ticket ticket, int agentId, DateOnly workDate, int minutes, bool billable, long createdUtcTicks) =>
        data.TimeEntries.Add(new TimeEntry
        {
            Id = data.TimeEntries.Count + 1,
            TicketId = ticket.Id,
            CustomerId = ticket.CustomerId,
            AgentId = agentId,
            WorkDate = workDate,
            Minutes = minutes,
            Note = DemoTexts.TimeNote(random),
            Billable = billable,
            CreatedUtcTicks = createdUtcTicks,
        });
}

using HelpdeskDashboard.Features.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Data;

/// <summary>SQLite's own query plan shows that the hot queries are served by an index, not a table scan.</summary>
public sealed class HotQueryIndexTests
{
    public static TheoryData<string, string, string> HotQueries => new()
    {
        {
            "open tickets by due instant",
            "SELECT \"Id\" FROM \"Tickets\" WHERE \"Status\" = 'Open' ORDER BY \"ResponseDueUtcTicks\"",
            "IX_Tickets_Status_ResponseDueUtcTicks"
        },
        {
            "an agent's queue",
            "SELECT \"Id\" FROM \"Tickets\" WHERE \"AssigneeAgentId\" = 3 AND \"Status\" = 'Open'",
            "IX_Tickets_AssigneeAgentId_Status"
        },
        {
            "a customer's time entries in a month",
            "SELECT SUM(\"Minutes\") FROM \"TimeEntries\" WHERE \"CustomerId\" = 7 AND \"WorkDate\" >= '2026-05-01' AND \"WorkDate\" < '2026-06-01'",
            "IX_TimeEntries_CustomerId_WorkDate"
        },
        {
            "a customer's quarterly turnover",
            "SELECT SUM(\"AmountCents\") FROM \"Orders\" WHERE \"CustomerId\" = 7 AND \"OrderedUtcTicks\" >= 1 AND \"OrderedUtcTicks\" < 2",
            "IX_Orders_CustomerId_OrderedUtcTicks"
        },
        {
            "a ticket's conversation in order",
            "SELECT \"Body\" FROM \"TicketMessages\" WHERE \"TicketId\" = 10 ORDER BY \"CreatedUtcTicks\"",
            "IX_TicketMessages_TicketId_CreatedUtcTicks"
        },
        {
            "a ticket's status history",
            "SELECT \"ToStatus\" FROM \"TicketStatusChanges\" WHERE \"TicketId\" = 10 ORDER BY \"AtUtcTicks\"",
            "IX_TicketStatusChanges_TicketId_AtUtcTicks"
        },
        {
            "pending outbox messages that are due",
            "SELECT \"Id\" FROM \"OutboxMessages\" WHERE \"Status\" = 'Pending' AND \"NextAttemptUtcTicks\" <= 5",
            "IX_OutboxMessages_Status_NextAttemptUtcTicks"
        },
    };

    [Theory]
    [MemberData(nameof(HotQueries))]
    public async Task Hot_query_uses_its_index(string label, string sql, string index)
    {
        await using var database = TestDatabase.Create();
        using var command = database.Connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.True(plan.Any(step => step.Contains(index, StringComparison.Ordinal)), $"{label}: plan was {string.Join(" / ", plan)}");
        Assert.DoesNotContain(plan, step => step.Contains("USE TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_open_queue_query_from_linq_uses_the_due_index()
    {
        await using var database = TestDatabase.Create();
        await using var db = database.CreateDbContext();
        var sql = db.Tickets
            .Where(t => t.Status == TicketStatus.Open)
            .OrderBy(t => t.ResponseDueUtcTicks)
            .Select(t => t.Id)
            .ToQueryString();

        using var command = database.Connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        Assert.Contains(plan, step => step.Contains("IX_Tickets_Status_ResponseDueUtcTicks", StringComparison.Ordinal));
    }
}

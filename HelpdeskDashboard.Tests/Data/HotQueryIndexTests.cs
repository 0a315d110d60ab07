using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Data;

/// <summary>
/// The database's own query plan shows that the hot queries are served by an index, not a table scan: SQLite's
/// EXPLAIN QUERY PLAN; on PostgreSQL, whose planner prices the empty test tables' scans as cheapest and ties between
/// indexes it cannot tell apart without rows, EXPLAIN shows that the index alone *can* serve the query (in the order
/// asked) — not that the planner picks it on real data; that choice is measured on the 100,000-ticket benchmark database
/// (docs/performance.md, "SLA board on PostgreSQL").
/// </summary>
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
            "IX_Orders_CustomerId_OrderedUtcTicks_AmountCents"
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
    public async Task Hot_query_can_be_served_by_its_index_alone(string label, string sql, string index)
    {
        await using var database = TestDatabase.Create();
        var plan = Plan(database, sql, index);

        Assert.True(plan.Any(step => step.Contains(index, StringComparison.Ordinal)), $"{label}: plan was {string.Join(" / ", plan)}");
        Assert.DoesNotContain(plan, SortsAfterReading);
    }

    [Fact]
    public async Task The_open_queue_query_from_linq_can_be_served_by_the_due_index()
    {
        await using var database = TestDatabase.Create();
        await using var db = database.CreateDbContext();
        var sql = db.Tickets
            .Where(t => t.Status == TicketStatus.Open)
            .OrderBy(t => t.ResponseDueUtcTicks)
            .Select(t => t.Id)
            .ToQueryString();

        var plan = Plan(database, sql, "IX_Tickets_Status_ResponseDueUtcTicks");

        Assert.Contains(plan, step => step.Contains("IX_Tickets_Status_ResponseDueUtcTicks", StringComparison.Ordinal));
    }

    /// <summary>The plan's steps: SQLite's detail column, or PostgreSQL's text lines.</summary>
    private static List<string> Plan(TestDatabase database, string sql, string index)
    {
        var plan = new List<string>();
        if (!TestDatabases.IsPostgreSql)
        {
            using var command = database.Connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }

            return plan;
        }

        // Rolled back: SET LOCAL ends with the transaction and the dropped indexes come back. Without sequential and
        // bitmap scans (a bitmap scan returns rows unordered) and with the table's other indexes gone (PostgreSQL
        // cannot rank them on empty tables), the plan names the index exactly when it can serve the query by itself.
        using var transaction = database.Connection.BeginTransaction();
        using (var setup = database.Connection.CreateCommand())
        {
            setup.Transaction = transaction;
            setup.CommandText = $"""
                SET LOCAL enable_seqscan = off;
                SET LOCAL enable_bitmapscan = off;
                DO $$
                DECLARE other regclass;
                BEGIN
                    FOR other IN
                        SELECT o.indexrelid::regclass FROM pg_index AS i
                        JOIN pg_index AS o ON o.indrelid = i.indrelid AND o.indexrelid <> i.indexrelid
                        WHERE i.indexrelid = '"{index}"'::regclass
                          AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c WHERE c.conindid = o.indexrelid)
                    LOOP
                        EXECUTE format('DROP INDEX %s', other);
                    END LOOP;
                END $$;
                """;
            setup.ExecuteNonQuery();
        }

        using (var explain = database.Connection.CreateCommand())
        {
            explain.Transaction = transaction;
            explain.CommandText = "EXPLAIN (FORMAT TEXT) " + sql;
            using var reader = explain.ExecuteReader();
            while (reader.Read())
            {
                plan.Add(reader.GetString(0));
            }
        }

        transaction.Rollback();
        return plan;
    }

    // A sort step after the read: the index did not give the order.
    private static bool SortsAfterReading(string step) =>
        step.Contains("USE TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal) || step.Contains("Sort Key:", StringComparison.Ordinal);
}

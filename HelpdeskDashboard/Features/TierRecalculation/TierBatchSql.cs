using System.Data.Common;
using HelpdeskDashboard.Features.Customers;

using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>
/// Set-based reads for one batch of customers (a contiguous id range): turnover is one GROUP BY over the
/// (CustomerId, OrderedUtcTicks) index, so the cost grows with orders in the window, not with round trips.
/// </summary>
internal static class TierBatchSql
{
    public sealed record CustomerRow(int Id, string CompanyName, string ContactEmail, SubscriptionPlan Plan, long? SubscriptionStart, long? SubscriptionEnd);

    public sealed record UserRow(int Id, int CustomerId, string Email);

    /// <summary>The next customers after <paramref name="afterId"/> by id; with <paramref name="onlyUnassigned"/>, those not yet decided for the quarter.</summary>
    public static async Task<List<CustomerRow>> NextCustomersAsync(
        DbConnection connection, int afterId, int take, CalendarQuarter quarter, bool onlyUnassigned, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT c."Id", c."CompanyName", c."ContactEmail", c."SubscriptionTier", c."SubscriptionStartUtcTicks", c."SubscriptionEndUtcTicks"
            FROM "Customers" AS c
            WHERE c."Id" > @after
            {(onlyUnassigned ? """AND NOT EXISTS (SELECT 1 FROM "TierAssignments" AS a WHERE a."CustomerId" = c."Id" AND a."Year" = @year AND a."Quarter" = @quarter)""" : "")}
            ORDER BY c."Id"
            LIMIT @take
            """;
        Add(command, "@after", afterId);
        Add(command, "@take", take);
        Add(command, "@year", quarter.Year);
        Add(command, "@quarter", quarter.Number);
        var rows = new List<CustomerRow>(take);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new CustomerRow(
                reader.GetInt32(0), reader.GetString(1), reader.GetString(2),
                Enum.Parse<SubscriptionPlan>(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetInt64(4),
                reader.IsDBNull(5) ? null : reader.GetInt64(5)));
        }

        return rows;
    }

    /// <summary>Sum of order amounts (refunds negative) per customer in [fromTicks, toTicks) for ids in [firstId, lastId].</summary>
    public static async Task<Dictionary<int, long>> TurnoverAsync(
        DbConnection connection, int firstId, int lastId, long fromTicks, long toTicks, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "CustomerId", SUM("AmountCents")
            FROM "Orders"
            WHERE "CustomerId" BETWEEN @first AND @last AND "OrderedUtcTicks" >= @from AND "OrderedUtcTicks" < @to
            GROUP BY "CustomerId"
            """;
        Add(command, "@first", firstId);
        Add(command, "@last", lastId);
        Add(command, "@from", fromTicks);
        Add(command, "@to", toTicks);
        var sums = new Dictionary<int, long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            sums[reader.GetInt32(0)] = reader.GetInt64(1);
        }

        return sums;
    }

    /// <summary>The assignments of <paramref name="quarter"/> for ids in [firstId, lastId].</summary>
    public static async Task<Dictionary<int, (Tier Tier, long TurnoverCents)>> AssignmentsAsync(
        DbConnection connection, int firstId, int lastId, CalendarQuarter quarter, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "CustomerId", "Tier", "TurnoverCents" FROM "TierAssignments"
            WHERE "CustomerId" BETWEEN @first AND @last AND "Year" = @year AND "Quarter" = @quarter
            """;
        Add(command, "@first", firstId);
        Add(command, "@last", lastId);
        Add(command, "@year", quarter.Year);
        Add(command, "@quarter", quarter.Number);
        var result = new Dictionary<int, (Tier, long)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result[reader.GetInt32(0)] = (Enum.Parse<Tier>(reader.GetString(1)), reader.GetInt64(2));
        }

        return result;
    }

    public static async Task<ILookup<int, UserRow>> UsersAsync(DbConnection connection, int firstId, int lastId, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "Id", "CustomerId", "Email" FROM "CustomerUsers" WHERE "CustomerId" BETWEEN @first AND @last
            """;
        Add(command, "@first", firstId);
        Add(command, "@last", lastId);
        var rows = new List<UserRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new UserRow(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2)));
        }

        return rows.ToLookup(u => u.CustomerId);
    }

    public static async Task<int> CountAsync(DbConnection connection, string sql, CalendarQuarter quarter, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "@year", quarter.Year);
        Add(command, "@quarter", quarter.Number);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}

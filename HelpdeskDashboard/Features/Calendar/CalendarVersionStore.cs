using System.Text.Json;
using System.Text.Json.Serialization;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Sla;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Calendar;

/// <summary>The calendar's versions as stored; the database is the source of truth once it holds one.</summary>
public sealed class CalendarVersionStore(IDbContextFactory<HelpdeskDbContext> dbFactory)
{
    public const string FromConfiguration = "configuration";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The stored versions in the order they take effect, each with its id; empty on a new database.</summary>
    public async Task<IReadOnlyList<StoredCalendarVersion>> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LoadAsync(db, cancellationToken);
    }

    public static async Task<IReadOnlyList<StoredCalendarVersion>> LoadAsync(HelpdeskDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var records = await db.CalendarVersions.AsNoTracking()
            .OrderBy(v => v.EffectiveFromUtcTicks).ThenBy(v => v.Id)
            .ToListAsync(cancellationToken);
        return [.. records.Select(ToStored)];
    }

    /// <summary>
    /// On an empty table, stores <paramref name="fromFile"/> as the first version (governing all time); a second instance
    /// doing the same at once loses on the unique <see cref="CalendarVersionRecord.BasedOnId"/> and reads the winner's.
    /// </summary>
    public async Task<IReadOnlyList<StoredCalendarVersion>> EnsureFirstVersionAsync(
        BusinessCalendarDefinition fromFile, long nowUtcTicks, CancellationToken cancellationToken = default)
    {
        var stored = await LoadAsync(cancellationToken);
        if (stored.Count > 0)
        {
            return stored;
        }

        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            db.CalendarVersions.Add(new CalendarVersionRecord
            {
                EffectiveFromUtcTicks = 0,
                Definition = Serialize(fromFile),
                BasedOnId = 0,
                CreatedUtcTicks = nowUtcTicks,
                CreatedBy = FromConfiguration,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance stored the first version meanwhile; it is the same file, so read theirs.
            }
        }

        return await LoadAsync(cancellationToken);
    }

    public static string Serialize(BusinessCalendarDefinition definition) => JsonSerializer.Serialize(definition, Json);

    public static BusinessCalendarDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<BusinessCalendarDefinition>(json, Json)
        ?? throw new InvalidOperationException("A stored calendar version has no definition.");

    private static StoredCalendarVersion ToStored(CalendarVersionRecord record) => new(
        record.Id,
        new DateTimeOffset(record.EffectiveFromUtcTicks, TimeSpan.Zero),
        Deserialize(record.Definition),
        new DateTimeOffset(record.CreatedUtcTicks, TimeSpan.Zero),
        record.CreatedBy);
}

/// <summary>A stored version with its id and who saved it.</summary>
public sealed record StoredCalendarVersion(
    int Id, DateTimeOffset EffectiveFrom, BusinessCalendarDefinition Definition, DateTimeOffset CreatedAt, string CreatedBy)
{
    public BusinessCalendarVersion ToVersion() => new(EffectiveFrom, Definition);
}

using System.Data.Common;
using System.Globalization;
using System.Text;

namespace HelpdeskDashboard.Hosting.Commands;

/// <summary>
/// One PostgreSQL column type (by its udt_name) as the copy sees it: how a value SQLite stored becomes that type's .NET
/// value, and how to read it back from PostgreSQL as the same .NET type, so both sides canonicalise alike.
/// </summary>
internal sealed record CopyColumnType(string Name, Func<object, object> FromSqlite, Func<DbDataReader, int, object> Read)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // EF Core's SQLite text for DateTimeOffset; Parse is the fallback for text written by hand or another tool.
    private const string SqliteDateTimeOffset = "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz";

    private static readonly Dictionary<string, CopyColumnType> Known = new[]
    {
        new CopyColumnType("bool", ToBoolean, (r, i) => r.GetBoolean(i)),
        new CopyColumnType("int2", v => Convert.ToInt16(v, Invariant), (r, i) => r.GetInt16(i)),
        new CopyColumnType("int4", v => Convert.ToInt32(v, Invariant), (r, i) => r.GetInt32(i)),
        new CopyColumnType("int8", v => Convert.ToInt64(v, Invariant), (r, i) => r.GetInt64(i)),
        new CopyColumnType("float4", v => Convert.ToSingle(v, Invariant), (r, i) => r.GetFloat(i)),
        new CopyColumnType("float8", v => Convert.ToDouble(v, Invariant), (r, i) => r.GetDouble(i)),
        new CopyColumnType("numeric", v => Convert.ToDecimal(v, Invariant), (r, i) => r.GetDecimal(i)),
        new CopyColumnType("text", v => Text(v), (r, i) => r.GetString(i)),
        new CopyColumnType("varchar", v => Text(v), (r, i) => r.GetString(i)),
        new CopyColumnType("bpchar", v => Text(v), (r, i) => r.GetString(i)),
        new CopyColumnType("citext", v => Text(v), (r, i) => r.GetString(i)),
        new CopyColumnType("bytea", v => v as byte[] ?? Encoding.UTF8.GetBytes(Text(v)), (r, i) => r.GetFieldValue<byte[]>(i)),
        new CopyColumnType("timestamptz", ToInstant, (r, i) => r.GetFieldValue<DateTimeOffset>(i)),
        new CopyColumnType("date", v => DateOnly.Parse(Text(v), Invariant), (r, i) => r.GetFieldValue<DateOnly>(i)),
        new CopyColumnType("uuid", v => v is byte[] bytes ? new Guid(bytes) : Guid.Parse(Text(v)), (r, i) => r.GetGuid(i)),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The type for a udt_name, or null for one the copy does not know (arrays, json, …: the schema has none).</summary>
    public static CopyColumnType? Find(string udtName) => Known.GetValueOrDefault(udtName);

    /// <summary>
    /// The text the checksum hashes for one value: the converted source value and the value read back from PostgreSQL
    /// both come through here, so equal data gives equal text whichever side it came from.
    /// </summary>
    public static string Canonical(object? value) => value switch
    {
        null or DBNull => "null",
        bool b => b ? "true" : "false",
        short or int or long => Convert.ToInt64(value, Invariant).ToString(Invariant),
        float f => f.ToString("R", Invariant),
        double d => d.ToString("R", Invariant),
        decimal m => (m / 1.000000000000000000000000000000000m).ToString(Invariant), // drops trailing zeros: 1.50 = 1.5
        string s => s,
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTimeOffset instant => instant.UtcTicks.ToString(Invariant),
        DateOnly day => day.DayNumber.ToString(Invariant),
        Guid id => id.ToString("D"),
        _ => throw new InvalidOperationException($"No canonical text for a {value.GetType().Name}."),
    };

    // Booleans arrive as 0/1 (EF, and Quartz's BIT columns); text forms are accepted for hand-made rows.
    private static object ToBoolean(object value) => value switch
    {
        long l => l != 0,
        double d => d != 0,
        string s when long.TryParse(s, NumberStyles.Integer, Invariant, out var l) => l != 0,
        string s => bool.Parse(s),
        _ => throw new FormatException($"Cannot read a {value.GetType().Name} as a boolean."),
    };

    private static string Text(object value) => value switch
    {
        string s => s,
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        _ => Convert.ToString(value, Invariant)!,
    };

    // timestamptz takes instants in UTC only (Npgsql refuses other offsets).
    private static object ToInstant(object value)
    {
        var text = Text(value);
        var instant = DateTimeOffset.TryParseExact(text, SqliteDateTimeOffset, Invariant, DateTimeStyles.None, out var exact)
            ? exact
            : DateTimeOffset.Parse(text, Invariant, DateTimeStyles.AssumeUniversal);
        return instant.ToUniversalTime();
    }
}

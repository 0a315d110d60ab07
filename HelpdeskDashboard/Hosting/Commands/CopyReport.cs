using System.Globalization;

namespace HelpdeskDashboard.Hosting.Commands;

/// <summary>The copy's report: one line per table (rows, checksum, ok/DIFFERENT) and a total.</summary>
internal sealed class CopyReport(TextWriter output)
{
    private long _rows;
    private int _tables;
    private int _different;

    public async Task TableAsync(string table, RowChecksum source, RowChecksum target)
    {
        _tables++;
        _rows += source.Rows;
        if (source.Rows == target.Rows && source.Sum == target.Sum)
        {
            await output.WriteLineAsync(Line(table, source, "ok"));
            return;
        }

        _different++;
        await output.WriteLineAsync(Line(table, source, "DIFFERENT"));
        await output.WriteLineAsync(Line("  in the target", target, ""));
    }

    public Task TargetOnlyAsync(string table) =>
        output.WriteLineAsync($"{table,-32} not in the source, left empty");

    /// <summary>Writes the total; true when every table matched.</summary>
    public async Task<bool> TotalAsync()
    {
        var verdict = _different == 0 ? "all equal" : $"{_different.ToString(CultureInfo.InvariantCulture)} DIFFERENT";
        await output.WriteLineAsync(FormattableString.Invariant($"Total: {_tables} tables, {_rows} rows, {verdict}"));
        return _different == 0;
    }

    private static string Line(string table, RowChecksum rows, string verdict) =>
        FormattableString.Invariant($"{table,-32} {rows.Rows,12} rows  checksum {rows.Sum:x16}  {verdict}").TrimEnd();
}

using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace HelpdeskDashboard.Features.Orders;

/// <summary>The parsed file: its orders (row 1 = first data line) and problems the validator cannot see (bad numbers, columns).</summary>
public sealed record OrderCsvFile(IReadOnlyList<OrderLine> Lines, IReadOnlyList<OrderRowError> ParseErrors);

/// <summary>
/// Reads the order CSV: a header line naming the columns external_order_id, customer_id, ordered_at, amount and
/// optionally currency (any order, comma separated, RFC 4180 quotes); amounts use a dot as the decimal separator.
/// </summary>
public static class OrderCsvParser
{
    public static readonly string[] RequiredColumns = ["external_order_id", "customer_id", "ordered_at", "amount"];

    public static OrderCsvFile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = ReadRecords(text).Where(r => !(r.Count == 1 && string.IsNullOrWhiteSpace(r[0]))).ToList();
        if (records.Count == 0)
        {
            return new OrderCsvFile([], [new OrderRowError(0, null, "file", "The file is empty.")]);
        }

        var header = records[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return new OrderCsvFile([], [new OrderRowError(0, null, "header",
                $"The header line lacks {string.Join(", ", missing)}; expected {string.Join(",", RequiredColumns)}[,currency].")]);
        }

        int Column(string name) => header.IndexOf(name);
        var lines = new List<OrderLine>();
        var errors = new List<OrderRowError>();
        foreach (var (record, index) in records.Skip(1).Select((r, i) => (r, i + 1)))
        {
            string? Cell(string name) => Column(name) is >= 0 and var at && at < record.Count ? record[at].Trim() : null;
            var line = new OrderLine
            {
                ExternalOrderId = Cell("external_order_id"),
                OrderedAt = Cell("ordered_at"),
                Currency = Cell("currency"),
            };
            if (record.Count != header.Count)
            {
                errors.Add(new OrderRowError(index, line.ExternalOrderId, "row", $"The row has {record.Count} columns; the header has {header.Count}."));
            }

            if (Cell("customer_id") is { Length: > 0 } customer)
            {
                if (int.TryParse(customer, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    line.CustomerId = id;
                }
                else
                {
                    errors.Add(new OrderRowError(index, line.ExternalOrderId, "customerId", $"'{customer}' is not a customer id."));
                }
            }

            if (Cell("amount") is { Length: > 0 } amount)
            {
                if (decimal.TryParse(amount, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros))
                {
                    line.Amount = euros;
                }
                else
                {
                    errors.Add(new OrderRowError(index, line.ExternalOrderId, "amount", $"'{amount}' is not an amount like 1234.50 or -20.00."));
                }
            }

            lines.Add(line);
        }

        return new OrderCsvFile(lines, errors);
    }

    /// <summary>
    /// The file's text when it is UTF-8 (with or without a byte order mark) or UTF-16 with a mark; otherwise null and a
    /// file error. Refused rather than guessed: a Latin-1 "Müller" read as UTF-8 would be stored as "M\uFFFDller".
    /// </summary>
    public static (string? Text, OrderRowError? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        Encoding encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var preamble = 0;
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            preamble = Encoding.UTF8.Preamble.Length;
        }
        else if (bytes.StartsWith(Encoding.Unicode.Preamble))
        {
            (encoding, preamble) = (new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), 2);
        }
        else if (bytes.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            (encoding, preamble) = (new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), 2);
        }

        try
        {
            return (encoding.GetString(bytes[preamble..]), null);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at byte {e.Index + preamble + 1}" : "";
            var value = e.BytesUnknown is { Length: > 0 } unknown ? $" (0x{Convert.ToHexString(unknown)})" : "";
            return (null, new OrderRowError(0, null, "file",
                $"The file is not UTF-8: an unreadable character{value}{at}. Save it as \"CSV UTF-8\" (Excel) or with UTF-8 encoding and upload it again."));
        }
    }

    /// <summary>RFC 4180 records (quoted fields may hold commas, doubled quotes and line breaks), read by Sep.</summary>
    private static List<List<string>> ReadRecords(string text)
    {
        var records = new List<List<string>>();
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
            .FromText(text.TrimStart('\uFEFF'));
        foreach (var row in reader)
        {
            var record = new List<string>(row.ColCount);
            for (var i = 0; i < row.ColCount; i++)
            {
                record.Add(row[i].ToString());
            }

            records.Add(record);
        }

        return records;
    }
}

using System.Globalization;
using System.Text;

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

    /// <summary>RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static IEnumerable<List<string>> ReadRecords(string text)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                record.Add(field.ToString());
                field.Clear();
                yield return record;
                record = [];
            }
            else if (c != '\uFEFF')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}

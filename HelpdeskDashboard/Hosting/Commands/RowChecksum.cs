using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace HelpdeskDashboard.Hosting.Commands;

/// <summary>
/// A table's row count and checksum: the sum (mod 2^64) of a 64-bit hash of each row's canonical text, so it does not
/// depend on the order the rows come in and needs one row in memory at a time.
/// </summary>
internal sealed class RowChecksum
{
    private readonly StringBuilder _row = new();

    public long Rows { get; private set; }

    public ulong Sum { get; private set; }

    public void Add(ReadOnlySpan<object?> values)
    {
        _row.Clear();
        foreach (var value in values)
        {
            // Length-prefixed, so ("ab","c") and ("a","bc") differ, and null differs from the text "null".
            if (value is null or DBNull)
            {
                _row.Append("-;");
                continue;
            }

            var text = CopyColumnType.Canonical(value);
            _row.Append(text.Length).Append(':').Append(text).Append(';');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(_row.ToString()));
        Sum = unchecked(Sum + BinaryPrimitives.ReadUInt64LittleEndian(hash));
        Rows++;
    }
}

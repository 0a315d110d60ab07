using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// A prepared, parameterised INSERT for one entity type whose table and column names and value conversions
/// (enums stored as text) come from the EF model, so raw bulk inserts cannot drift from the mapping. On PostgreSQL
/// rows whose id is not needed are buffered and written by binary COPY, which is several times faster than one
/// round trip per row there; call <see cref="CompleteAsync"/> before committing.
/// </summary>
internal sealed class BulkInsertCommand<TEntity> : IDisposable
{
    private const int CopyBatchRows = 10_000;

    private readonly DbCommand? _command;
    private readonly IProperty[] _properties;
    private readonly PostgreSqlColumns? _postgreSql;
    private readonly NpgsqlConnection? _copyConnection;
    private readonly string? _copySql;
    private readonly List<object?[]> _buffered = [];

    public BulkInsertCommand(DbContext db, IDbContextTransaction transaction, bool returnId, params string[] propertyNames)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not part of the model.");
        var table = entityType.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        _properties = propertyNames
            .Select(name => entityType.FindProperty(name) ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{name} is not mapped."))
            .ToArray();

        var connection = db.Database.GetDbConnection();
        var columns = string.Join(", ", _properties.Select(p => $"\"{p.GetColumnName(store)}\""));
        if (connection is NpgsqlConnection npgsql)
        {
            _postgreSql = new PostgreSqlColumns(_properties);
            if (!returnId)
            {
                _copyConnection = npgsql;
                _copySql = $"COPY \"{table}\" ({columns}) FROM STDIN (FORMAT BINARY)";
                return;
            }
        }

        _command = connection.CreateCommand();
        _command.Transaction = transaction.GetDbTransaction();
        var values = string.Join(", ", _properties.Select((_, i) => $"@p{i}"));
        var returning = returnId ? $" RETURNING \"{entityType.FindPrimaryKey()!.Properties[0].GetColumnName(store)}\"" : "";
        _command.CommandText = $"INSERT INTO \"{table}\" ({columns}) VALUES ({values}){returning}";
        for (var i = 0; i < _properties.Length; i++)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            if (_postgreSql is not null)
            {
                // Npgsql prepares only parameters whose type it knows; none has a value yet.
                ((NpgsqlParameter)parameter).NpgsqlDbType = _postgreSql.Types[i];
            }

            _command.Parameters.Add(parameter);
        }

        _command.Prepare();
    }

    /// <summary>
    /// Inserts one row; values in the order of the property names. Returns the new id when asked for (0 otherwise);
    /// on PostgreSQL a row without its id asked for may only be written by the next COPY.
    /// </summary>
    public async Task<long> InsertAsync(object?[] values, CancellationToken cancellationToken)
    {
        var row = new object?[_properties.Length];
        for (var i = 0; i < _properties.Length; i++)
        {
            var converter = _properties[i].GetTypeMapping().Converter;
            var value = values[i] is { } v && converter is not null ? converter.ConvertToProvider(v) : values[i];
            row[i] = _postgreSql is not null && value is not null ? _postgreSql.Convert(i, value) : value;
        }

        if (_command is null)
        {
            _buffered.Add(row);
            if (_buffered.Count >= CopyBatchRows)
            {
                await CompleteAsync(cancellationToken);
            }

            return 0;
        }

        for (var i = 0; i < row.Length; i++)
        {
            _command.Parameters[i].Value = row[i] ?? DBNull.Value;
        }

        var result = await _command.ExecuteScalarAsync(cancellationToken);
        return result is null or DBNull ? 0 : System.Convert.ToInt64(result, CultureInfo.InvariantCulture);
    }

    /// <summary>Writes the rows still buffered (PostgreSQL's COPY); nothing to do on SQLite. Call before committing.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_copyConnection is null || _buffered.Count == 0)
        {
            return;
        }

        await using (var importer = await _copyConnection.BeginBinaryImportAsync(_copySql!, cancellationToken))
        {
            foreach (var row in _buffered)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is { } value)
                    {
                        await importer.WriteAsync(value, _postgreSql!.Types[i], cancellationToken);
                    }
                    else
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        _buffered.Clear();
    }

    /// <summary>Rows still buffered are dropped (not thrown about: that would hide the error that skipped the commit).</summary>
    public void Dispose() => _command?.Dispose();

    /// <summary>
    /// The PostgreSQL type of each column, from the provider type of its property: binary COPY and prepared parameters
    /// send values in exactly that type, so an id read as a long becomes the integer the column holds.
    /// </summary>
    private sealed class PostgreSqlColumns
    {
        private readonly Type[] _clrTypes;

        public PostgreSqlColumns(IProperty[] properties)
        {
            _clrTypes = properties
                .Select(p => p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType)
                .Select(t => Nullable.GetUnderlyingType(t) ?? t)
                .ToArray();
            Types = _clrTypes.Select(TypeOf).ToArray();
        }

        public NpgsqlDbType[] Types { get; }

        public object Convert(int column, object value) =>
            value.GetType() == _clrTypes[column] ? value : System.Convert.ChangeType(value, _clrTypes[column], CultureInfo.InvariantCulture);

        private static NpgsqlDbType TypeOf(Type type) =>
            type == typeof(int) ? NpgsqlDbType.Integer
            : type == typeof(long) ? NpgsqlDbType.Bigint
            : type == typeof(short) ? NpgsqlDbType.Smallint
            : type == typeof(bool) ? NpgsqlDbType.Boolean
            : type == typeof(string) ? NpgsqlDbType.Text
            : type == typeof(double) ? NpgsqlDbType.Double
            : type == typeof(decimal) ? NpgsqlDbType.Numeric
            : type == typeof(DateOnly) ? NpgsqlDbType.Date
            : throw new NotSupportedException($"Bulk inserts do not write {type.Name} columns on PostgreSQL.");
    }
}

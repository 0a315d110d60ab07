using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// A prepared, parameterised INSERT for one entity type whose table and column names and value conversions
/// (enums stored as text) come from the EF model, so raw bulk inserts cannot drift from the mapping.
/// </summary>
internal sealed class BulkInsertCommand<TEntity> : IDisposable
{
    private readonly DbCommand _command;
    private readonly IProperty[] _properties;

    public BulkInsertCommand(DbContext db, IDbContextTransaction transaction, bool returnId, params string[] propertyNames)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not part of the model.");
        var table = entityType.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        _properties = propertyNames
            .Select(name => entityType.FindProperty(name) ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{name} is not mapped."))
            .ToArray();

        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = transaction.GetDbTransaction();
        var columns = string.Join(", ", _properties.Select(p => $"\"{p.GetColumnName(store)}\""));
        var values = string.Join(", ", _properties.Select((_, i) => $"$p{i}"));
        var returning = returnId ? $" RETURNING \"{entityType.FindPrimaryKey()!.Properties[0].GetColumnName(store)}\"" : "";
        _command.CommandText = $"INSERT INTO \"{table}\" ({columns}) VALUES ({values}){returning}";
        for (var i = 0; i < _properties.Length; i++)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = $"$p{i}";
            _command.Parameters.Add(parameter);
        }

        _command.Prepare();
    }

    /// <summary>Inserts one row; values in the order of the property names. Returns the new id when asked for.</summary>
    public async Task<long> InsertAsync(object?[] values, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _properties.Length; i++)
        {
            var converter = _properties[i].GetTypeMapping().Converter;
            var value = values[i] is { } v && converter is not null ? converter.ConvertToProvider(v) : values[i];
            _command.Parameters[i].Value = value ?? DBNull.Value;
        }

        var result = await _command.ExecuteScalarAsync(cancellationToken);
        return result is null or DBNull ? 0 : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _command.Dispose();
}

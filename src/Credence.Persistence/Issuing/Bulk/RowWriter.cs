using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Credence.Persistence.Issuing.Bulk;

/// <summary>Inserts many rows of one table through the context's connection and transaction, without change tracking:
/// one prepared command reused per row on SQLite (in-process, so a statement costs microseconds), one <see cref="DbBatch"/>
/// per call where the provider supports batches (PostgreSQL: one round trip).</summary>
/// <remarks>Values are converted the way the EF model stores them: enums as names, and on SQLite GUIDs as upper-case text;
/// PostgreSQL <c>timestamptz</c> takes UTC offsets only.</remarks>
internal sealed class RowWriter
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly bool _sqlite;

    public RowWriter(CredenceDbContext db)
    {
        _connection = db.Database.GetDbConnection();
        _transaction = (db.Database.CurrentTransaction ?? throw new InvalidOperationException("RowWriter needs an open transaction.")).GetDbTransaction();
        _sqlite = db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
    }

    public async Task InsertAsync(string table, string[] columns, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => "\"" + c + "\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
        if (!_sqlite && _connection.CanCreateBatch)
        {
            using var batch = _connection.CreateBatch();
            batch.Transaction = _transaction;
            foreach (var row in rows)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = sql;
                for (var i = 0; i < columns.Length; i++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = "p" + i.ToString(CultureInfo.InvariantCulture);
                    parameter.Value = Convert(row[i]);
                    command.Parameters.Add(parameter);
                }

                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        using var insert = _connection.CreateCommand();
        insert.Transaction = _transaction;
        insert.CommandText = sql;
        var parameters = new DbParameter[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            parameters[i] = insert.CreateParameter();
            parameters[i].ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            insert.Parameters.Add(parameters[i]);
        }

        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i].Value = Convert(row[i]);
            }

            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private object Convert(object? value) => value switch
    {
        null => DBNull.Value,
        Enum e => e.ToString(),
        Guid g when _sqlite => g.ToString("D").ToUpperInvariant(),
        DateTimeOffset d when !_sqlite => d.ToUniversalTime(),
        _ => value,
    };
}

using Microsoft.Data.Sqlite;

namespace NewsArchive.Storage;

/// <summary>One SQL text with its parameter names, in the order their values are given.</summary>
internal sealed record Statement(string Sql, params string[] Parameters);

/// <summary>
/// The index's per-article statements, each prepared once per connection and only bound anew for every row.
/// Made afresh for every row (as they were), preparing them (parsing the SQL, planning it) cost more of an
/// import's writer than running them.
/// </summary>
internal sealed class PreparedStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<Statement, SqliteCommand> _commands = new(ReferenceEqualityComparer.Instance);

    /// <summary>The statement's command in <paramref name="transaction"/>, its parameters bound to <paramref name="values"/> (null is SQL NULL).</summary>
    public SqliteCommand Bind(Statement statement, SqliteTransaction? transaction, params ReadOnlySpan<object?> values)
    {
        if (values.Length != statement.Parameters.Length)
            throw new ArgumentException($"{statement.Parameters.Length} values expected, {values.Length} given", nameof(values));
        if (!_commands.TryGetValue(statement, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = statement.Sql;
            foreach (var name in statement.Parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
            _commands[statement] = command;
        }
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LiqunCompliance.Web.Data;

/// <summary>The few SQL fragments the model writes by hand, per provider (PostgreSQL folds unquoted names to lower case).</summary>
public sealed record SqlDialect(bool IsPostgreSql)
{
    public static SqlDialect For(DatabaseFacade database) => new(database.IsNpgsql());

    /// <summary>A column name as it must appear in hand-written SQL.</summary>
    public string Column(string name) => IsPostgreSql ? $"\"{name}\"" : name;

    /// <summary>A date as 'yyyy-MM-dd' text; on PostgreSQL through an IMMUTABLE function (created by the first migration) so a generated column may use it.</summary>
    public string DateKey(string column) => IsPostgreSql ? $"liqun_date_key({Column(column)})" : column;
}

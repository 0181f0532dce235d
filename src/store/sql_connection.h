// The few things the store needs from a SQL database, so that its logic
// (sql_store.cc) is written once for SQLite and PostgreSQL.
#ifndef FORM4_STORE_SQL_CONNECTION_H_
#define FORM4_STORE_SQL_CONNECTION_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "form4/sec_tables.h"
#include "form4/status.h"

namespace form4::internal {

enum class SqlDialect { kSqlite, kPostgres };

/// One result row; nullopt is NULL. Values come back as text.
using SqlRow = std::vector<std::optional<std::string>>;

/// One statement with its parameters.
struct SqlStatement {
  std::string sql;
  std::vector<SecValue> params;
};

/// A connection. Statements use `?` placeholders (PostgreSQL's are rewritten
/// to `$n`), bound as text, and are prepared once and reused. Not thread-safe.
class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  virtual SqlDialect dialect() const = 0;

  /// Runs `sql` (one or more statements, no parameters).
  virtual Status Exec(const std::string& sql) = 0;

  /// True when the last failed statement broke a uniqueness constraint (another
  /// connection stored the same filing a moment before) or was chosen to end a
  /// deadlock with another connection: worth trying again after a commit.
  virtual bool LastErrorWasConflict() const = 0;

  /// Runs one statement with `params` and returns its rows.
  virtual Result<std::vector<SqlRow>> Query(const std::string& sql, const std::vector<SecValue>& params) = 0;

  /// Runs one statement with `params`, discarding any rows.
  Status Run(const std::string& sql, const std::vector<SecValue>& params) {
    Result<std::vector<SqlRow>> rows = Query(sql, params);
    return rows.ok() ? Status::Ok() : rows.status();
  }

  /// Runs `statements` in order, discarding rows, stopping at the first error.
  /// A server connection sends them in one round trip.
  virtual Status RunAll(const std::vector<SqlStatement>& statements) {
    for (const SqlStatement& statement : statements) FORM4_TRY(Run(statement.sql, statement.params));
    return Status::Ok();
  }
};

/// Opens the SQLite database at `path` in WAL mode.
Result<std::unique_ptr<SqlConnection>> ConnectSqlite(const std::string& path);

/// Connects to the PostgreSQL server named by `url`.
Result<std::unique_ptr<SqlConnection>> ConnectPostgres(const std::string& url);

}  // namespace form4::internal

#endif  // FORM4_STORE_SQL_CONNECTION_H_

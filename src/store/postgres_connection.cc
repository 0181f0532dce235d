// SqlConnection over libpq: text parameters, server-side prepared statements.
#include <libpq-fe.h>

#include <map>
#include <string_view>

#include "store/sql_connection.h"

namespace form4::internal {
namespace {

// "... a = ? AND b = ?" -> "... a = $1 AND b = $2". The store's SQL has no `?`
// inside string literals, so every `?` is a placeholder.
std::string NumberPlaceholders(const std::string& sql) {
  std::string out;
  int next = 1;
  for (char c : sql) {
    if (c == '?') {
      out += '$';
      out += std::to_string(next++);
    } else {
      out += c;
    }
  }
  return out;
}

class PostgresConnection final : public SqlConnection {
 public:
  explicit PostgresConnection(PGconn* connection) : connection_(connection) {}
  ~PostgresConnection() override { PQfinish(connection_); }
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }

  bool LastErrorWasConflict() const override { return last_error_was_conflict_; }

  Status Exec(const std::string& sql) override {
    PGresult* result = PQexec(connection_, sql.c_str());
    Status status = Check(result);
    PQclear(result);
    return status;
  }

  // One simple-protocol query holding every statement, parameters inlined as
  // escaped literals: one round trip instead of one per statement, which is what
  // bounds the ingest speed against a server. PostgreSQL runs a multi-statement
  // query as one unit, so an error leaves none of it applied.
  Status RunAll(const std::vector<SqlStatement>& statements) override {
    std::string script;
    for (const SqlStatement& statement : statements) {
      size_t next = 0;
      for (char c : statement.sql) {
        if (c != '?') {
          script += c;
          continue;
        }
        if (next >= statement.params.size()) return Status::Internal("too few parameters for: " + statement.sql);
        const SecValue& param = statement.params[next++];
        if (!param) {
          script += "NULL";
          continue;
        }
        char* literal = PQescapeLiteral(connection_, param->data(), param->size());
        if (literal == nullptr) return Status::IoError("postgresql: " + std::string(PQerrorMessage(connection_)));
        script += literal;
        PQfreemem(literal);
      }
      script += ";\n";
    }
    return Exec(script);
  }

  Result<std::vector<SqlRow>> Query(const std::string& sql, const std::vector<SecValue>& params) override {
    Result<std::string> name = Prepare(sql);
    if (!name.ok()) return name.status();
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const SecValue& param : params) values.push_back(param ? param->c_str() : nullptr);
    PGresult* result = PQexecPrepared(connection_, name->c_str(), static_cast<int>(values.size()), values.data(),
                                      nullptr, nullptr, 0);
    Status status = Check(result);
    if (!status.ok()) {
      PQclear(result);
      return status;
    }
    std::vector<SqlRow> rows;
    const int row_count = PQntuples(result);
    const int column_count = PQnfields(result);
    for (int row_index = 0; row_index < row_count; ++row_index) {
      SqlRow row;
      for (int column = 0; column < column_count; ++column) {
        if (PQgetisnull(result, row_index, column)) {
          row.emplace_back();
        } else {
          row.emplace_back(std::string(PQgetvalue(result, row_index, column),
                                       static_cast<size_t>(PQgetlength(result, row_index, column))));
        }
      }
      rows.push_back(std::move(row));
    }
    PQclear(result);
    return rows;
  }

 private:
  Result<std::string> Prepare(const std::string& sql) {
    const auto cached = statements_.find(sql);
    if (cached != statements_.end()) return cached->second;
    std::string name = "form4_" + std::to_string(statements_.size());
    PGresult* result = PQprepare(connection_, name.c_str(), NumberPlaceholders(sql).c_str(), 0, nullptr);
    Status status = Check(result);
    PQclear(result);
    if (!status.ok()) return status;
    statements_.emplace(sql, name);
    return name;
  }

  Status Check(PGresult* result) {
    const ExecStatusType code = PQresultStatus(result);
    if (code == PGRES_COMMAND_OK || code == PGRES_TUPLES_OK) return Status::Ok();
    constexpr std::string_view kUniqueViolation = "23505";
    constexpr std::string_view kDeadlockDetected = "40P01";
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    last_error_was_conflict_ = state != nullptr && (state == kUniqueViolation || state == kDeadlockDetected);
    std::string message = result ? PQresultErrorMessage(result) : PQerrorMessage(connection_);
    while (!message.empty() && message.back() == '\n') message.pop_back();
    return Status::IoError("postgresql: " + message);
  }

  PGconn* connection_;
  std::map<std::string, std::string> statements_;
  bool last_error_was_conflict_ = false;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> ConnectPostgres(const std::string& url) {
  PGconn* connection = PQconnectdb(url.c_str());
  if (PQstatus(connection) != CONNECTION_OK) {
    std::string message = PQerrorMessage(connection);
    while (!message.empty() && message.back() == '\n') message.pop_back();
    PQfinish(connection);
    // libpq's message names the host and port; the URL is not repeated, as it may hold a password.
    return Status::IoError("postgresql: cannot connect: " + message);
  }
  auto wrapped = std::make_unique<PostgresConnection>(connection);
  // The store's own messages are enough; NOTICEs ("relation exists, skipping") are noise.
  Status status = wrapped->Exec("SET client_min_messages = warning");
  if (!status.ok()) return status;
  return std::unique_ptr<SqlConnection>(std::move(wrapped));
}

}  // namespace form4::internal

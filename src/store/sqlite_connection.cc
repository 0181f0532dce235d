// SqlConnection over SQLite3: one database file, WAL journal, cached statements.
#include <sqlite3.h>

#include <chrono>
#include <map>
#include <thread>

#include "store/sql_connection.h"

namespace form4::internal {
namespace {

class SqliteConnection final : public SqlConnection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
    sqlite3_close(db_);
  }
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }

  bool LastErrorWasConflict() const override {
    const int code = sqlite3_extended_errcode(db_);
    return code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY;
  }

  Status Exec(const std::string& sql) override {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return Status::Ok();
    Status error = Error(message ? message : sqlite3_errmsg(db_));
    sqlite3_free(message);
    return error;
  }

  Result<std::vector<SqlRow>> Query(const std::string& sql, const std::vector<SecValue>& params) override {
    Result<sqlite3_stmt*> prepared = Prepare(sql);
    if (!prepared.ok()) return prepared.status();
    sqlite3_stmt* statement = *prepared;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    for (size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i + 1);
      const int rc = params[i] ? sqlite3_bind_text(statement, index, params[i]->data(),
                                                   static_cast<int>(params[i]->size()), SQLITE_TRANSIENT)
                               : sqlite3_bind_null(statement, index);
      if (rc != SQLITE_OK) return Error(sqlite3_errmsg(db_));
    }
    std::vector<SqlRow> rows;
    for (;;) {
      const int rc = sqlite3_step(statement);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        Status error = Error(sqlite3_errmsg(db_));
        sqlite3_reset(statement);
        return error;
      }
      SqlRow row;
      const int columns = sqlite3_column_count(statement);
      for (int column = 0; column < columns; ++column) {
        const unsigned char* text = sqlite3_column_text(statement, column);
        if (text == nullptr) {
          row.emplace_back();
        } else {
          row.emplace_back(std::string(reinterpret_cast<const char*>(text),
                                       static_cast<size_t>(sqlite3_column_bytes(statement, column))));
        }
      }
      rows.push_back(std::move(row));
    }
    sqlite3_reset(statement);
    return rows;
  }

 private:
  Result<sqlite3_stmt*> Prepare(const std::string& sql) {
    const auto cached = statements_.find(sql);
    if (cached != statements_.end()) return cached->second;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK) {
      return Error(sqlite3_errmsg(db_));
    }
    statements_.emplace(sql, statement);
    return statement;
  }

  static Status Error(const std::string& message) { return Status::IoError("sqlite: " + message); }

  sqlite3* db_;
  std::map<std::string, sqlite3_stmt*> statements_;
};

// Switches `db` to the WAL journal. The switch needs the file to itself, and
// SQLite reports SQLITE_BUSY without calling the busy handler while another
// process opens the same new file, so it is retried for up to `patience`.
int UseWriteAheadLog(sqlite3* db, std::chrono::milliseconds patience) {
  const auto deadline = std::chrono::steady_clock::now() + patience;
  for (;;) {
    const int rc = sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    if (rc != SQLITE_BUSY || std::chrono::steady_clock::now() >= deadline) return rc;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

}  // namespace

Result<std::unique_ptr<SqlConnection>> ConnectSqlite(const std::string& path) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::IoError(path + ": cannot open SQLite database: " + message);
  }
  auto connection = std::make_unique<SqliteConnection>(db);
  // WAL: readers never block the writer. synchronous=NORMAL: a killed process
  // never loses a committed transaction (only a power cut can lose the last ones).
  sqlite3_busy_timeout(db, 10000);
  if (UseWriteAheadLog(db, std::chrono::milliseconds(10000)) != SQLITE_OK) {
    return Status::IoError(path + ": sqlite: " + sqlite3_errmsg(db));
  }
  Status status = connection->Exec("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
  if (!status.ok()) return Status::IoError(path + ": " + status.message());
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

}  // namespace form4::internal

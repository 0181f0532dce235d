// The Store over a SqlConnection: schema, exactly-once writes, amendment links.
// docs/schema.md is the user's description of what this creates.
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <string_view>

#include <fmt/format.h>

#include "form4/json.h"
#include "form4/store.h"
#include "store/sql_connection.h"

namespace form4 {
namespace {

using internal::SqlConnection;
using internal::SqlDialect;
using internal::SqlRow;

// The row tables an amendment can restate; each has a CURRENT_<name> view.
constexpr std::array<SecTable, 4> kRowTables = {SecTable::kNonDerivTrans, SecTable::kNonDerivHolding,
                                                SecTable::kDerivTrans, SecTable::kDerivHolding};

std::string_view SqlType(SecType type, SqlDialect dialect) {
  const bool pg = dialect == SqlDialect::kPostgres;
  switch (type) {
    case SecType::kText:
      return "TEXT";
    case SecType::kNumber:
      return "NUMERIC";
    case SecType::kDate:
      return pg ? "DATE" : "TEXT";
    case SecType::kFlag:
      return pg ? "SMALLINT" : "INTEGER";
    case SecType::kKey:
      return "INTEGER";
  }
  return "TEXT";
}

size_t ColumnIndex(SecTable table, std::string_view name) {
  const SecTableSpec& spec = SecTableOf(table);
  for (size_t i = 0; i < spec.columns.size(); ++i) {
    if (spec.columns[i].name == name) return i;
  }
  return 0;  // unreachable for the names used below, which every spec has
}

SecValue Cell(const SecRows& rows, SecTable table, std::string_view column) {
  if (rows[table].empty()) return std::nullopt;
  return rows[table].front()[ColumnIndex(table, column)];
}

// FILING_ID refers to FILING, but is not declared a foreign key: the store
// writes these rows only with their FILING row, in one savepoint, and a check
// per row would halve PostgreSQL's ingest speed.
std::string TableDdl(const SecTableSpec& spec, SqlDialect dialect) {
  const std::string_view id_type = dialect == SqlDialect::kPostgres ? "BIGINT" : "INTEGER";
  std::string ddl = fmt::format("CREATE TABLE IF NOT EXISTS {} (\n  FILING_ID {} NOT NULL",
                                spec.name, id_type);
  std::string_view key;
  for (const SecColumn& column : spec.columns) {
    ddl += fmt::format(",\n  {} {}", column.name, SqlType(column.type, dialect));
    if (column.type == SecType::kKey) key = column.name;
  }
  if (spec.table == SecTable::kSubmission) {
    ddl += ",\n  PRIMARY KEY (FILING_ID)";
  } else if (!key.empty()) {
    ddl += fmt::format(",\n  PRIMARY KEY (FILING_ID, {})", key);
  }
  ddl += "\n);\n";
  if (spec.table != SecTable::kSubmission && key.empty()) {
    ddl += fmt::format("CREATE INDEX IF NOT EXISTS {0}_FILING ON {0} (FILING_ID);\n", spec.name);
  }
  return ddl;
}

// Rows of table T are current unless a later filing of the same amendment
// family (the original and the amendments linked to it) also has rows in T:
// an amendment supersedes only the tables it restates.
std::string CurrentViewDdl(std::string_view table, SqlDialect dialect) {
  const std::string_view create =
      dialect == SqlDialect::kPostgres ? "CREATE OR REPLACE VIEW" : "CREATE VIEW IF NOT EXISTS";
  return fmt::format(
      "{0} CURRENT_{1} AS\n"
      "SELECT t.* FROM {1} t JOIN FILING f ON f.FILING_ID = t.FILING_ID\n"
      "WHERE NOT EXISTS (\n"
      "  SELECT 1 FROM FILING g\n"
      "  WHERE g.AMENDS_FILING_ID = COALESCE(f.AMENDS_FILING_ID, f.FILING_ID) AND g.FILING_ID <> f.FILING_ID\n"
      "    AND (f.AMENDS_FILING_ID IS NULL\n"
      "         OR (COALESCE(g.FILING_DATE, '0001-01-01'), g.FILING_ID)\n"
      "            > (COALESCE(f.FILING_DATE, '0001-01-01'), f.FILING_ID))\n"
      "    AND EXISTS (SELECT 1 FROM {1} u WHERE u.FILING_ID = g.FILING_ID));\n",
      create, table);
}

std::string SchemaDdl(SqlDialect dialect) {
  const bool pg = dialect == SqlDialect::kPostgres;
  std::string ddl = fmt::format(
      "CREATE TABLE IF NOT EXISTS FILING (\n"
      "  FILING_ID {0},\n"
      "  ACCESSION_NUMBER TEXT UNIQUE,\n"
      "  FACTS_HASH TEXT NOT NULL,\n"
      "  DOCUMENT_TYPE TEXT,\n"
      "  FILING_DATE {1},\n"
      "  ACCEPTANCE_DATETIME TEXT,\n"
      "  AMENDS_FILING_ID {2} REFERENCES FILING,\n"
      "  DOCUMENT {3} NOT NULL,\n"
      "  INGESTED_AT {4}\n"
      ");\n"
      "CREATE UNIQUE INDEX IF NOT EXISTS FILING_FACTS_WITHOUT_ACCESSION ON FILING (FACTS_HASH)\n"
      "  WHERE ACCESSION_NUMBER IS NULL;\n"
      "CREATE INDEX IF NOT EXISTS FILING_FACTS ON FILING (FACTS_HASH);\n"
      "CREATE INDEX IF NOT EXISTS FILING_AMENDS ON FILING (AMENDS_FILING_ID);\n"
      "CREATE TABLE IF NOT EXISTS FILING_SOURCE (\n"
      "  CONTENT_HASH TEXT PRIMARY KEY,\n"
      "  FILING_ID {2} NOT NULL REFERENCES FILING,\n"
      "  FORMAT TEXT NOT NULL,\n"
      "  PATH TEXT NOT NULL\n"
      ");\n"
      "CREATE INDEX IF NOT EXISTS FILING_SOURCE_FILING ON FILING_SOURCE (FILING_ID);\n"
      "CREATE TABLE IF NOT EXISTS FILING_WARNING (\n"
      "  FILING_ID {2} NOT NULL REFERENCES FILING,\n"
      "  SEQ INTEGER NOT NULL,\n"
      "  RULE TEXT NOT NULL,\n"
      "  SEVERITY TEXT NOT NULL,\n"
      "  PATH TEXT NOT NULL,\n"
      "  MESSAGE TEXT NOT NULL,\n"
      "  PRIMARY KEY (FILING_ID, SEQ)\n"
      ");\n",
      pg ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY" : "INTEGER PRIMARY KEY",
      pg ? "DATE" : "TEXT", pg ? "BIGINT" : "INTEGER", pg ? "JSON" : "TEXT",
      pg ? "TIMESTAMPTZ DEFAULT now()" : "TEXT DEFAULT CURRENT_TIMESTAMP");
  for (const SecTableSpec& spec : SecTables()) ddl += TableDdl(spec, dialect);
  ddl +=
      "CREATE INDEX IF NOT EXISTS SUBMISSION_ISSUER ON SUBMISSION (ISSUERCIK, DOCUMENT_TYPE);\n"
      "CREATE INDEX IF NOT EXISTS SUBMISSION_ACCESSION ON SUBMISSION (ACCESSION_NUMBER);\n"
      "CREATE INDEX IF NOT EXISTS REPORTINGOWNER_OWNER ON REPORTINGOWNER (RPTOWNERCIK);\n";
  for (SecTable table : kRowTables) ddl += CurrentViewDdl(SecTableOf(table).name, dialect);
  return ddl;
}

// Rows go in multi-row INSERTs, a statement per table and filing. Chunks stay
// far below both databases' limits on bound parameters.
constexpr size_t kRowsPerInsert = 256;

std::string InsertSql(const SecTableSpec& spec, size_t rows) {
  std::string columns = "FILING_ID";
  std::string marks = "(?";
  for (const SecColumn& column : spec.columns) {
    columns += fmt::format(", {}", column.name);
    marks += ", ?";
  }
  marks += ')';
  std::string sql = fmt::format("INSERT INTO {} ({}) VALUES {}", spec.name, columns, marks);
  for (size_t row = 1; row < rows; ++row) {
    sql += ", ";
    sql += marks;
  }
  return sql;
}

class SqlStore final : public Store {
 public:
  explicit SqlStore(std::unique_ptr<SqlConnection> db) : db_(std::move(db)) {}

  Status CreateSchema() {
    // Concurrent schema creation by two ingests is serialized: PostgreSQL by a
    // lock, SQLite by taking the write lock first (a deferred transaction that
    // reads the schema and then writes cannot wait for the other writer: it
    // fails at once with SQLITE_BUSY).
    if (db_->dialect() == SqlDialect::kPostgres) {
      FORM4_TRY(db_->Exec("BEGIN; SELECT pg_advisory_xact_lock(4004);\n" + SchemaDdl(db_->dialect()) + "COMMIT;"));
      return Status::Ok();
    }
    return db_->Exec("BEGIN IMMEDIATE;\n" + SchemaDdl(db_->dialect()) + "COMMIT;");
  }

  Result<std::vector<std::string>> ContentHashes() override {
    Result<std::vector<SqlRow>> rows = db_->Query("SELECT CONTENT_HASH FROM FILING_SOURCE", {});
    if (!rows.ok()) return rows.status();
    std::vector<std::string> hashes;
    hashes.reserve(rows->size());
    for (SqlRow& row : *rows) hashes.push_back(std::move(*row[0]));
    return hashes;
  }

  Result<PutOutcome> Put(const PreparedFiling& filing) override {
    // Another ingest into the same server may store the same filing between our
    // lookup and our insert, or hold rows we wait for while it waits for ours
    // (a deadlock). Either way: undo this filing, commit the ones before it so
    // the other side can go on, and look again.
    constexpr int kAttempts = 3;
    for (int attempt = 1;; ++attempt) {
      FORM4_TRY(Begin());
      FORM4_TRY(db_->Exec("SAVEPOINT filing"));
      Result<PutOutcome> outcome = PutInSavepoint(filing);
      const bool conflict = !outcome.ok() && db_->LastErrorWasConflict();
      if (!outcome.ok()) FORM4_TRY(db_->Exec("ROLLBACK TO SAVEPOINT filing"));
      FORM4_TRY(db_->Exec("RELEASE SAVEPOINT filing"));
      if (!conflict || attempt == kAttempts) return outcome;
      FORM4_TRY(Commit());
    }
  }

  Status Begin() {
    if (in_transaction_) return Status::Ok();
    // SQLite: take the write lock now, waiting for another writer's commit;
    // a deferred transaction would instead fail when it first writes.
    FORM4_TRY(db_->Exec(db_->dialect() == SqlDialect::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN"));
    in_transaction_ = true;
    return Status::Ok();
  }

  Status Commit() override {
    if (!in_transaction_) return Status::Ok();
    in_transaction_ = false;
    return db_->Exec("COMMIT");
  }

 private:
  Result<std::optional<std::string>> FindOne(const std::string& sql, const std::vector<SecValue>& params) {
    Result<std::vector<SqlRow>> rows = db_->Query(sql, params);
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return std::optional<std::string>();
    return (*rows)[0][0];
  }

  Result<PutOutcome> PutInSavepoint(const PreparedFiling& filing) {
    if (filing.accession_number) {
      Result<std::optional<std::string>> same_accession =
          FindOne("SELECT FILING_ID FROM FILING WHERE ACCESSION_NUMBER = ?", {filing.accession_number});
      if (!same_accession.ok()) return same_accession.status();
      if (*same_accession) {
        FORM4_TRY(AddSource(**same_accession, filing));
        return PutOutcome::kDuplicate;
      }
    }
    // The same facts: the same filing read from another rendering. Two filings
    // that both carry (different) accession numbers are distinct, whatever their facts.
    Result<std::optional<std::string>> same_facts = FindOne(
        filing.accession_number
            ? "SELECT FILING_ID FROM FILING WHERE FACTS_HASH = ? AND ACCESSION_NUMBER IS NULL"
            : "SELECT FILING_ID FROM FILING WHERE FACTS_HASH = ? ORDER BY FILING_ID LIMIT 1",
        {filing.facts_hash});
    if (!same_facts.ok()) return same_facts.status();
    if (*same_facts) {
      FORM4_TRY(AddSource(**same_facts, filing));
      if (!filing.accession_number) return PutOutcome::kDuplicate;
      FORM4_TRY(CompleteAccession(**same_facts, filing));
      return PutOutcome::kCompleted;
    }
    Result<std::string> id = Insert(filing);
    if (!id.ok()) return id.status();
    FORM4_TRY(LinkAmendments(*id, filing));
    return PutOutcome::kStored;
  }

  static internal::SqlStatement SourceStatement(const std::string& id, const PreparedFiling& filing) {
    return {"INSERT INTO FILING_SOURCE (CONTENT_HASH, FILING_ID, FORMAT, PATH) VALUES (?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            {filing.content_hash, id, filing.format, filing.path}};
  }

  Status AddSource(const std::string& id, const PreparedFiling& filing) {
    internal::SqlStatement statement = SourceStatement(id, filing);
    return db_->Run(statement.sql, statement.params);
  }

  Result<std::string> Insert(const PreparedFiling& filing) {
    Result<std::optional<std::string>> id = FindOne(
        "INSERT INTO FILING (ACCESSION_NUMBER, FACTS_HASH, DOCUMENT_TYPE, FILING_DATE, ACCEPTANCE_DATETIME, "
        "DOCUMENT) VALUES (?, ?, ?, ?, ?, ?) RETURNING FILING_ID",
        {filing.accession_number, filing.facts_hash, Cell(filing.rows, SecTable::kSubmission, "DOCUMENT_TYPE"),
         Cell(filing.rows, SecTable::kSubmission, "FILING_DATE"), filing.acceptance_datetime,
         filing.document_json});
    if (!id.ok()) return id.status();
    if (!*id) return Status::Internal("INSERT INTO FILING returned no FILING_ID");
    const std::string& filing_id = **id;
    std::vector<internal::SqlStatement> statements;
    statements.push_back(SourceStatement(filing_id, filing));
    for (size_t i = 0; i < filing.warnings.size(); ++i) {
      const Warning& warning = filing.warnings[i];
      statements.push_back(
          {"INSERT INTO FILING_WARNING (FILING_ID, SEQ, RULE, SEVERITY, PATH, MESSAGE) VALUES (?, ?, ?, ?, ?, ?)",
           {filing_id, std::to_string(i + 1), warning.rule, warning.severity, warning.path, warning.message}});
    }
    for (const SecTableSpec& spec : SecTables()) AddRowInserts(spec, filing_id, filing.rows[spec.table], statements);
    FORM4_TRY(db_->RunAll(statements));
    return filing_id;
  }

  void AddRowInserts(const SecTableSpec& spec, const std::string& filing_id, const std::vector<SecRow>& rows,
                     std::vector<internal::SqlStatement>& statements) {
    for (size_t begin = 0; begin < rows.size(); begin += kRowsPerInsert) {
      const size_t end = std::min(rows.size(), begin + kRowsPerInsert);
      std::vector<SecValue> params;
      params.reserve((end - begin) * (spec.columns.size() + 1));
      for (size_t i = begin; i < end; ++i) {
        params.emplace_back(filing_id);
        params.insert(params.end(), rows[i].begin(), rows[i].end());
      }
      statements.push_back({InsertSql(spec, end - begin), std::move(params)});
    }
  }

  // The stored copy came without an accession number (a bare XML document);
  // this copy (a full submission) names it, and its filing date.
  Status CompleteAccession(const std::string& id, const PreparedFiling& filing) {
    const SecValue filing_date = Cell(filing.rows, SecTable::kSubmission, "FILING_DATE");
    FORM4_TRY(db_->Run(
        "UPDATE FILING SET ACCESSION_NUMBER = ?, FILING_DATE = COALESCE(FILING_DATE, ?), "
        "ACCEPTANCE_DATETIME = COALESCE(ACCEPTANCE_DATETIME, ?) WHERE FILING_ID = ?",
        {filing.accession_number, filing_date, filing.acceptance_datetime, id}));
    for (const SecTableSpec& spec : SecTables()) {
      FORM4_TRY(db_->Run(fmt::format("UPDATE {} SET ACCESSION_NUMBER = ? WHERE FILING_ID = ?", spec.name),
                         {filing.accession_number, id}));
    }
    FORM4_TRY(db_->Run("UPDATE SUBMISSION SET FILING_DATE = COALESCE(FILING_DATE, ?) WHERE FILING_ID = ?",
                       {filing_date, id}));
    return LinkAmendments(id, filing);
  }

  // An amendment names its original by issuer, reporting owner and the date the
  // original was filed (DATE_OF_ORIG_SUB). Where the original's filing date is
  // unknown (a bare XML document), the original is the filing of the same issuer
  // and owner for the same period of report, filed no later than that date.
  Status LinkAmendments(const std::string& id, const PreparedFiling& filing) {
    const SecValue document_type = Cell(filing.rows, SecTable::kSubmission, "DOCUMENT_TYPE");
    const SecValue issuer = Cell(filing.rows, SecTable::kSubmission, "ISSUERCIK");
    const SecValue owner = Cell(filing.rows, SecTable::kReportingOwner, "RPTOWNERCIK");
    const SecValue period = Cell(filing.rows, SecTable::kSubmission, "PERIOD_OF_REPORT");
    if (!document_type || !issuer || !owner) return Status::Ok();
    constexpr std::string_view kAmendment = "/A";
    const bool is_amendment = document_type->ends_with(kAmendment);
    if (is_amendment) {
      const SecValue original_date = Cell(filing.rows, SecTable::kSubmission, "DATE_OF_ORIG_SUB");
      if (!original_date) return Status::Ok();
      const SecValue base_type = document_type->substr(0, document_type->size() - kAmendment.size());
      Result<std::optional<std::string>> original = FindOne(
          "SELECT s.FILING_ID FROM SUBMISSION s JOIN REPORTINGOWNER r ON r.FILING_ID = s.FILING_ID "
          "WHERE s.DOCUMENT_TYPE = ? AND s.ISSUERCIK = ? AND r.RPTOWNERCIK = ? AND s.FILING_ID <> ? "
          "AND (s.FILING_DATE = ? OR (s.FILING_DATE IS NULL AND s.PERIOD_OF_REPORT = ? "
          "AND s.PERIOD_OF_REPORT <= ?)) "
          "ORDER BY CASE WHEN s.FILING_DATE = ? THEN 0 ELSE 1 END, s.FILING_ID DESC LIMIT 1",
          {base_type, issuer, owner, id, original_date, period, original_date, original_date});
      if (!original.ok()) return original.status();
      if (!*original) return Status::Ok();
      return db_->Run("UPDATE FILING SET AMENDS_FILING_ID = ? WHERE FILING_ID = ?", {**original, id});
    }
    // An original that arrives after its amendments adopts them. The amendments
    // are found through SUBMISSION's issuer index first, then updated by key.
    const SecValue filing_date = Cell(filing.rows, SecTable::kSubmission, "FILING_DATE");
    if (!filing_date && !period) return Status::Ok();
    const std::string amendments_of =
        "SELECT s.FILING_ID FROM SUBMISSION s JOIN REPORTINGOWNER r ON r.FILING_ID = s.FILING_ID "
        "WHERE s.DOCUMENT_TYPE = ? AND s.ISSUERCIK = ? AND r.RPTOWNERCIK = ? AND ";
    const SecValue amendment_type = *document_type + std::string(kAmendment);
    Result<std::vector<SqlRow>> amendments =
        filing_date ? db_->Query(amendments_of + "s.DATE_OF_ORIG_SUB = ?", {amendment_type, issuer, owner, filing_date})
                    : db_->Query(amendments_of + "s.PERIOD_OF_REPORT = ? AND s.PERIOD_OF_REPORT <= s.DATE_OF_ORIG_SUB",
                                 {amendment_type, issuer, owner, period});
    if (!amendments.ok()) return amendments.status();
    for (const SqlRow& amendment : *amendments) {
      FORM4_TRY(db_->Run("UPDATE FILING SET AMENDS_FILING_ID = ? WHERE FILING_ID = ? AND AMENDS_FILING_ID IS NULL",
                         {id, amendment[0]}));
    }
    return Status::Ok();
  }

  std::unique_ptr<SqlConnection> db_;
  bool in_transaction_ = false;
};

Result<std::unique_ptr<Store>> OpenSqlStore(Result<std::unique_ptr<SqlConnection>> connection) {
  if (!connection.ok()) return connection.status();
  auto store = std::make_unique<SqlStore>(std::move(connection).value());
  FORM4_TRY(store->CreateSchema());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  std::string hex;
  hex.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) hex += fmt::format("{:02x}", digest[i]);
  return hex;
}

PreparedFiling PrepareFiling(const Filing& filing, std::string content_hash, std::string path) {
  PreparedFiling prepared;
  prepared.facts_hash = Sha256Hex(ToJson(CanonicalFacts(filing)));
  prepared.content_hash = std::move(content_hash);
  prepared.document_json = ToJson(filing);
  prepared.format = filing.source.format;
  prepared.path = std::move(path);
  prepared.rows = ToSecRows(filing);
  prepared.warnings = filing.warnings;
  prepared.accession_number = filing.source.accession_number;
  prepared.filing_date = filing.source.filing_date;
  prepared.acceptance_datetime = filing.source.acceptance_datetime;
  return prepared;
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  return OpenSqlStore(internal::ConnectSqlite(path));
}

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url) {
  return OpenSqlStore(internal::ConnectPostgres(url));
}

}  // namespace form4

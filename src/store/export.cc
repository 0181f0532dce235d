// ForEachStoredFiling: the FILING table's documents, filtered in SQL, parsed
// back with FromJson.
#include "form4/export.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <set>
#include <span>

#include <fmt/format.h>

#include "form4/json_reader.h"
#include "form4/sec_tables.h"
#include "store/sql_connection.h"

namespace form4 {
namespace {

using internal::SqlConnection;
using internal::SqlRow;

constexpr size_t kSurrogateHexDigits = 14;

Result<std::unique_ptr<SqlConnection>> Connect(const StoreLocation& store) {
  if (!store.postgres_url.empty()) return internal::ConnectPostgres(store.postgres_url);
  std::error_code error;
  if (!std::filesystem::exists(store.sqlite_path, error)) {
    return Status::NotFound(fmt::format("{}: no such store (form4 ingest creates one)", store.sqlite_path));
  }
  return internal::ConnectSqlite(store.sqlite_path);
}

// The SELECT of FILING_ID, ACCESSION_NUMBER and FACTS_HASH with the
// filter's conditions, and its parameters.
internal::SqlStatement FilteredQuery(const ExportFilter& filter) {
  internal::SqlStatement query;
  query.sql =
      "SELECT f.FILING_ID, f.ACCESSION_NUMBER, f.FACTS_HASH FROM FILING f "
      "JOIN SUBMISSION s ON s.FILING_ID = f.FILING_ID WHERE 1 = 1";
  if (filter.issuer) {
    query.sql += " AND (LTRIM(s.ISSUERCIK, '0') = LTRIM(?, '0') OR UPPER(s.ISSUERTRADINGSYMBOL) = UPPER(?))";
    query.params.insert(query.params.end(), {filter.issuer, filter.issuer});
  }
  if (filter.owner) {
    query.sql +=
        " AND EXISTS (SELECT 1 FROM REPORTINGOWNER r WHERE r.FILING_ID = f.FILING_ID "
        "AND LTRIM(r.RPTOWNERCIK, '0') = LTRIM(?, '0'))";
    query.params.push_back(filter.owner);
  }
  if (filter.since) {
    query.sql += " AND COALESCE(f.FILING_DATE, s.PERIOD_OF_REPORT) >= ?";
    query.params.push_back(filter.since);
  }
  if (filter.until) {
    query.sql += " AND COALESCE(f.FILING_DATE, s.PERIOD_OF_REPORT) <= ?";
    query.params.push_back(filter.until);
  }
  return query;
}

// FILING_IDs with rows in each row table's CURRENT_ view, by TableKind.
using CurrentTables = std::array<std::set<std::string>, 4>;

constexpr std::array<std::pair<SecTable, TableKind>, 4> kRowTables = {{
    {SecTable::kNonDerivTrans, TableKind::kNonDerivativeTransactions},
    {SecTable::kNonDerivHolding, TableKind::kNonDerivativeHoldings},
    {SecTable::kDerivTrans, TableKind::kDerivativeTransactions},
    {SecTable::kDerivHolding, TableKind::kDerivativeHoldings},
}};

Result<CurrentTables> ReadCurrentTables(SqlConnection& db) {
  CurrentTables current;
  for (size_t i = 0; i < kRowTables.size(); ++i) {
    Result<std::vector<SqlRow>> rows =
        db.Query(fmt::format("SELECT DISTINCT FILING_ID FROM CURRENT_{}", SecTableOf(kRowTables[i].first).name), {});
    if (!rows.ok()) return rows.status();
    for (const SqlRow& row : *rows) current[i].insert(row[0].value_or(""));
  }
  return current;
}

void DropSupersededTables(const CurrentTables& current, StoredFiling& stored) {
  for (size_t i = 0; i < kRowTables.size(); ++i) {
    if (!current[i].contains(stored.filing_id)) stored.filing.Table(kRowTables[i].second).clear();
  }
}

// Documents are fetched this many at a time, so memory stays bounded on a large store.
constexpr size_t kDocumentsPerQuery = 256;

struct Entry {
  std::string filing_id;
  std::string key;
};

// FILING_ID -> DOCUMENT for `entries`.
Result<std::map<std::string, std::string>> FetchDocuments(SqlConnection& db, std::span<const Entry> entries) {
  std::string sql = "SELECT FILING_ID, DOCUMENT FROM FILING WHERE FILING_ID IN (";
  std::vector<SecValue> params;
  for (const Entry& entry : entries) {
    sql += params.empty() ? "?" : ", ?";
    params.emplace_back(entry.filing_id);
  }
  sql += ')';
  Result<std::vector<SqlRow>> rows = db.Query(sql, params);
  if (!rows.ok()) return rows.status();
  std::map<std::string, std::string> documents;
  for (SqlRow& row : *rows) documents[row[0].value_or("")] = std::move(row[1]).value_or("");
  return documents;
}

}  // namespace

Status ForEachStoredFiling(const StoreLocation& store, const ExportFilter& filter,
                           const std::function<Status(StoredFiling&)>& visit) {
  Result<std::unique_ptr<SqlConnection>> db = Connect(store);
  if (!db.ok()) return db.status();
  const internal::SqlStatement query = FilteredQuery(filter);
  Result<std::vector<SqlRow>> rows = (*db)->Query(query.sql, query.params);
  if (!rows.ok()) return rows.status();
  CurrentTables current;
  if (filter.current) {
    FORM4_ASSIGN_OR_RETURN(current, ReadCurrentTables(**db));
  }
  std::vector<Entry> entries;
  entries.reserve(rows->size());
  for (const SqlRow& row : *rows) {
    std::string key = "form4-";
    if (row[1]) {
      key = *row[1];
    } else {
      key += row[2].value_or("").substr(0, kSurrogateHexDigits);
    }
    entries.push_back({row[0].value_or(""), std::move(key)});
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
  for (size_t begin = 0; begin < entries.size(); begin += kDocumentsPerQuery) {
    const std::span<const Entry> batch =
        std::span<const Entry>(entries).subspan(begin, std::min(kDocumentsPerQuery, entries.size() - begin));
    Result<std::map<std::string, std::string>> documents = FetchDocuments(**db, batch);
    if (!documents.ok()) return documents.status();
    for (const Entry& entry : batch) {
      Result<Filing> filing = FromJson((*documents)[entry.filing_id]);
      if (!filing.ok()) {
        return Status::Internal(fmt::format("stored filing {}: {}", entry.filing_id, filing.status().ToString()));
      }
      StoredFiling stored{entry.filing_id, entry.key, std::move(filing).value()};
      if (filter.current) DropSupersededTables(current, stored);
      FORM4_TRY(visit(stored));
    }
  }
  return Status::Ok();
}

}  // namespace form4

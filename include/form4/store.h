// Storing filings in SQL: the SEC data-set tables (sec_tables.h) plus what they
// lack (each filing's sources, warnings and canonical JSON document), in SQLite
// (one file) or PostgreSQL (a shared server). docs/schema.md describes the schema.
//
// A filing is stored exactly once: a second filing with the same accession
// number, or with the same facts (canonical JSON without `source` and
// `warnings`) where one of the two has no accession number, is a duplicate.
// Each filing is written atomically with all its rows.
#ifndef FORM4_STORE_H_
#define FORM4_STORE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "form4/model.h"
#include "form4/sec_tables.h"
#include "form4/status.h"

namespace form4 {

/// A parsed filing with everything the store writes, computed off the writer
/// thread so that parsing, hashing and mapping run in parallel.
struct PreparedFiling {
  std::string content_hash;   // SHA-256 (hex) of the input's bytes
  std::string facts_hash;     // SHA-256 (hex) of the canonical JSON without source and warnings
  std::string document_json;  // ToJson(filing): the whole canonical document
  std::string format;         // source.format
  std::string path;           // the input's name (archive members: "archive.tar.gz:member")
  SecRows rows;               // ToSecRows(filing), ISO dates
  std::vector<Warning> warnings;
  OptString accession_number;
  OptString filing_date;
  OptString acceptance_datetime;
};

/// Parses nothing: hashes and maps an already parsed filing. Pure.
PreparedFiling PrepareFiling(const Filing& filing, std::string content_hash, std::string path);

/// SHA-256 of `bytes` as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view bytes);

enum class PutOutcome {
  kStored,     // a new filing
  kDuplicate,  // already stored; only its new source was recorded
  kCompleted,  // already stored without an accession number, which this copy supplied
};

/// A connection to one store. Not thread-safe: one writer thread owns it.
class Store {
 public:
  virtual ~Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  /// The content hashes of every input stored so far (to skip them unparsed).
  virtual Result<std::vector<std::string>> ContentHashes() = 0;

  /// Writes `filing` with all its rows, or nothing of it (the error says why).
  /// Writes become durable at the next Commit(); until then a crash loses them
  /// whole, never in part.
  virtual Result<PutOutcome> Put(const PreparedFiling& filing) = 0;

  /// Makes every Put so far durable.
  virtual Status Commit() = 0;

 protected:
  Store() = default;
};

/// Opens (creating if needed) the SQLite database at `path` (WAL journal).
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

/// Connects to PostgreSQL (`postgresql://user@host:port/db` or "key=value"
/// parameters) and creates the schema if it is missing.
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url);

}  // namespace form4

#endif  // FORM4_STORE_H_

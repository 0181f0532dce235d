// Reading filings back out of a store (store.h) for `form4 export`: each stored
// filing's canonical document, chosen by issuer, owner and date, optionally with
// amendments applied. docs/export.md describes the choices.
#ifndef FORM4_EXPORT_H_
#define FORM4_EXPORT_H_

#include <functional>
#include <string>

#include "form4/model.h"
#include "form4/status.h"

namespace form4 {

struct ExportFilter {
  OptString issuer;  // issuer CIK (leading zeros ignored) or trading symbol (any case)
  OptString owner;   // reporting owner CIK (leading zeros ignored)
  OptDate since;     // filing date on or after (YYYY-MM-DD); see FilingDateForFilter
  OptDate until;     // filing date on or before
  /// Drop the row tables an amendment restated (the store's CURRENT_* views):
  /// each filing keeps only the tables that are current.
  bool current = false;
};

/// Where the store is: a SQLite file, or a PostgreSQL URL when `postgres_url` is set.
struct StoreLocation {
  std::string sqlite_path = "form4.db";
  std::string postgres_url;
};

struct StoredFiling {
  std::string filing_id;  // the store's FILING_ID
  /// The accession number, or for a filing stored without one (a bare XML
  /// document) "form4-" and the first 14 hex digits of its facts hash: 20
  /// characters like an accession number, the same in every store holding
  /// the same facts. Filings are exported in the order of this key.
  std::string key;
  Filing filing;  // FromJson of the stored document (tables dropped by `current` aside)
};

/// Calls `visit` for each stored filing that passes `filter`, in order of key;
/// stops at the first error `visit` returns. The date filters compare the
/// filing date, or where the store has none (a bare XML document) the period
/// of report. Documents are read a few hundred at a time. A missing SQLite
/// file is NotFound, not an empty store.
Status ForEachStoredFiling(const StoreLocation& store, const ExportFilter& filter,
                           const std::function<Status(StoredFiling&)>& visit);

}  // namespace form4

#endif  // FORM4_EXPORT_H_

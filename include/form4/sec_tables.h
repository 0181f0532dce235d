// The SEC's "Insider Transactions Data Sets" tables, and the mapping of one
// Filing onto their rows.
//
// The data sets flatten each ownership filing into eight tables (SUBMISSION,
// REPORTINGOWNER, NONDERIV_TRANS, NONDERIV_HOLDING, DERIV_TRANS, DERIV_HOLDING,
// FOOTNOTES, OWNER_SIGNATURE) with the column names listed here. The store
// (store.h) creates them from these descriptions, and an export to the SEC's
// tab-separated layout can write them from ToSecRows() alone. Pure: no I/O.
#ifndef FORM4_SEC_TABLES_H_
#define FORM4_SEC_TABLES_H_

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "form4/model.h"

namespace form4 {

/// The eight tables, in the order the SEC documents them.
enum class SecTable {
  kSubmission,
  kReportingOwner,
  kNonDerivTrans,
  kNonDerivHolding,
  kDerivTrans,
  kDerivHolding,
  kFootnotes,
  kOwnerSignature,
};
inline constexpr size_t kSecTableCount = 8;

/// What a column holds; each store maps these onto its own SQL types.
enum class SecType {
  kText,    // free text and codes
  kNumber,  // a decimal number, written with the filing's digits
  kDate,    // a date (see SecDateStyle)
  kFlag,    // a checkbox: "1" or "0"
  kKey,     // a row's position in its table within the filing: "1", "2", ...
};

struct SecColumn {
  std::string_view name;  // the SEC's column name, e.g. "TRANS_SHARES_FN"
  SecType type;
};

struct SecTableSpec {
  SecTable table;
  std::string_view name;  // "SUBMISSION", "NONDERIV_TRANS", ...
  /// The SEC's columns in the SEC's order; the first is always ACCESSION_NUMBER.
  std::span<const SecColumn> columns;
};

/// The eight tables, indexed by SecTable.
std::span<const SecTableSpec> SecTables();
const SecTableSpec& SecTableOf(SecTable table);

/// One cell: nullopt is SQL NULL (an empty field in the SEC's files).
using SecValue = std::optional<std::string>;
/// One row, cell i belonging to column i of its table.
using SecRow = std::vector<SecValue>;

/// The rows of every table for one filing, indexed by SecTable.
struct SecRows {
  std::array<std::vector<SecRow>, kSecTableCount> tables;

  std::vector<SecRow>& operator[](SecTable table) { return tables[static_cast<size_t>(table)]; }
  const std::vector<SecRow>& operator[](SecTable table) const {
    return tables[static_cast<size_t>(table)];
  }
};

enum class SecDateStyle {
  kIso,  // "2024-03-05": sorts as text, what the SQL stores hold
  kSec,  // "05-MAR-2024": the SEC data sets' own format
};

struct SecRowOptions {
  SecDateStyle dates = SecDateStyle::kIso;
};

/// The filing as rows of the eight SEC tables.
///
/// ACCESSION_NUMBER is `filing.source.accession_number` (nullopt when the input
/// carried none, e.g. a bare XML document). `*_SK` keys number a table's rows
/// within the filing from 1 (the SEC's own keys are global and not derivable
/// from the filing). `*_FN` cells list the footnote ids on that field joined by
/// ",". A value the column type cannot hold (free text where a number or a date
/// belongs) becomes nullopt here; the canonical JSON keeps it. Pure.
SecRows ToSecRows(const Filing& filing, const SecRowOptions& options = {});

/// "2024-03-05" -> "05-MAR-2024"; nullopt when `iso` is not a YYYY-MM-DD date.
std::optional<std::string> ToSecDate(std::string_view iso);

}  // namespace form4

#endif  // FORM4_SEC_TABLES_H_

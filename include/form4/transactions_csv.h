// The transactions of filings as CSV (RFC 4180): one row per transaction of
// Table I and Table II, with the filing's issuer and owners repeated on each
// row, for spreadsheets and data frames. Columns are listed in docs/export.md.
#ifndef FORM4_TRANSACTIONS_CSV_H_
#define FORM4_TRANSACTIONS_CSV_H_

#include <string>

#include "form4/model.h"

namespace form4 {

struct TransactionsCsvOptions {
  /// Start with the header line (turn off to append a filing's rows to others').
  bool header = true;
};

/// The header line of ToTransactionsCsv, ending in CRLF.
std::string TransactionsCsvHeader();

/// One CRLF-terminated line per transaction of `filing` (non-derivative rows
/// first, then derivative, each in document order); holdings have no line.
/// Fields holding `,`, `"`, CR or LF are quoted with `"` doubled; null is an
/// empty field; numbers keep the filing's digits; booleans are true/false.
std::string ToTransactionsCsv(const Filing& filing, const TransactionsCsvOptions& options = {});

}  // namespace form4

#endif  // FORM4_TRANSACTIONS_CSV_H_

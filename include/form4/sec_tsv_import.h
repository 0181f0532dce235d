// `form4 import --format sec-tsv`: a quarter of the SEC's Insider Transactions
// Data Sets (the eight <TABLE>.tsv files, sec_tsv.h) into a store, exactly once.
#ifndef FORM4_SEC_TSV_IMPORT_H_
#define FORM4_SEC_TSV_IMPORT_H_

#include <cstddef>
#include <string>

#include "form4/status.h"
#include "form4/store.h"

namespace form4 {

struct ImportSummary {
  size_t filings = 0;     // SUBMISSION rows read
  size_t stored = 0;      // new filings
  size_t duplicates = 0;  // already stored (accession number is the key)
  double seconds = 0;
};

/// Reads DIR/SUBMISSION.tsv ... DIR/OWNER_SIGNATURE.tsv (all eight must exist
/// and carry the SEC's headers), rebuilds each filing with FromSecRows, fills its
/// derived values and findings (EnrichAndCheck) and Puts it, with source format
/// "sec-tsv" and path "DIR/SUBMISSION.tsv:<accession number>". Nothing is stored
/// when a file cannot be read; a filing the store refuses ends the import with
/// the filings before it committed.
Result<ImportSummary> ImportSecTsv(const std::string& dir, Store& store);

}  // namespace form4

#endif  // FORM4_SEC_TSV_IMPORT_H_

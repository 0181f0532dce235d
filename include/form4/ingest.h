// Bulk ingest: read filings from files, directories and archives, parse them on
// every core and write them through one Store on one thread.
#ifndef FORM4_INGEST_H_
#define FORM4_INGEST_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "form4/status.h"
#include "form4/store.h"

namespace form4 {

struct IngestOptions {
  unsigned jobs = 0;              // parser threads; 0: one per core
  size_t filings_per_commit = 500;  // the writer also commits every 200 ms
};

/// Counters, as the writer has seen them so far.
struct IngestProgress {
  size_t documents = 0;   // inputs handled (archive members count one each)
  size_t stored = 0;      // new filings
  size_t duplicates = 0;  // already stored (by content, accession or facts)
  size_t completed = 0;   // duplicates that supplied a missing accession number (also in `duplicates`)
  size_t other_forms = 0;  // full submissions of other forms (10-K, 8-K...): skipped, not failures
  size_t failed = 0;
  uint64_t bytes_read = 0;   // of the input files (archives: compressed bytes)
  uint64_t bytes_total = 0;  // sum of the input files' sizes
};

struct IngestFailure {
  std::string input;   // path, or "archive:member"
  std::string reason;  // Status::ToString() of the failure
};

struct IngestSummary {
  IngestProgress counts;
  std::vector<IngestFailure> failures;  // in the order they were met
  double seconds = 0;
};

/// Ingests every document under `inputs`: files, directories (recursively, in
/// name order) and tar, tar.gz and zip archives (by content, whatever the name).
/// A document that cannot be read, parsed or written is recorded in `failures`
/// and the rest go on; only a failed commit ends the ingest early (the error is
/// returned, and everything committed before it stays). Full submissions of
/// other forms are counted in `other_forms`. `on_progress` is called on the
/// calling thread after each document.
Result<IngestSummary> Ingest(const std::vector<std::string>& inputs, Store& store, const IngestOptions& options,
                             const std::function<void(const IngestProgress&)>& on_progress);

}  // namespace form4

#endif  // FORM4_INGEST_H_

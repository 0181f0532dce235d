// Helpers for round-trip tests (parse -> EDGAR XML -> parse): what must survive
// the trip is the canonical facts; what is recomputed on every parse is not.
#ifndef FORM4_TESTS_ROUNDTRIP_FACTS_H_
#define FORM4_TESTS_ROUNDTRIP_FACTS_H_

#include <algorithm>
#include <vector>

#include "form4/check.h"
#include "form4/model.h"

namespace form4 {

/// The canonical facts (model.h): what must survive the trip.
inline Filing Facts(const Filing& filing) { return CanonicalFacts(filing); }

/// The findings a reader raised while reading `filing`: its warnings minus those
/// the consistency checks (check.h) raise on the same facts.
inline std::vector<Warning> ReadingWarnings(const Filing& filing) {
  Filing rechecked = Facts(filing);
  rechecked.source = filing.source;
  EnrichAndCheck(rechecked);
  std::vector<Warning> reading;
  for (const Warning& warning : filing.warnings) {
    if (std::find(rechecked.warnings.begin(), rechecked.warnings.end(), warning) == rechecked.warnings.end()) {
      reading.push_back(warning);
    }
  }
  return reading;
}

}  // namespace form4

#endif  // FORM4_TESTS_ROUNDTRIP_FACTS_H_

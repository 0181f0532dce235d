// Checking and enriching a parsed filing: findings as data, facts hidden in
// footnotes, late filings.
//
// Both functions are pure over the model: no I/O, no clock. Every date they
// need comes from the filing (source.filing_date, signatures, transaction
// dates) or from CheckOptions. The rules and the derived values are documented
// in docs/rules.md and docs/derived.md.
#ifndef FORM4_CHECK_H_
#define FORM4_CHECK_H_

#include <vector>

#include "form4/model.h"

namespace form4 {

struct CheckOptions {
  /// The date the filing reached the SEC, when the caller knows it better than
  /// the filing does (e.g. from an EDGAR index). Overrides source.filing_date
  /// and the signature date in the lateness computation.
  OptDate filing_date;
};

/// Fills `derived` on every row and on the filing (values, price ranges and
/// plan adoption dates from footnotes, code descriptions, lateness, net shares).
/// Replaces whatever `derived` held; touches nothing else.
void Enrich(Filing& filing, const CheckOptions& options = {});

/// The findings of the consistency rules over `filing` (holdings arithmetic,
/// code versus acquired/disposed, exercises matched, dates, prices, owner
/// titles, ownership nature, the 10b5-1 box, phantom values), in a stable order.
/// Reads `derived` where it needs it, so call Enrich() first.
std::vector<Warning> Check(const Filing& filing, const CheckOptions& options = {});

/// Enrich() then Check(), appending the findings to `filing.warnings`.
void EnrichAndCheck(Filing& filing, const CheckOptions& options = {});

}  // namespace form4

#endif  // FORM4_CHECK_H_

// The pieces of Enrich() (check.h), exposed for the rules and for unit tests.
#ifndef FORM4_CHECK_ENRICH_H_
#define FORM4_CHECK_ENRICH_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/footnote_facts.h"
#include "form4/check.h"
#include "form4/model.h"

namespace form4::internal {

/// What one footnote says that rows can use: its price ranges and plan date.
struct FootnoteFacts {
  std::vector<PriceRange> price_ranges;
  std::optional<int> plan_adoption_day;
  bool mentions_rule_10b5_1 = false;
};

/// The facts of a filing's footnotes, each read the first time a row cites it
/// (footnotes no transaction row cites, often long prose about holders, are never read).
class FootnoteFactsCache {
 public:
  explicit FootnoteFactsCache(const std::vector<Footnote>& footnotes) : footnotes_(footnotes) {}
  /// The facts of footnote `id`; nullptr when the filing has no such footnote.
  const FootnoteFacts* Get(const std::string& id);

 private:
  const std::vector<Footnote>& footnotes_;
  std::map<std::string, FootnoteFacts> read_;
};

/// What footnote `text` says.
FootnoteFacts ReadFootnoteFacts(std::string_view text);

/// The derived values of one row (see RowDerived in model.h).
RowDerived DeriveRow(const Row& row, TableKind table, FootnoteFactsCache& facts);

/// The derived values of the whole filing (see FilingDerived in model.h).
FilingDerived DeriveFiling(const Filing& filing, const CheckOptions& options);

/// The date the filing counts as filed: options.filing_date, else
/// source.filing_date, else the latest valid signature date; with its source name.
struct FiledDate {
  int day = 0;
  std::string source;  // "options" | "filing_date" | "signature"
};
std::optional<FiledDate> FiledDateOf(const Filing& filing, const CheckOptions& options);

/// The latest valid signature date, as a day number.
std::optional<int> LatestSignatureDay(const Filing& filing);

}  // namespace form4::internal

#endif  // FORM4_CHECK_ENRICH_H_

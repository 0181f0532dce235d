// Facts filers state in footnote prose: the price range behind a weighted
// average price, and the adoption date of a Rule 10b5-1 trading plan.
#ifndef FORM4_CHECK_FOOTNOTE_FACTS_H_
#define FORM4_CHECK_FOOTNOTE_FACTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/decimal.h"

namespace form4::internal {

/// A price range as the footnote wrote it ("$168.92 to $169.80"): low <= high.
struct PriceRange {
  Decimal low;
  Decimal high;
};

/// Every price range in `text`: two prices joined by "to", "through", a dash or
/// ("between" ...) "and", in a footnote that speaks of a range ("ranging",
/// "ranged", "range", "between") or of prices ("price", "weighted average").
/// A bare pair of whole numbers counts only with a `$` on one of them, so
/// "2021 to 2023" or "10 to 20 days" is not a range. Pairs with low > high are
/// skipped.
std::vector<PriceRange> FindPriceRanges(std::string_view text);

/// A date written in prose, at [begin, end) of the text it was found in.
struct FoundDate {
  size_t begin = 0;
  size_t end = 0;
  int day = 0;  // day number (calendar.h)
};

/// Every date in `text`: "February 28, 2023", "Feb. 28, 2023", "28 February
/// 2023", "5/30/2017", "5/30/17", "5-30-2017", "2023-02-28". Impossible dates
/// (February 30) are skipped.
std::vector<FoundDate> FindDates(std::string_view text);

/// True when `text` mentions Rule 10b5-1 ("10b5-1", "10b-5-1", "10b5 1", any dash).
bool MentionsRule10b51(std::string_view text);

/// The adoption date of the Rule 10b5-1 plan `text` speaks of: the date next to
/// "adopted", "entered into", "established", "dated" or "effective" (after the
/// word, else just before it: "On May 30, 2017, ... adopted"), in a footnote
/// that mentions Rule 10b5-1. Nullopt when there is none. A date with no such
/// word is not taken: in "sold on March 5, 2024 under a 10b5-1 plan" it is the
/// sale's.
std::optional<int> FindPlanAdoptionDay(std::string_view text);

}  // namespace form4::internal

#endif  // FORM4_CHECK_FOOTNOTE_FACTS_H_

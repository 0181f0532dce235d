// The terms of a derivative security OCR lost the markers of. A Table II row
// that shows no date exercisable, no expiration date or no conversion price
// refers to a footnote explaining them instead ("convertible at any time ...
// and has no expiration date"); OCR often reads that superscript as debris
// ("o) qa", "@ @") or drops it.
#ifndef FORM4_PARSE_OCR_OCR_TERMS_H_
#define FORM4_PARSE_OCR_OCR_TERMS_H_

#include <optional>
#include <string>
#include <string_view>

#include "form4/model.h"

namespace form4::internal {

/// The words of `title` a footnote names the security by: "Series B" or
/// "Class B" (what tells the series or the class apart; "Series B
/// Convertible Preferred Stock" is written "Series B preferred stock" in
/// footnotes too), else the title without its parenthesis and its plural's
/// "s" ("Restricted Stock Unit"); nullopt for a title of one word or none.
std::optional<std::string> TitleKey(std::string_view title);

/// What a footnote standing for a missing value speaks of: for the dates,
/// when a security converts, vests, becomes exercisable or expires; for the
/// conversion price, how it converts (a footnote on vesting alone is not
/// about a price).
enum class Terms { kDates, kConversion };

/// Whether footnote `text` speaks of `terms`: for the dates, "exercisable",
/// "convert", "expir" or "vest"; for the price, "convert".
bool SpeaksOfTerms(std::string_view text, Terms terms);

/// Whether footnote `text` speaks of `terms` and names `key` (case aside;
/// "Series B" not as "Series B-1").
bool ExplainsTerms(std::string_view text, std::string_view key, Terms terms);

/// Gives each Table II row whose date exercisable, expiration date or
/// conversion price is empty and carries no marker the footnote that
/// explains its security's terms: the one footnote of the filing that
/// ExplainsTerms with the row's TitleKey and the field's Terms; when none
/// names the security (or the row has no title), the one footnote of the
/// filing that SpeaksOfTerms at all, unless it names another security of
/// the filing's Table II (not one that is also an underlying security). The form asks for a date or a price,
/// and a filer leaving one out refers to a footnote instead (rule
/// `ocr-terms-footnote`).
void InferTermsFootnotes(Filing& filing);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_TERMS_H_

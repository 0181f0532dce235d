// Reading the values a rendered Form 3/4/5 shows: what converters leave around
// them (footnote markers glued to values, `$` and `\$`, `<u>`, escapes) and
// the printed form's conventions (MM/DD/YYYY dates, [TICKER], checkboxes).
// Pure functions over text; shared by every rendering reader.
#ifndef FORM4_PARSE_RENDERED_VALUES_H_
#define FORM4_PARSE_RENDERED_VALUES_H_

#include <string>
#include <string_view>
#include <vector>

#include "form4/model.h"

namespace form4::internal {

/// A cell's value with the footnote references that were attached to it.
struct MarkedValue {
  std::string text;                    // cleaned, markers removed; "" when the cell held only markers
  std::vector<std::string> footnotes;  // "F1", "F2"... in the order they appear
};

/// Removes rendering markup from a cell: `<u>`/`</u>` and other tags, markdown
/// escapes (`\$`, `\|`), emphasis (`**`, `__`), HTML entities; collapses whitespace.
std::string StripMarkup(std::string_view text);

/// How a rendering writes footnote markers. Where they are superscripts (⁽¹⁾,
/// <sup>), a "(2)" inside text is the filer's own text ("Class B Common Stock (2)"),
/// and only a cell holding nothing but "(n)" is a footnote in place of a value.
enum class MarkerStyle { kAny, kSuperscript };

/// Splits footnote markers from a value: "$91.3196 ⁽²⁾" -> {"$91.3196", {"F2"}},
/// "757,756^(1)" -> {"757,756", {"F1"}}, "(4)" -> {"", {"F4"}}, "M(1)(2)" ->
/// {"M", {"F1", "F2"}}. Markers are ⁽n⁾, superscript digits, (n), ^(n), [n] and
/// <sup>n</sup>; "(A)", "(D)" and numbers in parentheses inside text are kept.
MarkedValue SplitFootnoteMarkers(std::string_view cell, MarkerStyle style = MarkerStyle::kAny);

/// True when `text` holds a superscript footnote marker (⁽n⁾, superscript digits,
/// <sup>, a text browser's ^(n)).
bool HasSuperscriptMarker(std::string_view text);

/// If a footnote marker (⁽n⁾, superscript digits, (n), ^(n), [n]) starts at
/// `at`, returns its number ("12") and sets `*end` past it; else "".
std::string FootnoteMarkerAt(std::string_view text, size_t at, size_t* end);

/// "07/27/2023" or "7/27/2023" -> "2023-07-27"; "2023-07-27" is kept; else nullopt.
OptDate ParseRenderedDate(std::string_view text);

/// "$1,234.50", "\$0.00", "1,600" -> the number's digits; "" -> nullopt; text
/// that is not a number is kept as text (Number::is_number false).
OptNumber ParseRenderedNumber(std::string_view text);

/// "QUALYS, INC. [QLYS]" -> name "QUALYS, INC.", ticker "QLYS"; "[ ]" -> no ticker.
struct IssuerNameAndTicker {
  OptString name;
  OptString ticker;
};
IssuerNameAndTicker SplitIssuerTicker(std::string_view text);

/// "FOSTER CITY CA 94404" -> {"FOSTER CITY", "CA", "94404"}: the last token is the
/// ZIP when it looks like a postal code, the one before it the state when it is
/// two capital letters; the rest is the city.
struct CityStateZip {
  OptString city;
  OptString state;
  OptString zip;
};
CityStateZip SplitCityStateZip(std::string_view text);

/// Splits "name MM/DD/YYYY" (a signature line) into the name and the date.
struct SignatureLine {
  OptString name;
  OptDate date;
};
SignatureLine SplitSignatureLine(std::string_view text);

}  // namespace form4::internal

#endif  // FORM4_PARSE_RENDERED_VALUES_H_

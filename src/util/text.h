// Text normalization shared by every reader: whitespace, numbers, dates,
// booleans and UTF-8 repair. Pure functions over bytes.
#ifndef FORM4_UTIL_TEXT_H_
#define FORM4_UTIL_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "form4/model.h"

namespace form4::internal {

/// Replaces each run of whitespace (ASCII and Unicode: NBSP, en/em spaces,
/// ideographic space, line separators...) by one space and trims both ends.
/// REQUIRES: `text` is valid UTF-8.
std::string CollapseWhitespace(std::string_view text);

/// CollapseWhitespace, with "" mapped to nullopt.
OptString CleanText(std::string_view text);

/// A number as the canonical model keeps it (see Number in model.h): `,` and `$`
/// removed; a decimal literal ([+-]digits[.digits][e[+-]digits]) becomes a JSON
/// number with the source's digits; anything else is kept as text. Blank -> nullopt.
OptNumber ToNumber(std::string_view text);

/// The leading `YYYY-MM-DD` of `text` (dropping a zone or time suffix such as
/// "-05:00"); text that does not start with a date is kept verbatim. Blank -> nullopt.
OptDate ToDate(std::string_view text);

/// 1/true/y/yes -> true, 0/false/n/no -> false (any case); else nullopt.
OptBool ToBool(std::string_view text);

/// True when `text` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool IsValidUtf8(std::string_view text);

/// Returns `text` with every byte that is not part of a well-formed UTF-8
/// sequence read as Windows-1252 (the encoding such bytes almost always are in
/// EDGAR filings) and re-encoded as UTF-8. Valid sequences are kept as they are.
std::string RepairUtf8(std::string_view text);

/// Appends `word` to `out`, after a space when `out` is not empty.
void AppendWord(std::string& out, std::string_view word);

/// "F" followed by the footnote number written in `digits` ("07" -> "F7").
std::string FootnoteId(std::string_view digits);

/// Appends the UTF-8 encoding of `code_point` to `out`.
void AppendUtf8(std::string& out, uint32_t code_point);

/// Line and column (both from 1, column in bytes) of byte `offset` in `text`.
struct LineColumn {
  uint32_t line = 1;
  uint32_t column = 1;
};
LineColumn LocateOffset(std::string_view text, size_t offset);

}  // namespace form4::internal

#endif  // FORM4_UTIL_TEXT_H_

// Footnote markers a table column repeats: a plan's footnote on every code,
// an owner's footnote on every nature, a footnote on every date of Table II.
// OCR reads such a marker on most rows and garbles or drops it on others.
#ifndef FORM4_PARSE_OCR_OCR_MARKS_H_
#define FORM4_PARSE_OCR_OCR_MARKS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "form4/model.h"

namespace form4::internal {

/// A table cell as read: its value without markers, the markers read or
/// inferred ("(2)" or "(2)(3)"), whether they were inferred rather than
/// read, and whether OCR left debris of a marker there that gave no number
/// ("@)", "°").
struct MarkedCell {
  std::string value;
  std::string markers;
  bool inferred = false;
  bool debris = false;
};

/// The number of a marker "(1n)" whose "(1" OCR read as one "a" ("a7",
/// "a4)" for (17), (14)), standing as a word of its own: no value or word of
/// the form is written so. "" when `word` is none or the form has no such
/// footnote (it lists `footnote_count`).
std::string TeenMarkerNumber(std::string_view word, size_t footnote_count);

/// True for a nature of ownership "See Footnote" (or "See Footnotes", a
/// marker's 5 read as s): its owner is named by a footnote of its own.
bool NamesOwnFootnote(const std::string& nature);

/// Splits the markers "(n)" ending a cell's text from its value:
/// "1,000(2)(3)" is {"1,000", "(2)(3)"}; "(2)" is {"", "(2)"}.
MarkedCell SplitMarkers(const std::string& text);

/// Takes out of `cell`'s value the words that look like markers but name no
/// footnote of the form, which lists `footnote_count` ("(233)" for
/// "(2)(3)", "(45)" of a form with 30): debris, kept neither as a value nor
/// as a marker. In a cell of `words` (a title, a nature), four digits are a
/// year ("Fund (2010)") and stay.
void DropImpossibleMarkers(MarkedCell& cell, size_t footnote_count, bool words);

/// Gives a column's repeated markers to the rows where OCR lost them. Rows
/// are grouped by a key: `key_columns[c]` names the column whose value keys
/// column c (c itself: its own value, "S" codes apart from "M" codes; a
/// number past the row's end: all rows alike), and cells of markers alone
/// apart from cells with a value. Where, in a group, two rows
/// at least read the same markers (digits read, not inferred), half the
/// group's rows that show a value or debris show them and no row others, the group's other such rows take
/// them (rule `ocr-marker-repeated`, naming `places[r]`). A nature "See
/// Footnote" is named by a footnote of its own and takes none.
void RepeatColumnMarkers(std::vector<std::vector<MarkedCell>>& rows, const std::vector<size_t>& key_columns,
                         const std::vector<std::string>& places, std::vector<Warning>& warnings);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_MARKS_H_

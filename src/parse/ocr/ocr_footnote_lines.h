// Footnotes whose second lines OCR read apart. A filing of many weighted
// average prices writes one footnote per price, each two lines on the
// printed page: "3. The price reported in Column 4 is a weighted average
// price." / "The shares were sold ... from $2,558.69 to $2,559.69,
// inclusive." Tesseract may read the page in blocks, all the first lines
// together and the second lines together further down (inside a later
// footnote or under "Remarks:"), leaving footnotes whose texts are the same
// word for word, which filers never write.
#ifndef FORM4_PARSE_OCR_OCR_FOOTNOTE_LINES_H_
#define FORM4_PARSE_OCR_OCR_FOOTNOTE_LINES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "form4/model.h"

namespace form4::internal {

/// Puts footnotes' second lines back after their first lines (rule
/// `ocr-footnote-lines-apart`). Among `lines` from `from` on: n ≥ 2 lines
/// that read the same once a leading footnote number is set aside are
/// footnotes' first lines; when exactly n other lines, without a number,
/// begin with the same six words, these are their second lines, in order:
/// each is appended to its first line and taken out where it stood (lines
/// after it move up). Any other count changes nothing.
void RejoinFootnoteLines(std::vector<std::string>& lines, size_t from, std::vector<Warning>& warnings);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_FOOTNOTE_LINES_H_

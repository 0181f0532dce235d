// Table I and Table II of a printed Form 3/4/5 read from OCR text: each
// table row has one line where its values stand in column order; the other
// lines hold the wrapped text of its title and nature of ownership.
#ifndef FORM4_PARSE_OCR_OCR_TABLE_H_
#define FORM4_PARSE_OCR_OCR_TABLE_H_

#include <string>
#include <vector>

#include "form4/model.h"
#include "parse/rendered/grid.h"

namespace form4::internal {

/// Which table of which form: their columns are the form's.
enum class OcrTable { kForm4NonDerivative, kForm4Derivative, kForm3NonDerivative, kForm3Derivative };

/// Appends the table whose title is line `title` (rows up to line `end`) to
/// `grid`: the title, a heading row with the form's column headings, one row
/// per table row, an empty row. `footnote_count` bounds the footnote numbers
/// a garbled marker may stand for. What had to be inferred is added to
/// `warnings` (rule ids `ocr-...`).
void AppendOcrTable(const std::vector<std::string>& lines, size_t title, size_t end, OcrTable table,
                    size_t footnote_count, Grid& grid, std::vector<Warning>& warnings);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_TABLE_H_

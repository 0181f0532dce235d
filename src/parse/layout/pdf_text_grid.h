// The printed Form 3/4/5 turned into text by position (pdftotext -layout and
// converters like it) reduced to the Grid the grid interpreter reads.
#ifndef FORM4_PARSE_LAYOUT_PDF_TEXT_GRID_H_
#define FORM4_PARSE_LAYOUT_PDF_TEXT_GRID_H_

#include <string_view>

#include "parse/rendered/grid.h"

namespace form4::internal {

/// The form in `input` as grid rows: the header (labels, `<u>`-marked values,
/// ☒/☐ boxes), Table I and II with one cell per column, the reporting persons
/// listed after the tables, the footnotes, remarks and signatures. The form's
/// printed labels locate each part; positions on the line cut boxes and columns.
Grid PdfTextGrid(std::string_view input);

}  // namespace form4::internal

#endif  // FORM4_PARSE_LAYOUT_PDF_TEXT_GRID_H_

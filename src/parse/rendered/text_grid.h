// A plain-text rendering with drawn tables, as a Grid: each drawn table becomes
// rows by the positions of its rules, the text around the tables becomes
// paragraphs, and a check box is read with its caption.
#ifndef FORM4_PARSE_RENDERED_TEXT_GRID_H_
#define FORM4_PARSE_RENDERED_TEXT_GRID_H_

#include <string_view>

#include "parse/rendered/grid.h"

namespace form4::internal {

/// The grid of a plain-text page (see ReadDrawnPage):
/// - a drawn table becomes one row per page line on which some of its cells
///   start, between empty rows; a cell stands at the index of its left rule among
///   all the table's rules, so a cell spanning k columns is followed by k-1 empty
///   cells; its text is CellText's;
/// - a line of text outside the tables becomes a row of its runs of words (runs
///   set apart by two or more spaces); a blank line an empty row;
/// - a check box becomes `☒` or `☐` in front of its caption (the text just right
///   of it, with the lines it wraps over), as one row.
Grid TextGrid(std::string_view input);

}  // namespace form4::internal

#endif  // FORM4_PARSE_RENDERED_TEXT_GRID_H_

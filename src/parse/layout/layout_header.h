// The header of a printed Form 3/4/5 (the check boxes above the boxes and
// boxes 1-6) read back from laid-out text by position.
#ifndef FORM4_PARSE_LAYOUT_LAYOUT_HEADER_H_
#define FORM4_PARSE_LAYOUT_LAYOUT_HEADER_H_

#include <string>
#include <vector>

#include "parse/layout/text_layout.h"
#include "parse/rendered/grid.h"

namespace form4::internal {

/// Appends the header in lines [0, boxes_end) to `grid`, boxes from line
/// `boxes_begin` on (where "1. Name and Address of Reporting Person" stands).
/// The boxes stand side by side, so each line is cut by the columns of the box
/// labels; a chunk belongs to the nearest box label above it and at or left of
/// it. Rows are written in the grid interpreter's terms: the printed labels,
/// values marked `<u>…</u>`, and check boxes as ☒/☐ before their captions.
void AppendLayoutHeader(const std::vector<LayoutLine>& lines, size_t boxes_begin, size_t boxes_end, Grid& grid);

/// A "Name and Address of Reporting Person" box listed after the tables (label
/// at line `begin`, box up to `end`) as one grid cell, as AppendLayoutHeader
/// writes box 1.
std::string LayoutNameBoxCell(const std::vector<LayoutLine>& lines, size_t begin, size_t end);

/// True when `line` holds the label of a "Name and Address of Reporting Person" box.
bool HasNameBoxLabel(const LayoutLine& line);

}  // namespace form4::internal

#endif  // FORM4_PARSE_LAYOUT_LAYOUT_HEADER_H_

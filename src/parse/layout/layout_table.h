// Table I and Table II of a printed Form 3/4/5 read back from laid-out text:
// the column headings give each column's place on the line, and every chunk of
// a table row is put in the column it stands in.
#ifndef FORM4_PARSE_LAYOUT_LAYOUT_TABLE_H_
#define FORM4_PARSE_LAYOUT_LAYOUT_TABLE_H_

#include <vector>

#include "parse/layout/text_layout.h"
#include "parse/rendered/grid.h"

namespace form4::internal {

/// Appends the table whose title ("Table I - ...") is at line `title` and
/// whose rows end before line `end` to `grid`: the title row, one heading row
/// (each heading followed by one empty cell per further sub-column, such as
/// Code and V under "3. Transaction Code"), one row per table row, and an
/// empty row. Table rows are the groups of lines between blank lines; a group
/// cut by a page break stays one row unless both parts are whole rows.
void AppendLayoutTable(const std::vector<LayoutLine>& lines, size_t title, size_t end, Grid& grid);

}  // namespace form4::internal

#endif  // FORM4_PARSE_LAYOUT_LAYOUT_TABLE_H_

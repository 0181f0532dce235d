// HTML renderings of a Form 3/4/5 (the SEC's own layout, and the raw HTML
// tables markdown converters keep) reduced to a Grid.
#ifndef FORM4_PARSE_RENDERED_HTML_GRID_H_
#define FORM4_PARSE_RENDERED_HTML_GRID_H_

#include <string>
#include <string_view>

#include "parse/rendered/grid.h"

namespace form4::internal {

/// Appends the rows of an HTML document or fragment (a whole page, or one
/// `<table>…</table>` block) to `grid`:
/// - each table row is a grid row, a cell spanning k columns followed by k-1
///   empty cells and a cell spanning rows leaving an empty cell in the rows
///   below, so that a table's cells line up by index; an empty row ends each table;
/// - a one-column table (a page wrapper, a list of footnotes) is read as the
///   blocks its cells hold;
/// - a table nested in a cell (the boxes of the form's header) is read into
///   that cell's text, row after row;
/// - filled-in values (`span.FormData`, `FormDataR`, `SmallFormData`, links,
///   `<u>`) become `<u>…</u>`; `<sup>` is kept;
/// - a check-box cell (an "X" in a nested table's cell, or a one-cell box
///   holding an "X" or nothing) becomes `☒` / `☐` at the start of the next
///   cell of its row, the label it belongs to;
/// - text outside tables becomes one-cell rows, one per block or line.
/// `html` is read as UTF-8 (bytes that are not are read as Windows-1252).
void AppendHtmlGrid(std::string_view html, Grid& grid);

/// The cell text of an inline HTML fragment such as a markdown table cell
/// holding `<span class="FormData">…</span>`, marked up as AppendHtmlGrid marks
/// a cell's content.
std::string HtmlCellText(std::string_view fragment);

}  // namespace form4::internal

#endif  // FORM4_PARSE_RENDERED_HTML_GRID_H_

// The common shape every table-like rendering is reduced to before it is
// interpreted as a Form 3/4/5: rows of cells, in reading order.
#ifndef FORM4_PARSE_RENDERED_GRID_H_
#define FORM4_PARSE_RENDERED_GRID_H_

#include <string>
#include <vector>

#include "form4/model.h"

namespace form4::internal {

/// One row of a rendered form. A paragraph is a row with one cell; an empty row
/// ends a table. Cells keep the rendering's value markup, which the
/// interpreter reads:
/// - `<u>…</u>` around a filled-in value (the SEC layout's underlined fields);
/// - `<input checked="" type="checkbox"/>` or `☒` for a checked box, `<input
///   type="checkbox"/>` or `☐` for an unchecked one;
/// - footnote markers (`⁽¹⁾`, `(1)`, `<sup>1</sup>`...), `$`, `\$`, markdown escapes.
/// A cell spanning several columns is followed by empty cells, so that the
/// cells of a table's rows line up by index.
struct GridRow {
  std::vector<std::string> cells;
  /// True when the rendering writes this row's footnote references only as
  /// superscripts (`<sup>`, ⁽n⁾), as the SEC's HTML does: then "(2)" in a cell
  /// is text, as in "Class B Common Stock (2)".
  bool superscript_footnotes_only = false;
};

struct Grid {
  std::vector<GridRow> rows;
};

/// Reads a rendered Form 3/4/5 laid out as `grid` into the canonical model.
/// Values the rendering does not show are null; what had to be inferred (an
/// (A)/(D) column the rendering merged) is listed in `warnings`.
Filing InterpretGrid(const Grid& grid, std::vector<Warning>& warnings);

}  // namespace form4::internal

#endif  // FORM4_PARSE_RENDERED_GRID_H_

// Tables drawn with dashes only, as pandoc's plain-text and markdown writers
// set simple and multiline tables: no vertical rules, a line of dash runs (one
// run per column, separated by spaces) under the header gives the columns.
//
//   Table I - Non-Derivative Securities ...                      <- header
//   ------------------- ------------- ------- -------------      <- column runs
//   1. Title of Security 2. Transaction ...                      <- one row per line
//   Common Stock         03/11/2021    S       15,805
//
// A multiline table opens and closes with one dash run as wide as the table,
// and its rows (each over several lines) are separated by blank lines.
#ifndef FORM4_PARSE_RENDERED_DASHED_TABLES_H_
#define FORM4_PARSE_RENDERED_DASHED_TABLES_H_

#include "parse/rendered/drawn_tables.h"

namespace form4::internal {

/// Finds the dashed tables in `layout.free_text` (the text outside drawn
/// tables), adds them to `layout.tables` (one cell per row and column, the
/// cell's text cut from each line at the columns' runs) and blanks their lines
/// in `layout.free_text`.
void FindDashedTables(DrawnPage& layout);

}  // namespace form4::internal

#endif  // FORM4_PARSE_RENDERED_DASHED_TABLES_H_

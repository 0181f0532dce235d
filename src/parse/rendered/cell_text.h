// The text of a cell drawn on a plain-text page, with the layout that separates
// its values kept: a cell of the SEC's form holds borderless inner tables (the
// name and address lines, "Director  10% Owner", city / state / ZIP), which a
// text dump lays out with spaces and wraps to the cell's width.
#ifndef FORM4_PARSE_RENDERED_CELL_TEXT_H_
#define FORM4_PARSE_RENDERED_CELL_TEXT_H_

#include <string>
#include <vector>

#include "parse/rendered/text_page.h"

namespace form4::internal {

/// The text of a cell whose lines (all as wide as the cell) are `lines`, as UTF-8:
/// - a line that continues the one above (its first word did not fit there, by
///   the cell's width or RuledWidth) is joined to it with a space; other lines
///   are separated by '\n';
/// - text set apart by a gap of two or more blank columns that runs through a
///   block of lines (a borderless inner table's columns) is read row by row, its
///   columns separated by '\t', each column wrapped on its own;
/// - lines drawn only with rule characters (an `<hr>`) are blank.
/// Readers that want plain text collapse '\n' and '\t' like any whitespace.
/// `breaks_at_slashes`: the converter breaks words before a slash (w3m), so a
/// line starting with "/" continues a word; else only a word too long for
/// its line was broken there.
std::string CellText(const std::vector<PageLine>& lines, bool breaks_at_slashes = false);

/// True when a cell shows the form's own words broken before a slash
/// ("Joint" over "/Group", "(Month/Day" over "/Year)"): the converter breaks
/// words there.
bool ShowsBreakBeforeSlash(const std::vector<PageLine>& lines);

/// The width a cell's text wraps at, as its box's rule measures it: the SEC's
/// page draws a rule (`<hr width="98%">`) across the name box between its
/// parts, and converters lay the box's inner tables out narrower than the cell
/// (w3m by a column or two), so the rule is what shows their width: the widest
/// box whose 98% rounds down to the rule's length. SIZE_MAX without a rule
/// (three or more rule characters alone on a line).
size_t RuledWidth(const std::vector<PageLine>& lines);

}  // namespace form4::internal

#endif  // FORM4_PARSE_RENDERED_CELL_TEXT_H_

// The tables drawn on a plain-text page (text_page.h): text dumps of the HTML
// form (w3m, html2text, links...) draw a table's rules with Unicode
// box-drawing characters or with ASCII `|` and `_`, and put paragraphs, small
// check boxes and tables side by side. This module finds the drawn tables and
// their cells by the positions of the rules, the check boxes, and the text that
// is drawn outside any table. (A printed page turned into text by position has
// no rules; parse/layout/text_layout.h reads it by where its words stand.)
#ifndef FORM4_PARSE_RENDERED_DRAWN_TABLES_H_
#define FORM4_PARSE_RENDERED_DRAWN_TABLES_H_

#include <string_view>
#include <vector>

#include "parse/rendered/text_page.h"

namespace form4::internal {

/// A cell of a drawn table: the text between its rules.
struct DrawnCell {
  size_t top = 0;     // page line of its first text line
  size_t left = 0;    // column of the rule on its left
  size_t right = 0;   // column of the rule on its right
  std::vector<PageLine> lines;  // the text between the rules, one per page line
};

/// A drawn table: its cells in page order (by first line, then column).
struct DrawnTable {
  size_t top = 0;     // first page line it occupies (its top rule included)
  size_t bottom = 0;  // last page line it occupies
  std::vector<DrawnCell> cells;
};

/// A small drawn box with room for one mark: a check box.
struct DrawnCheckbox {
  size_t top = 0, bottom = 0;  // the page lines the box occupies
  size_t line = 0;             // the line its mark is on
  size_t left = 0, right = 0;  // the columns of its left and right rules
  bool checked = false;
};

/// What a page shows: its tables, its check boxes and the text around them.
struct DrawnPage {
  std::vector<DrawnTable> tables;        // in order of their top line
  std::vector<DrawnCheckbox> checkboxes;  // in order of their line
  /// The page with every table and check box blanked: the text drawn outside them.
  std::vector<PageLine> free_text;
};

/// Lays out `input` (UTF-8; invalid bytes are read as Windows-1252). Rules are
/// Unicode box-drawing characters (light, heavy, double) or, on a page that draws
/// none, ASCII: `|` for vertical rules, `_` for horizontal ones, a cell's last line
/// written with `_` in place of spaces. On an ASCII page `_` inside text is an
/// underline and reads as a space.
DrawnPage ReadDrawnPage(std::string_view input);

}  // namespace form4::internal

#endif  // FORM4_PARSE_RENDERED_DRAWN_TABLES_H_

// The relationship box of a text dump read by where its words stand. The SEC's
// page sets the box's check marks and captions in a borderless table of four
// columns (mark, caption, mark, caption: "X Director  X 10% Owner" over
// "X Officer (give title below)  Other (specify below)", the officer's title in
// a row below). A narrow dump wraps each caption in its own sub-column, so the
// cell's lines read left to right interleave the captions ("Officer  Other" /
// "X (give  (specify"); read by position, each mark goes with the caption right
// of it and the title is the text that stands below the captions.
#ifndef FORM4_PARSE_RENDERED_MARK_CAPTIONS_H_
#define FORM4_PARSE_RENDERED_MARK_CAPTIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "parse/rendered/text_page.h"

namespace form4::internal {

/// The lines [begin, end) of a cell that hold the relationship box's table.
struct MarkCaptionBlock {
  size_t begin = 0, end = 0;
  /// The table in the form's order, one caption a line, its mark ("X") before
  /// it: "X Director\n10% Owner\nX Officer (give title below)\nOther (specify
  /// below)", then the text written below each caption column (the officer's
  /// title, then the other's), a line each.
  std::string text;
};

/// Finds the four relationship captions ("Director", "10% Owner", "Officer
/// (give title below)", "Other (specify below)") among `lines` (a drawn cell's
/// lines), each followed down its own sub-column, and reads the marks and the
/// text below them by position. A mark ticks the caption right of it whose
/// lines it stands beside (else the nearest such caption above or below).
/// Nothing when a caption is missing, other text stands among the captions, a
/// mark has no caption right of it, or the cell holds more words than such a box
/// (400): then the lines are read as plain text.
std::optional<MarkCaptionBlock> ReadMarkCaptionBlock(const std::vector<PageLine>& lines);

}  // namespace form4::internal

#endif  // FORM4_PARSE_RENDERED_MARK_CAPTIONS_H_

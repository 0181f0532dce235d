// The parts of a printed Form 3/4/5 below its tables, read back from
// laid-out text: the footnotes ("Explanation of Responses"), the remarks and
// the signature blocks.
#ifndef FORM4_PARSE_LAYOUT_LAYOUT_SECTIONS_H_
#define FORM4_PARSE_LAYOUT_LAYOUT_SECTIONS_H_

#include <vector>

#include "parse/layout/text_layout.h"
#include "parse/rendered/grid.h"

namespace form4::internal {

/// One signature: the lines [begin, label) above the printed "** Signature of
/// Reporting Person" at line `label`, which hold the signer's name and the date.
struct SignatureBlock {
  size_t begin = 0;
  size_t label = 0;
};

/// The signature blocks in lines [begin, end). A block is the run of lines
/// right above a "Signature of Reporting Person" caption that stand in its
/// column (the signature sits in the right half of the page).
std::vector<SignatureBlock> FindSignatureBlocks(const std::vector<LayoutLine>& lines, size_t begin, size_t end);

/// Appends the "Explanation of Responses" title at line `title` and one row
/// per footnote in lines (title, end): its number and its text, the wrapped
/// lines joined. A footnote starts on a line that begins with the next
/// number ("2." after "1."), so numbers inside a footnote's text do not.
void AppendLayoutFootnotes(const std::vector<LayoutLine>& lines, size_t title, size_t end, Grid& grid);

/// Appends the remarks (title "Remarks:" at line `title`, text up to `end`) as two rows.
void AppendLayoutRemarks(const std::vector<LayoutLine>& lines, size_t title, size_t end, Grid& grid);

/// Appends each signature as a row {name, date} (the date last when the block
/// shows one) followed by the caption row.
void AppendLayoutSignatures(const std::vector<LayoutLine>& lines, const std::vector<SignatureBlock>& blocks,
                            Grid& grid);

}  // namespace form4::internal

#endif  // FORM4_PARSE_LAYOUT_LAYOUT_SECTIONS_H_

// Text-browser dumps (lynx -dump and the like): tables as lines of words.
#ifndef FORM4_PARSE_TEXT_LINES_H_
#define FORM4_PARSE_TEXT_LINES_H_

#include <string>
#include <string_view>

namespace form4::internal {

/// `dump` without a text browser's own marks: the trailing "References" list
/// of links and the "[n]" marks pointing into it, carets before superscripts
/// ("M^(1)" becomes "M(1)"), lines that are only an input field's underline,
/// and the indent every line shares. The words and line breaks stay.
std::string UndoTextBrowserMarks(std::string_view dump);

}  // namespace form4::internal

#endif  // FORM4_PARSE_TEXT_LINES_H_

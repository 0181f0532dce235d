// Lines of a markdown document as its writer meant them, for the markdown
// reader: converters such as Python's html2text wrap long lines (table rows
// too) and mark the lines they did not wrap with a hard break (two trailing
// spaces); they write links and emphasis that carry no value of their own.
#ifndef FORM4_PARSE_MARKDOWN_LINES_H_
#define FORM4_PARSE_MARKDOWN_LINES_H_

#include <string>
#include <string_view>
#include <vector>

namespace form4::internal {

/// The lines of `input`. In a document that ends its lines with hard breaks
/// (two or more trailing spaces on a good share of its lines), a line without
/// one was wrapped: it is joined to the next non-blank line with a space.
/// Other documents keep their lines as they are.
std::vector<std::string> LogicalLines(std::string_view input);

/// `line` with inline markdown that only decorates text replaced by the text:
/// links and images `[text](url)` by their text, `_emphasis_` by its words.
std::string StripInlineMarkdown(std::string_view line);

/// True for a line that only draws a rule or a table's delimiter row: "---",
/// "* * *", "|---|:--:|".
bool IsRuleOrDelimiterLine(std::string_view line);

}  // namespace form4::internal

#endif  // FORM4_PARSE_MARKDOWN_LINES_H_

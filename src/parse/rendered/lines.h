// Line handling shared by the line-oriented rendering readers.
#ifndef FORM4_PARSE_RENDERED_LINES_H_
#define FORM4_PARSE_RENDERED_LINES_H_

#include <string>
#include <string_view>

#include "form4/model.h"
#include "form4/status.h"
#include "parse/reader.h"
#include "parse/rendered/grid.h"

namespace form4::internal {

/// Calls `visit(line)` for each line of `input` (without its "\n" or "\r\n").
template <typename Visit>
void ForEachLine(std::string_view input, Visit visit) {
  size_t start = 0;
  while (start < input.size()) {
    size_t end = input.find('\n', start);
    if (end == std::string_view::npos) end = input.size();
    std::string_view line = input.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    visit(line);
    start = end + 1;
  }
}

bool TrimmedStartsWith(std::string_view line, std::string_view prefix);
bool TrimmedEndsWith(std::string_view line, std::string_view suffix);

/// Appends a text line as a one-cell row; a blank line as an empty row (which
/// ends a table). Markdown headings and bullets keep their text.
void AddParagraphLine(std::string_view line, Grid& grid);

/// Appends a signature line (its name and, if read, its date as written) and
/// the form's caption under it, as the interpreter expects a signature block.
void AddSignatureRows(const std::string& name, const std::string& date, Grid& grid);

/// InterpretGrid with the checks every rendering reader shares: a grid that
/// shows no part of a Form 3/4/5 is a parse error naming `name`.
Result<Filing> ReadGridRendering(const Grid& grid, std::string_view name);

/// The reader of a rendering that `MakeGrid` reduces to a Grid, read by
/// ReadGridRendering.
template <Grid (*MakeGrid)(std::string_view)>
class GridRenderingReader final : public Reader {
 public:
  Result<Filing> Read(std::string_view input, std::string_view name) const override {
    return ReadGridRendering(MakeGrid(input), name);
  }
};

}  // namespace form4::internal

#endif  // FORM4_PARSE_RENDERED_LINES_H_

#include "parse/rendered/cell_text.h"

#include <algorithm>
#include <cstdint>

namespace form4::internal {
namespace {

// Two blank columns set text apart; one is a space between words.
constexpr size_t kGutterWidth = 2;

bool IsRuleChar(char32_t c) {
  return (c >= 0x2500 && c <= 0x257F) || c == U'=' || c == U'-' || c == U'_';
}

// A line drawn only with rule characters (three or more): a horizontal rule.
bool IsRuleLine(const PageLine& line) {
  size_t rules = 0;
  for (char32_t c : line) {
    if (c == U' ') continue;
    if (!IsRuleChar(c)) return false;
    ++rules;
  }
  return rules >= 3;
}

bool IsBlankLine(const PageLine& line) { return line.find_first_not_of(U' ') == PageLine::npos; }

// The columns of a block of lines: spans of text separated by gutters.
struct Span {
  size_t begin, end;  // [begin, end)
};

std::vector<Span> BlockColumns(const std::vector<const PageLine*>& block) {
  size_t width = 0;
  for (const PageLine* line : block) width = std::max(width, line->size());
  std::vector<bool> used(width, false);
  for (const PageLine* line : block) {
    for (size_t x = 0; x < line->size(); ++x) {
      if ((*line)[x] != U' ') used[x] = true;
    }
  }
  std::vector<Span> columns;
  size_t x = 0;
  while (x < width) {
    while (x < width && !used[x]) ++x;
    if (x == width) break;
    size_t end = x;
    // A column runs to the next gap of kGutterWidth blank columns.
    for (size_t blank = 0; end < width; ++end) {
      blank = used[end] ? 0 : blank + 1;
      if (blank == kGutterWidth) {
        end -= kGutterWidth - 1;
        break;
      }
    }
    while (end > x && !used[end - 1]) --end;
    columns.push_back({x, end});
    x = end;
  }
  return columns;
}

// One column's text on one line, trimmed, and the columns it takes.
struct Chunk {
  std::u32string text;
  size_t end = 0;  // page column past its last character
};

Chunk ChunkOf(const PageLine& line, Span column) {
  Chunk chunk;
  if (column.begin >= line.size()) return chunk;
  std::u32string_view part = std::u32string_view(line).substr(column.begin, column.end - column.begin);
  const size_t first = part.find_first_not_of(U' ');
  if (first == std::u32string_view::npos) return chunk;
  const size_t last = part.find_last_not_of(U' ');
  chunk.text = part.substr(first, last - first + 1);
  chunk.end = column.begin + last + 1;
  return chunk;
}

size_t FirstWordLength(const std::u32string& text) {
  const size_t space = text.find(U' ');
  return space == std::u32string::npos ? text.size() : space;
}

// Reads one block of non-blank lines, appending it to `out`.
// `cell_width` is the width inside the cell's padding (as much blank as its text
// leaves on the left, assumed on the right too), `padding` that blank.
void ReadBlock(const std::vector<const PageLine*>& block, size_t cell_width, size_t padding, std::string& out) {
  const std::vector<Span> columns = BlockColumns(block);
  // How wide each column is: to the cell's edge, for a block of one column; else
  // as wide as the column's text reaches.
  std::vector<size_t> widths(columns.size());
  for (size_t c = 0; c < columns.size(); ++c) {
    widths[c] = columns.size() == 1 ? padding + cell_width - std::min(columns[c].begin, padding + cell_width)
                                    : columns[c].end - columns[c].begin;
  }
  std::vector<std::vector<std::u32string>> rows;
  std::vector<size_t> last_length(columns.size(), 0);  // of each column's last line in the current row
  for (const PageLine* line : block) {
    std::vector<Chunk> chunks;
    for (const Span& column : columns) chunks.push_back(ChunkOf(*line, column));
    bool continues = !rows.empty();
    for (size_t c = 0; c < columns.size() && continues; ++c) {
      if (chunks[c].text.empty()) continue;
      const std::u32string& above = rows.back()[c];
      continues = !above.empty() && (above.back() == U'^' ||
                                     last_length[c] + 1 + FirstWordLength(chunks[c].text) > widths[c]);
    }
    if (!continues) rows.emplace_back(columns.size());
    for (size_t c = 0; c < columns.size(); ++c) {
      if (chunks[c].text.empty()) continue;
      std::u32string& cell = rows.back()[c];
      // A footnote marker written "^(1)" wraps after its caret, inside one word.
      if (!cell.empty() && cell.back() != U'^') cell.push_back(U' ');
      cell += chunks[c].text;
      last_length[c] = chunks[c].end - std::min(chunks[c].end, columns[c].begin);
    }
  }
  for (const std::vector<std::u32string>& row : rows) {
    if (!out.empty()) out.push_back('\n');
    bool first = true;
    for (const std::u32string& text : row) {
      if (text.empty()) continue;
      if (!first) out.push_back('\t');
      out += ToUtf8(text);
      first = false;
    }
  }
}

}  // namespace

std::string CellText(const std::vector<PageLine>& lines) {
  size_t width = 0, padding = SIZE_MAX;
  for (const PageLine& line : lines) {
    width = std::max(width, line.size());
    if (!IsBlankLine(line) && !IsRuleLine(line)) padding = std::min(padding, line.find_first_not_of(U' '));
  }
  if (padding == SIZE_MAX) return {};
  const size_t inner_width = width > 2 * padding ? width - 2 * padding : 0;
  std::string out;
  std::vector<const PageLine*> block;
  const auto flush = [&] {
    if (!block.empty()) ReadBlock(block, inner_width, padding, out);
    block.clear();
  };
  for (const PageLine& line : lines) {
    if (IsBlankLine(line) || IsRuleLine(line)) {
      flush();
    } else {
      block.push_back(&line);
    }
  }
  flush();
  return out;
}

}  // namespace form4::internal

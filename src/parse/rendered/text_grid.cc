#include "parse/rendered/text_grid.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>

#include "parse/rendered/cell_text.h"
#include "parse/rendered/drawn_tables.h"

namespace form4::internal {
namespace {

constexpr std::string_view kChecked = "\xE2\x98\x92";    // ☒
constexpr std::string_view kUnchecked = "\xE2\x98\x90";  // ☐

// At most this many blank columns stand between a check box and its caption.
constexpr size_t kCaptionGap = 4;

// A run of text outside the tables: words separated by single spaces.
struct Chunk {
  size_t line = 0, begin = 0, end = 0;  // page line; columns [begin, end)
  std::string text;
  bool used = false;  // read as part of a check box's caption
};

std::vector<std::vector<Chunk>> FreeChunks(const std::vector<PageLine>& free_text) {
  std::vector<std::vector<Chunk>> chunks(free_text.size());
  for (size_t y = 0; y < free_text.size(); ++y) {
    const PageLine& line = free_text[y];
    for (const TextRun& run : TextRuns(line)) {
      chunks[y].push_back({y, run.begin, run.end, ToUtf8(std::u32string_view(line).substr(run.begin, run.end - run.begin))});
    }
  }
  return chunks;
}

bool Overlaps(const Chunk& chunk, size_t begin, size_t end) { return chunk.begin < end && begin < chunk.end; }

// A check box's caption: the text just right of the box, continued on the lines
// above and below it that overlap it (a wrapped paragraph). Holds the caption's
// first line and the box's mark with the caption's text; no text when the box
// has no caption.
struct Caption {
  size_t line = 0;
  std::string text;
};

// The form's check box captions are sentences that start "Check this box"; in a
// narrow column the captions of two boxes wrap into one run of lines, split there.
bool StartsCaption(const Chunk& chunk) { return chunk.text.rfind("Check this", 0) == 0; }

Caption ReadCaption(const DrawnCheckbox& box, const std::vector<DrawnCheckbox>& boxes,
                    std::vector<std::vector<Chunk>>& chunks) {
  const auto in_other_box = [&](size_t y) {
    return std::any_of(boxes.begin(), boxes.end(),
                       [&](const DrawnCheckbox& other) { return &other != &box && other.top <= y && y <= other.bottom; });
  };
  std::map<size_t, Chunk*> caption;  // by line
  for (size_t y = box.top; y <= box.bottom && y < chunks.size(); ++y) {
    for (Chunk& chunk : chunks[y]) {
      if (!chunk.used && chunk.begin > box.right && chunk.begin <= box.right + 1 + kCaptionGap) caption[y] = &chunk;
    }
  }
  if (caption.empty()) return {};
  // Up and down while a line's text overlaps the caption's.
  for (size_t y = caption.begin()->first; y > 0 && !in_other_box(y - 1);) {
    const Chunk* above = caption.begin()->second;
    Chunk* next = nullptr;
    for (Chunk& chunk : chunks[y - 1]) {
      if (!chunk.used && Overlaps(chunk, above->begin, above->end)) next = &chunk;
    }
    if (next == nullptr) break;
    caption[--y] = next;
    if (StartsCaption(*next)) break;
  }
  for (size_t y = caption.rbegin()->first; y + 1 < chunks.size() && !in_other_box(y + 1);) {
    const Chunk* below = caption.rbegin()->second;
    Chunk* next = nullptr;
    for (Chunk& chunk : chunks[y + 1]) {
      if (!chunk.used && Overlaps(chunk, below->begin, below->end)) next = &chunk;
    }
    if (next == nullptr || StartsCaption(*next)) break;
    caption[++y] = next;
  }
  Caption out{caption.begin()->first, std::string(box.checked ? kChecked : kUnchecked)};
  for (auto& [line, chunk] : caption) {
    out.text += ' ';
    out.text += chunk->text;
    chunk->used = true;
  }
  return out;
}

// The grid rows of a drawn table: one row per line on which cells start, each
// cell at the index of its left rule among all the table's rules.
void AddTable(const DrawnTable& table, bool breaks_at_slashes, Grid& grid) {
  std::vector<size_t> rules;
  for (const DrawnCell& cell : table.cells) {
    rules.push_back(cell.left);
    rules.push_back(cell.right);
  }
  std::sort(rules.begin(), rules.end());
  rules.erase(std::unique(rules.begin(), rules.end()), rules.end());
  const auto index = [&](size_t x) {
    return static_cast<size_t>(std::lower_bound(rules.begin(), rules.end(), x) - rules.begin());
  };
  grid.rows.push_back({});
  for (size_t k = 0; k < table.cells.size();) {
    GridRow row;
    row.cells.resize(rules.size() - 1);
    const size_t top = table.cells[k].top;
    for (; k < table.cells.size() && table.cells[k].top == top; ++k) {
      row.cells[index(table.cells[k].left)] = CellText(table.cells[k].lines, breaks_at_slashes);
    }
    grid.rows.push_back(std::move(row));
  }
  grid.rows.push_back({});
}

}  // namespace

Grid TextGrid(std::string_view input) {
  const DrawnPage layout = ReadDrawnPage(input);
  std::vector<std::vector<Chunk>> chunks = FreeChunks(layout.free_text);
  std::map<size_t, std::vector<std::string>> captions;  // by first line
  for (const DrawnCheckbox& box : layout.checkboxes) {
    Caption caption = ReadCaption(box, layout.checkboxes, chunks);
    if (caption.text.empty()) {  // a box alone: its mark stands where it is drawn
      chunks[box.line].push_back({box.line, box.left, box.right + 1,
                                  std::string(box.checked ? kChecked : kUnchecked)});
      std::sort(chunks[box.line].begin(), chunks[box.line].end(),
                [](const Chunk& a, const Chunk& b) { return a.begin < b.begin; });
      continue;
    }
    captions[caption.line].push_back(std::move(caption.text));
  }
  std::vector<bool> in_table(chunks.size(), false);
  for (const DrawnTable& table : layout.tables) {
    for (size_t y = table.top; y <= table.bottom && y < in_table.size(); ++y) in_table[y] = true;
  }
  // The converter's way with slashes shows on the form's own words.
  bool breaks_at_slashes = false;
  for (const DrawnTable& table : layout.tables) {
    for (const DrawnCell& cell : table.cells) breaks_at_slashes = breaks_at_slashes || ShowsBreakBeforeSlash(cell.lines);
  }
  Grid grid;
  size_t next_table = 0;
  size_t margin = SIZE_MAX;  // where the text of the line above began
  for (size_t y = 0; y < chunks.size(); ++y) {
    while (next_table < layout.tables.size() && layout.tables[next_table].top == y) {
      AddTable(layout.tables[next_table++], breaks_at_slashes, grid);
      margin = SIZE_MAX;
    }
    if (auto it = captions.find(y); it != captions.end()) {
      for (std::string& text : it->second) grid.rows.push_back({{std::move(text)}});
      margin = SIZE_MAX;
    }
    GridRow row;
    size_t begin = SIZE_MAX;
    for (const Chunk& chunk : chunks[y]) {
      if (chunk.used) continue;
      row.cells.push_back(chunk.text);
      begin = std::min(begin, chunk.begin);
    }
    if (row.cells.empty()) {
      // A blank line ends a paragraph; lines beside a table or a caption are not blank.
      if (chunks[y].empty() && !in_table[y]) grid.rows.push_back({});
      margin = SIZE_MAX;
      continue;
    }
    // Text that starts at another margin than the line above is another block
    // (a borderless table beside or below a paragraph).
    if (margin != SIZE_MAX && begin != margin) grid.rows.push_back({});
    grid.rows.push_back(std::move(row));
    margin = begin;
  }
  return grid;
}

}  // namespace form4::internal

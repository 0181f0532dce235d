#include "parse/rendered/drawn_tables.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "parse/rendered/dashed_tables.h"


namespace form4::internal {
namespace {

// ---------------------------------------------------------------------------
// Lines laid out in bytes

std::vector<size_t> PipeColumns(const PageLine& line) {
  std::vector<size_t> columns;
  for (size_t x = 0; x < line.size(); ++x) {
    if (line[x] == U'|') columns.push_back(x);
  }
  return columns;
}

// How many of `line`'s `|` stand where a neighbouring line has one.
size_t AlignedPipes(const PageLine& line, const PageLine* above, const PageLine* below) {
  size_t aligned = 0;
  for (size_t x : PipeColumns(line)) {
    if ((above != nullptr && x < above->size() && (*above)[x] == U'|') ||
        (below != nullptr && x < below->size() && (*below)[x] == U'|')) {
      ++aligned;
    }
  }
  return aligned;
}

// Lays out again in byte columns the lines (decoded from `raw`) whose `|` rules
// align with their neighbours' only when counted in bytes.
void UseByteColumnsWhereAligned(const std::vector<std::string_view>& raw, std::vector<PageLine>& lines) {
  for (size_t y = 0; y < lines.size(); ++y) {
    if (lines[y].size() == raw[y].size() || lines[y].find(U'|') == PageLine::npos) continue;  // all ASCII
    PageLine bytes = DecodePageLine(raw[y], true);
    const PageLine* above = y > 0 ? &lines[y - 1] : nullptr;
    const PageLine* below = y + 1 < lines.size() ? &lines[y + 1] : nullptr;
    if (AlignedPipes(bytes, above, below) > AlignedPipes(lines[y], above, below)) lines[y] = std::move(bytes);
  }
}

char32_t At(const std::vector<PageLine>& page, size_t y, size_t x) {
  return y < page.size() && x < page[y].size() ? page[y][x] : U' ';
}

// ---------------------------------------------------------------------------
// Box-drawing rules

enum Side : uint8_t { kUp = 1, kDown = 2, kLeft = 4, kRight = 8 };

// The sides a box-drawing character (U+2500..U+257F) connects to; 0 for others.
uint8_t BoxSides(char32_t c) {
  if (c < 0x2500 || c > 0x257F) return 0;
  constexpr uint8_t kH = kLeft | kRight, kV = kUp | kDown;
  if (c <= 0x250B) return (c - 0x2500) % 4 < 2 ? kH : kV;  // ─ ━ │ ┃ and the dashed ones
  if (c <= 0x250F) return kDown | kRight;                    // ┌
  if (c <= 0x2513) return kDown | kLeft;                     // ┐
  if (c <= 0x2517) return kUp | kRight;                      // └
  if (c <= 0x251B) return kUp | kLeft;                       // ┘
  if (c <= 0x2523) return kV | kRight;                       // ├
  if (c <= 0x252B) return kV | kLeft;                        // ┤
  if (c <= 0x2533) return kH | kDown;                        // ┬
  if (c <= 0x253B) return kH | kUp;                          // ┴
  if (c <= 0x254B) return kH | kV;                           // ┼
  if (c <= 0x254D) return kH;                                // ╌ ╍
  if (c <= 0x254F) return kV;                                // ╎ ╏
  if (c == 0x2550) return kH;                                // ═
  if (c == 0x2551) return kV;                                // ║
  if (c <= 0x2554) return kDown | kRight;                    // ╔
  if (c <= 0x2557) return kDown | kLeft;                     // ╗
  if (c <= 0x255A) return kUp | kRight;                      // ╚
  if (c <= 0x255D) return kUp | kLeft;                       // ╝
  if (c <= 0x2560) return kV | kRight;                       // ╠
  if (c <= 0x2563) return kV | kLeft;                        // ╣
  if (c <= 0x2566) return kH | kDown;                        // ╦
  if (c <= 0x2569) return kH | kUp;                          // ╩
  if (c <= 0x256C) return kH | kV;                           // ╬
  if (c == 0x256D) return kDown | kRight;                    // ╭
  if (c == 0x256E) return kDown | kLeft;                     // ╮
  if (c == 0x256F) return kUp | kLeft;                       // ╯
  if (c == 0x2570) return kUp | kRight;                      // ╰
  if (c <= 0x2573) return 0;                                 // diagonals
  static constexpr uint8_t kHalves[] = {kLeft, kUp, kRight, kDown, kLeft, kUp, kRight, kDown, kH, kV, kH, kV};
  return kHalves[c - 0x2574];
}

// The sides each position of the page connects to, where a rule is drawn.
using RuleMap = std::vector<std::vector<uint8_t>>;

RuleMap BoxDrawingRules(const std::vector<PageLine>& page) {
  RuleMap rules(page.size());
  for (size_t y = 0; y < page.size(); ++y) {
    rules[y].resize(page[y].size());
    for (size_t x = 0; x < page[y].size(); ++x) rules[y][x] = BoxSides(page[y][x]);
  }
  return rules;
}

bool IsAsciiHorizontal(char32_t c) { return c == U'-' || c == U'='; }

bool IsAsciiRuleEnd(char32_t c) { return c == U'+' || c == U'|'; }

// Rules drawn in ASCII as grid tables are: `+` where rules meet (a horizontal
// and a vertical one), runs of `-` or `=` between two `+` or `|`, and `|` above
// or below another `|`, a `+` or a horizontal rule. Some converters (links)
// draw no `+` where an inner rule meets another: a `|` standing on or hanging
// from a horizontal rule joins it there, and a horizontal rule may end on a `|`.
// Characters that draw nothing with their neighbours are text.
RuleMap AsciiGridRules(const std::vector<PageLine>& page) {
  RuleMap rules(page.size());
  for (size_t y = 0; y < page.size(); ++y) rules[y].resize(page[y].size());
  // Runs of `-` or `=` (two or more) whose both ends are `+` or `|`.
  std::vector<std::vector<bool>> horizontal(page.size());
  for (size_t y = 0; y < page.size(); ++y) {
    const PageLine& line = page[y];
    horizontal[y].assign(line.size(), false);
    for (size_t x = 0; x < line.size(); ++x) {
      if (!IsAsciiRuleEnd(line[x])) continue;
      size_t end = x + 1;
      while (end < line.size() && IsAsciiHorizontal(line[end])) ++end;
      if (end < line.size() && end > x + 2 && IsAsciiRuleEnd(line[end])) {
        for (size_t k = x + 1; k < end; ++k) horizontal[y][k] = true;
        x = end - 1;
      }
    }
  }
  const auto is_horizontal = [&](size_t y, size_t x) {
    return y < page.size() && x < horizontal[y].size() && horizontal[y][x];
  };
  const auto joins_vertically = [&](size_t y, size_t x) {  // `|` or `+`, or a rule it stands on
    const char32_t c = At(page, y, x);
    return c == U'|' || c == U'+' || is_horizontal(y, x);
  };
  for (size_t y = 0; y < page.size(); ++y) {
    const PageLine& line = page[y];
    for (size_t x = 0; x < line.size(); ++x) {
      const char32_t c = line[x];
      const bool up = y > 0 && joins_vertically(y - 1, x), down = joins_vertically(y + 1, x);
      const bool left = x > 0 && (is_horizontal(y, x - 1) || (c == U'+' && line[x - 1] == U'+'));
      const bool right = is_horizontal(y, x + 1) || (c == U'+' && x + 1 < line.size() && line[x + 1] == U'+');
      uint8_t sides = 0;
      if (c == U'+') {
        // Two rules on consecutive lines are one table's bottom and the next one's top.
        if (y > 0 && At(page, y - 1, x) == U'|') sides |= kUp;
        if (At(page, y + 1, x) == U'|') sides |= kDown;
        if (left) sides |= kLeft;
        if (right) sides |= kRight;
        if ((sides & (kLeft | kRight)) == 0 || (sides & (kUp | kDown)) == 0) sides = 0;
      } else if (c == U'|') {
        if (up || down) {
          sides = kUp | kDown;
          if (left) sides |= kLeft;
          if (right) sides |= kRight;
        }
      } else if (is_horizontal(y, x)) {
        sides = kLeft | kRight;
        if (y > 0 && At(page, y - 1, x) == U'|') sides |= kUp;
        if (At(page, y + 1, x) == U'|') sides |= kDown;
      }
      rules[y][x] = sides;
    }
  }
  return rules;
}

// True when some rule turns down and right (a table's top-left corner), drawn
// with `corner` when one is given.
bool HasCorner(const RuleMap& rules, const std::vector<PageLine>& page = {}, char32_t corner = 0) {
  for (size_t y = 0; y < rules.size(); ++y) {
    for (size_t x = 0; x < rules[y].size(); ++x) {
      if ((rules[y][x] & (kDown | kRight)) == (kDown | kRight) && (corner == 0 || page[y][x] == corner)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// Cells

// The part of one page line between two neighbouring vertical rules of a table.
struct Slice {
  size_t left = 0, right = 0;  // the columns of the two rules
  bool rule = false;           // a horizontal rule: ends the cells above it
  bool closes = false;         // text that is its cell's last line
  PageLine text;
};

// Stacks the slices of successive lines into cells: a slice continues the open
// cell between the same two rules; a horizontal rule, or a slice between other
// rules, ends it.
class CellBuilder {
 public:
  void AddLine(size_t y, std::vector<Slice>& slices) {
    for (OpenCell& open : open_) open.continued = false;
    for (Slice& slice : slices) {
      if (slice.rule) {
        CloseOverlapping(slice);
        continue;
      }
      size_t k = 0;
      while (k < open_.size() && (open_[k].ended || open_[k].cell.left != slice.left ||
                                  open_[k].cell.right != slice.right)) {
        ++k;
      }
      if (k == open_.size()) {
        CloseOverlapping(slice);
        open_.push_back({{y, slice.left, slice.right, {}}, false, false});
      }
      open_[k].cell.lines.push_back(std::move(slice.text));
      open_[k].continued = true;
      open_[k].ended = slice.closes;
    }
    // A cell ends at its last line, at a rule, or where the line no longer reaches it.
    std::vector<OpenCell> still_open;
    for (OpenCell& open : open_) {
      if (open.ended || !open.continued) {
        done_.push_back(std::move(open.cell));
      } else {
        still_open.push_back(std::move(open));
      }
    }
    open_ = std::move(still_open);
  }

  std::vector<DrawnCell> Finish() {
    for (OpenCell& open : open_) done_.push_back(std::move(open.cell));
    open_.clear();
    std::stable_sort(done_.begin(), done_.end(), [](const DrawnCell& a, const DrawnCell& b) {
      return a.top != b.top ? a.top < b.top : a.left < b.left;
    });
    return std::move(done_);
  }

 private:
  struct OpenCell {
    DrawnCell cell;
    bool continued;  // the current line added to it
    bool ended;      // the current line was its last
  };

  void CloseOverlapping(const Slice& slice) {
    for (OpenCell& open : open_) {
      if (open.cell.left < slice.right && slice.left < open.cell.right) open.ended = true;
    }
  }

  std::vector<OpenCell> open_;
  std::vector<DrawnCell> done_;
};

// A table with one one-line cell that holds at most one mark is a check box.
bool ReadAsCheckbox(const DrawnTable& table, DrawnPage& layout) {
  if (table.cells.size() != 1 || table.cells[0].lines.size() != 1) return false;
  const DrawnCell& cell = table.cells[0];
  if (cell.right - cell.left - 1 > 3) return false;
  size_t marks = 0;
  for (char32_t c : cell.lines[0]) {
    if (c != U' ' && c != kFiller) ++marks;
  }
  if (marks > 1) return false;
  layout.checkboxes.push_back({table.top, table.bottom, cell.top, cell.left, cell.right, marks == 1});
  return true;
}

// ---------------------------------------------------------------------------
// Tables drawn with box-drawing characters

// Groups the page's rules into connected drawings (two positions connect when
// each reaches toward the other); returns the drawing id of each position, -1
// where there is none.
std::vector<std::vector<int>> ConnectRules(const RuleMap& rules, int& count) {
  std::vector<std::vector<int>> id(rules.size());
  for (size_t y = 0; y < rules.size(); ++y) id[y].assign(rules[y].size(), -1);
  count = 0;
  for (size_t y0 = 0; y0 < rules.size(); ++y0) {
    for (size_t x0 = 0; x0 < rules[y0].size(); ++x0) {
      if (id[y0][x0] >= 0 || rules[y0][x0] == 0) continue;
      std::vector<std::pair<size_t, size_t>> stack = {{y0, x0}};
      id[y0][x0] = count;
      while (!stack.empty()) {
        const auto [y, x] = stack.back();
        stack.pop_back();
        const uint8_t sides = rules[y][x];
        const auto visit = [&](size_t ny, size_t nx, uint8_t need) {
          if (ny >= rules.size() || nx >= rules[ny].size() || id[ny][nx] >= 0) return;
          if ((rules[ny][nx] & need) == 0) return;
          id[ny][nx] = count;
          stack.push_back({ny, nx});
        };
        if ((sides & kRight) != 0) visit(y, x + 1, kLeft);
        if ((sides & kLeft) != 0 && x > 0) visit(y, x - 1, kRight);
        if ((sides & kDown) != 0) visit(y + 1, x, kUp);
        if ((sides & kUp) != 0 && y > 0) visit(y - 1, x, kDown);
      }
      ++count;
    }
  }
  return id;
}

// Finds the tables (and check boxes) that `rules` draw on `page`.
void FindRuledTables(const std::vector<PageLine>& page, const RuleMap& rules, DrawnPage& layout) {
  int count = 0;
  const std::vector<std::vector<int>> id = ConnectRules(rules, count);
  // Each drawing's extent, and whether it has a top-left corner (a box, not a lone rule).
  struct Extent {
    size_t top = SIZE_MAX, bottom = 0;
    bool corner = false;
  };
  std::vector<Extent> extents(static_cast<size_t>(count));
  for (size_t y = 0; y < page.size(); ++y) {
    for (size_t x = 0; x < page[y].size(); ++x) {
      if (id[y][x] < 0) continue;
      Extent& e = extents[static_cast<size_t>(id[y][x])];
      e.top = std::min(e.top, y);
      e.bottom = std::max(e.bottom, y);
      if ((rules[y][x] & (kDown | kRight)) == (kDown | kRight)) e.corner = true;
    }
  }
  for (int drawing = 0; drawing < count; ++drawing) {
    const Extent& extent = extents[static_cast<size_t>(drawing)];
    if (!extent.corner || extent.bottom == extent.top) continue;
    DrawnTable table{extent.top, extent.bottom, {}};
    CellBuilder builder;
    std::vector<std::pair<size_t, size_t>> spans;  // the drawing's columns on each line
    for (size_t y = extent.top; y <= extent.bottom; ++y) {
      std::vector<size_t> verticals;
      size_t first = SIZE_MAX, last = 0;
      for (size_t x = 0; x < page[y].size(); ++x) {
        if (id[y][x] != drawing) continue;
        first = std::min(first, x);
        last = x;
        if ((rules[y][x] & (kUp | kDown)) != 0) verticals.push_back(x);
      }
      std::vector<Slice> slices;
      for (size_t k = 0; k + 1 < verticals.size(); ++k) {
        const size_t left = verticals[k], right = verticals[k + 1];
        if (right == left + 1) continue;
        Slice slice{left, right, true, false, {}};
        for (size_t x = left + 1; x < right; ++x) {
          if (id[y][x] != drawing) slice.rule = false;
        }
        if (!slice.rule) slice.text = page[y].substr(left + 1, right - left - 1);
        slices.push_back(std::move(slice));
      }
      builder.AddLine(y, slices);
      spans.push_back({first, last});
    }
    table.cells = builder.Finish();
    if (!ReadAsCheckbox(table, layout)) layout.tables.push_back(std::move(table));
    for (size_t y = extent.top; y <= extent.bottom; ++y) {
      const auto [first, last] = spans[y - extent.top];
      for (size_t x = first; x <= last && x < layout.free_text[y].size(); ++x) layout.free_text[y][x] = U' ';
    }
  }
}

// ---------------------------------------------------------------------------
// Tables drawn with ASCII `|` and `_`

bool IsBlank(char32_t c) { return c == U' '; }

// The slices of one line of an ASCII table whose left rule is at `left`: the
// line's `|`s up to `limit`. Sets `end` to the last rule's column.
std::vector<Slice> AsciiSlices(const PageLine& line, size_t left, size_t limit, size_t& end) {
  std::vector<size_t> verticals;
  for (size_t x = left; x <= limit && x < line.size(); ++x) {
    if (line[x] == U'|') verticals.push_back(x);
  }
  end = verticals.empty() ? left : verticals.back();
  std::vector<Slice> slices;
  bool any_closes = false, any_padded = false;
  for (size_t k = 0; k + 1 < verticals.size(); ++k) {
    Slice slice{verticals[k], verticals[k + 1], false, false, line.substr(verticals[k] + 1, verticals[k + 1] - verticals[k] - 1)};
    if (slice.text.empty()) continue;
    const bool all_underscores = slice.text.find_first_not_of(U'_') == PageLine::npos;
    slice.rule = all_underscores;
    // A cell's last line has `_` for its padding and the spaces between its words.
    const bool underlined = slice.text.find(U'_') != PageLine::npos && slice.text.find(U' ') == PageLine::npos;
    slice.closes = !all_underscores && (slice.text.front() == U'_' || slice.text.back() == U'_' || underlined);
    any_closes = any_closes || slice.rule || slice.closes;
    // Padding, or a rule drawn with `=` (an <hr>), inside a cell that goes on.
    const bool hr = slice.text.find_first_not_of(U'=') == PageLine::npos;
    any_padded = any_padded || hr || IsBlank(slice.text.front()) || IsBlank(slice.text.back());
    slices.push_back(std::move(slice));
  }
  // Text that fills its cell leaves no room for `_`: it ends with the row when
  // every other cell on the line ends too.
  for (Slice& slice : slices) {
    if (any_closes && !any_padded && !slice.rule) slice.closes = true;
    for (char32_t& c : slice.text) {
      if (c == U'_') c = U' ';
    }
  }
  return slices;
}

void FindAsciiTables(const std::vector<PageLine>& page, DrawnPage& layout) {
  for (size_t y = 0; y + 1 < page.size(); ++y) {
    const PageLine& border = layout.free_text[y];
    for (size_t a = 0; a < border.size(); ++a) {
      // A top rule: a run of `_` standing alone, over a line with `|` just left of it.
      if (border[a] != U'_' || (a > 0 && border[a - 1] != U' ') || a == 0) continue;
      size_t b = a;
      while (b + 1 < border.size() && border[b + 1] == U'_') ++b;
      if ((b + 1 < border.size() && border[b + 1] != U' ') || At(layout.free_text, y + 1, a - 1) != U'|') {
        a = b;
        continue;
      }
      const size_t left = a - 1;
      DrawnTable table{y, y, {}};
      CellBuilder builder;
      std::vector<size_t> ends;
      for (size_t row = y + 1; row < page.size() && At(layout.free_text, row, left) == U'|'; ++row) {
        size_t end = left;
        std::vector<Slice> slices = AsciiSlices(layout.free_text[row], left, b + 1, end);
        builder.AddLine(row, slices);
        ends.push_back(end);
        table.bottom = row;
      }
      table.cells = builder.Finish();
      for (size_t x = a; x <= b; ++x) layout.free_text[y][x] = U' ';
      for (size_t row = y + 1; row <= table.bottom; ++row) {
        for (size_t x = left; x <= ends[row - y - 1]; ++x) layout.free_text[row][x] = U' ';
      }
      if (!ReadAsCheckbox(table, layout)) layout.tables.push_back(std::move(table));
      a = b;
    }
  }
}

}  // namespace


DrawnPage ReadDrawnPage(std::string_view input) {
  const std::vector<std::string_view> raw = SplitLines(input);
  std::vector<PageLine> page;
  page.reserve(raw.size());
  for (std::string_view line : raw) page.push_back(DecodePageLine(line, false));
  DrawnPage layout;
  RuleMap rules = BoxDrawingRules(page);
  bool grid = HasCorner(rules);
  if (!grid) {
    // An ASCII grid has a `+` at its top-left corner; `|====|` alone underlines a cell.
    rules = AsciiGridRules(page);
    grid = HasCorner(rules, page, U'+');
  }
  if (grid) {
    layout.free_text = page;
    FindRuledTables(page, rules, layout);
  } else {
    UseByteColumnsWhereAligned(raw, page);
    layout.free_text = page;
    FindAsciiTables(page, layout);
    // On an ASCII page, `_` outside the rules underlines text.
    for (PageLine& line : layout.free_text) {
      for (char32_t& c : line) {
        if (c == U'_') c = U' ';
      }
    }
  }
  FindDashedTables(layout);
  const auto by_top = [](const auto& a, const auto& b) { return a.top < b.top; };
  std::stable_sort(layout.tables.begin(), layout.tables.end(), by_top);
  std::stable_sort(layout.checkboxes.begin(), layout.checkboxes.end(),
                   [](const DrawnCheckbox& a, const DrawnCheckbox& b) { return a.line < b.line; });
  return layout;
}


}  // namespace form4::internal

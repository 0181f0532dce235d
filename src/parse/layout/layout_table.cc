#include "parse/layout/layout_table.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "parse/layout/captions.h"
#include "parse/layout/form_words.h"
#include "parse/rendered/values.h"
#include "util/text.h"

namespace form4::internal {
namespace {

constexpr double kFarLeft = -1e9;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "1.", "2A.", "10.": the number a column heading starts with.
bool IsColumnNumber(std::string_view word) {
  size_t i = 0;
  while (i < word.size() && word[i] >= '0' && word[i] <= '9') ++i;
  if (i == 0 || i > 2) return false;
  if (i < word.size() && word[i] == 'A') ++i;
  return i + 1 == word.size() && word[i] == '.';
}

// What a heading with several sub-columns holds in them, which tells its
// cells apart where their positions do not.
enum class Parts {
  kOne,              // one column
  kCodeAndV,         // "Code" and "V": V holds only the letter V
  kCodeOnly,         // the code alone: Form 5 has no V column and prints no "V"
  kAmountAdPrice,    // "Amount", "(A) or (D)" (only A or D), "Price"
  kAcquiredDisposed, // "(A)" and "(D)": two amounts
  kTwoDates,         // "Date Exercisable" and "Expiration Date"
  kTitleAndAmount,   // underlying security: "Title" (text) and "Amount or Number of Shares"
};

// What a sub-column's cells hold, by the form's instructions.
enum class Role {
  kText,              // titles, nature of ownership: words, wrapped over lines
  kDate,              // dates (or words such as "Immediately")
  kAmount,            // share amounts and prices
  kCode,              // the transaction code ("S", "M", "J(1)", "S/K")
  kV,                 // only "V"
  kAcquiredDisposed,  // only "A" or "D"
  kDirectIndirect,    // only "D" or "I"
};

// The roles of one heading's sub-columns.
std::vector<Role> RolesOf(Parts parts, const std::string& heading) {
  switch (parts) {
    case Parts::kCodeAndV: return {Role::kCode, Role::kV};
    case Parts::kCodeOnly: return {Role::kCode};
    case Parts::kAmountAdPrice: return {Role::kAmount, Role::kAcquiredDisposed, Role::kAmount};
    case Parts::kAcquiredDisposed: return {Role::kAmount, Role::kAmount};
    case Parts::kTwoDates: return {Role::kDate, Role::kDate};
    case Parts::kTitleAndAmount: return {Role::kText, Role::kAmount};
    case Parts::kOne: break;
  }
  const std::string lower = Lower(heading);
  const auto has = [&](std::string_view phrase) { return lower.find(phrase) != std::string::npos; };
  if (has("title of") || has("nature of")) return {Role::kText};
  if (has("ownership form")) return {Role::kDirectIndirect};
  if (has("conversion or exercise") || has("price of") || has("amount of") || has("number of")) return {Role::kAmount};
  if (has("date")) return {Role::kDate};
  return {Role::kText};
}

struct HeadingKind {
  std::string_view phrase;
  Parts parts;
  std::vector<std::string_view> keys;  // the sub-headings' words, left to right
};

// The columns a heading stands for when it has several: the words of the
// sub-headings printed under it, left to right ("Code" and "V" under
// "3. Transaction Code"). Tested in the grid interpreter's order, so that both
// read a heading as the same columns.
const HeadingKind& KindOf(const std::string& heading) {
  static const std::vector<HeadingKind> kKinds = {
      {"deemed execution", Parts::kOne, {}},
      {"date exercisable", Parts::kTwoDates, {"exercisable", "expiration"}},
      {"transaction date", Parts::kOne, {}},
      {"transaction code", Parts::kCodeAndV, {"code", "v"}},
      {"conversion or exercise price", Parts::kOne, {}},
      {"underlying", Parts::kTitleAndAmount, {"title", "shares"}},
      {"title of", Parts::kOne, {}},
      {"derivative securities acquired", Parts::kAcquiredDisposed, {"(a)", "(d)"}},
      {"acquired (a) or disposed", Parts::kAmountAdPrice, {"amount", "(d)", "price"}},
      {"", Parts::kOne, {}},
  };
  const std::string lower = Lower(heading);
  for (const HeadingKind& kind : kKinds) {
    if (lower.find(kind.phrase) != std::string::npos) return kind;
  }
  return kKinds.back();
}

struct Columns {
  std::vector<std::string> headings;  // one per heading
  std::vector<Parts> parts;           // what each heading's sub-columns hold
  std::vector<size_t> spans;          // sub-columns under each heading
  std::vector<double> starts;         // left edge of each sub-column; starts[0] is kFarLeft
  std::vector<size_t> heading_of;     // the heading each sub-column is under
  std::vector<size_t> first_of;       // the first sub-column under each heading
  std::vector<Role> roles;            // what each sub-column holds
  std::vector<std::optional<double>> centers;  // the centre of each sub-column's sub-heading, if printed
};

// A word of the heading block with its line and where its chunk starts.
struct HeadingWord {
  size_t line;
  Word word;
  int chunk_x;
};

// How far left of its column's number a heading line may start: the
// converter sets the lines of a heading a few columns apart.
constexpr int kHeadingSlack = 3;

// Left edges of the sub-columns of one heading spanning [begin, end): halfway
// between the centres of neighbouring sub-headings. A sub-heading the page
// does not show gets no room.
std::vector<double> SubColumnStarts(double begin, double end, const std::vector<std::optional<double>>& centers) {
  std::vector<double> starts = {begin};
  for (size_t k = 1; k < centers.size(); ++k) {
    double start = end;
    if (centers[k] && centers[k - 1]) {
      start = (*centers[k - 1] + *centers[k]) / 2;
    } else if (centers[k]) {
      start = (starts.back() + *centers[k]) / 2;
    }
    starts.push_back(std::max(start, starts.back()));
  }
  return starts;
}

// Reads the heading block (lines [begin, end)): a column starts where its
// number ("1.", "2A.") stands; its heading is the text in its columns.
Columns ReadHeadings(const std::vector<LayoutLine>& lines, size_t begin, size_t end) {
  std::set<int> column_starts;
  std::vector<HeadingWord> words;
  for (size_t l = begin; l < end; ++l) {
    for (const Chunk& chunk : lines[l].chunks) {
      if (IsColumnNumber(lines[l].words[chunk.first_word].text)) column_starts.insert(chunk.x);
    }
    for (const Chunk& chunk : lines[l].chunks) {
      for (size_t w = chunk.first_word; w < chunk.first_word + chunk.word_count; ++w) {
        words.push_back({l, lines[l].words[w], chunk.x});
      }
    }
  }
  Columns columns;
  const std::vector<int> starts(column_starts.begin(), column_starts.end());
  for (size_t c = 0; c < starts.size(); ++c) {
    const double begin_x = c == 0 ? kFarLeft : starts[c] - 1;
    const double end_x = c + 1 < starts.size() ? starts[c + 1] - 1 : 1e9;
    std::string heading, line_text;
    size_t line = 0;
    std::vector<const HeadingWord*> mine;
    for (const HeadingWord& hw : words) {
      const bool in_column = (c == 0 || hw.chunk_x >= starts[c] - kHeadingSlack) &&
                             (c + 1 == starts.size() || hw.chunk_x < starts[c + 1] - kHeadingSlack);
      if (!in_column) continue;
      mine.push_back(&hw);
      if (!line_text.empty() && hw.line != line) {
        AppendWrapped(heading, line_text);
        line_text.clear();
      }
      line = hw.line;
      AppendWord(line_text, hw.word.text);
    }
    AppendWrapped(heading, line_text);
    const HeadingKind& kind = KindOf(heading);
    const std::vector<std::string_view>& keys = kind.keys;
    std::vector<std::optional<double>> centers;
    for (std::string_view key : keys) {
      std::optional<double> center;
      for (const HeadingWord* hw : mine) {  // the last one: sub-headings stand below the heading
        if (LabelWord(hw->word.text) == key) center = (hw->word.x + hw->word.end) / 2.0;
      }
      centers.push_back(center);
    }
    // Form 5 prints its box 3 without the "V" column.
    const bool code_only = kind.parts == Parts::kCodeAndV && !centers[1];
    const Parts parts = code_only ? Parts::kCodeOnly : kind.parts;
    std::vector<double> sub_starts = keys.empty() || code_only ? std::vector<double>{begin_x}
                                                               : SubColumnStarts(begin_x, end_x, centers);
    if (code_only) centers.resize(1);
    columns.headings.push_back(CollapseWhitespace(heading));
    columns.parts.push_back(parts);
    const std::vector<Role> roles = RolesOf(parts, heading);
    columns.roles.insert(columns.roles.end(), roles.begin(), roles.end());
    columns.first_of.push_back(columns.starts.size());
    columns.heading_of.resize(columns.starts.size() + sub_starts.size(), c);
    columns.spans.push_back(sub_starts.size());
    columns.starts.insert(columns.starts.end(), sub_starts.begin(), sub_starts.end());
    for (size_t k = 0; k < sub_starts.size(); ++k) columns.centers.push_back(k < centers.size() ? centers[k] : std::nullopt);
  }
  return columns;
}

// The sub-columns holding text that may wrap: titles and the nature of ownership.
std::vector<bool> TextColumns(const Columns& columns) {
  std::vector<bool> text(columns.starts.size(), false);
  for (size_t c = 0; c < columns.headings.size(); ++c) {
    const std::string heading = Lower(columns.headings[c]);
    const bool title = heading.find("title of") != std::string::npos ||
                       heading.find("nature of indirect") != std::string::npos;
    if (title || columns.parts[c] == Parts::kTitleAndAmount) text[columns.first_of[c]] = true;
  }
  return text;
}


// A chunk that a column boundary cuts holds two cells' text one space apart:
// it is split at the space nearest the boundary.
std::vector<Piece> SplitAtBoundaries(const Piece& piece, const std::vector<double>& starts) {
  std::vector<double> cutting;
  for (size_t i = 1; i < starts.size(); ++i) {
    if (piece.chunk.x < starts[i] && starts[i] < piece.chunk.end) cutting.push_back(starts[i]);
  }
  if (cutting.empty() || piece.chunk.word_count < 2) return {piece};
  const std::vector<Word> words = SplitChunk(piece.chunk);
  std::set<size_t> splits;  // split after word k
  for (double boundary : cutting) {
    size_t best = 0;
    for (size_t k = 0; k + 1 < words.size(); ++k) {
      const double gap = (words[k].end + words[k + 1].x) / 2.0;
      const double best_gap = (words[best].end + words[best + 1].x) / 2.0;
      if (std::abs(gap - boundary) < std::abs(best_gap - boundary)) best = k;
    }
    splits.insert(best);
  }
  std::vector<Piece> parts;
  size_t first = 0;
  for (size_t k = 0; k < words.size(); ++k) {
    if (k + 1 < words.size() && !splits.count(k)) continue;
    Piece part{piece.line, {{}, words[first].x, words[k].end, 0, k - first + 1}};
    for (size_t w = first; w <= k; ++w) AppendWord(part.chunk.text, words[w].text);
    parts.push_back(std::move(part));
    first = k + 1;
  }
  return parts;
}

bool IsMarkerOnly(std::string_view text) {
  const MarkedValue value = SplitFootnoteMarkers(text);
  return value.text.empty() && !value.footnotes.empty();
}

// The text of a cell piece without its footnote markers.
std::string Bare(std::string_view text) { return SplitFootnoteMarkers(text).text; }

bool IsAmount(std::string_view text) {
  const OptNumber number = ParseRenderedNumber(Bare(text));
  return number && number->is_number;
}

// The kind of text a cell piece holds, which stays the same when a page's
// character grid moves the piece a few columns.
enum class Shape { kText, kNumber, kDate, kMarker, kLetters };

Shape ShapeOf(std::string_view text) {
  if (IsMarkerOnly(text)) return Shape::kMarker;
  const std::string bare = Bare(text);
  if (ParseRenderedDate(bare)) return Shape::kDate;
  if (IsAmount(text)) return Shape::kNumber;
  const bool letters = !bare.empty() && bare.size() <= 3 && std::all_of(bare.begin(), bare.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || c == '/';
  });
  return letters ? Shape::kLetters : Shape::kText;
}

// What a piece says, read once: its text without footnote markers and its shape.
struct Reading {
  std::string bare;
  Shape shape = Shape::kText;
};

Reading Read(std::string_view text) { return {Bare(text), ShapeOf(text)}; }

struct Placed {
  size_t column = 0;
  Piece piece;
  Reading reading;
};

Placed Place(Piece piece) {
  Reading reading = Read(piece.chunk.text);
  return {0, std::move(piece), std::move(reading)};
}


// A footnote marker is printed after its value, smaller and raised, and the
// converter may set it apart, even past the next column's edge. A marker alone
// in a column that holds another value in this row belongs to the chunk left
// of it on its line.
void AttachStrayMarkers(std::vector<Placed>& row) {
  for (Placed& marker : row) {
    if (marker.reading.shape != Shape::kMarker) continue;
    const bool column_has_value = std::any_of(row.begin(), row.end(), [&](const Placed& other) {
      return other.column == marker.column && other.reading.shape != Shape::kMarker;
    });
    if (!column_has_value) continue;
    const Placed* left = nullptr;
    for (const Placed& other : row) {
      if (other.piece.line != marker.piece.line || other.piece.chunk.x >= marker.piece.chunk.x) continue;
      if (left == nullptr || other.piece.chunk.x > left->piece.chunk.x) left = &other;
    }
    if (left != nullptr) marker.column = left->column;
  }
}

// The cells of one table row: each sub-column's chunks top to bottom, left to right.
GridRow Cells(std::vector<Placed> row, size_t column_count) {
  std::stable_sort(row.begin(), row.end(), [](const Placed& a, const Placed& b) {
    return a.piece.line != b.piece.line ? a.piece.line < b.piece.line : a.piece.chunk.x < b.piece.chunk.x;
  });
  GridRow cells;
  cells.cells.resize(column_count);
  std::vector<size_t> last_line(column_count, 0);
  for (const Placed& placed : row) {
    std::string& cell = cells.cells[placed.column];
    if (!cell.empty() && last_line[placed.column] == placed.piece.line) {
      cell.push_back(' ');
      cell += placed.piece.chunk.text;
    } else {
      AppendWrapped(cell, placed.piece.chunk.text);
    }
    last_line[placed.column] = placed.piece.line;
  }
  return cells;
}

// Appends the next page's part of a table row to `row`. A row cut by a page
// break may show the line it was cut at on both pages; a column whose first
// piece on the new page repeats its last piece on the old one is read once.
void AppendAcrossPageBreak(std::vector<Placed>& row, const std::vector<Placed>& part) {
  std::map<size_t, const Placed*> last;  // by column: the old page's last piece
  for (const Placed& placed : row) {
    const Placed*& slot = last[placed.column];
    if (slot == nullptr || placed.piece.line >= slot->piece.line) slot = &placed;
  }
  std::map<size_t, const Placed*> first;  // by column: the new page's first piece
  for (const Placed& placed : part) {
    const Placed*& slot = first[placed.column];
    if (slot == nullptr || placed.piece.line < slot->piece.line) slot = &placed;
  }
  std::vector<Placed> kept;
  for (const Placed& placed : part) {
    const auto old = last.find(placed.column);
    const bool repeated = old != last.end() && first[placed.column] == &placed &&
                          old->second->piece.chunk.text == placed.piece.chunk.text;
    if (!repeated) kept.push_back(placed);
  }
  row.insert(row.end(), kept.begin(), kept.end());
}

// A part of a table row: the lines of one page between blank lines.
struct Block {
  std::vector<Placed> placed;
  size_t blank_lines_before = 0;
};

// True when `placed` shows a value of a row: anything but the text columns
// (titles, nature of ownership), whose cells are the only ones that wrap.
bool IsWholeRow(const std::vector<Placed>& placed, const std::vector<bool>& text_column) {
  return std::any_of(placed.begin(), placed.end(), [&](const Placed& p) { return !text_column[p.column]; });
}

// The line's characters without its spaces.
std::string Unspaced(const LayoutLine& line) {
  std::string text;
  for (const Word& word : line.words) text += word.text;
  return text;
}

// True when two lines hold the same text, however it is spaced: the printer
// lays out again the line a page break cut, and may set a footnote marker apart
// from its value ("$388.749(18)", "$388.749   (18)") on one page only.
bool SameText(const LayoutLine& a, const LayoutLine& b) { return Unspaced(a) == Unspaced(b); }

// A row cut by a page break may be printed again from where it was cut: the
// last lines of the old page's part (`part_lines`) repeated at the top of the
// new page from line `first`. Returns the line after the longest such repeat,
// or `first` when there is none.
size_t AfterRepeatedLines(const std::vector<LayoutLine>& lines, const std::vector<size_t>& part_lines, size_t first,
                          size_t end, const std::map<size_t, std::vector<Placed>>& by_line) {
  std::vector<size_t> next;  // the new page's lines with pieces, up to a blank line
  for (size_t l = first; l < end && next.size() < part_lines.size() && !lines[l].Blank(); ++l) {
    if (lines[l].page != lines[first].page) break;
    if (by_line.count(l) > 0) next.push_back(l);
  }
  for (size_t k = std::min(next.size(), part_lines.size()); k > 0; --k) {
    bool repeated = true;
    for (size_t i = 0; i < k && repeated; ++i) repeated = SameText(lines[part_lines[part_lines.size() - k + i]], lines[next[i]]);
    if (repeated) return next[k - 1] + 1;
  }
  return first;
}

// Reads lines [begin, end) as blocks between blank lines. A block that a page
// break cuts is split only when each part is a whole row; the lines it was cut
// at may show on both pages and are read once.
std::vector<Block> ReadBlocks(const std::vector<LayoutLine>& lines, size_t begin, size_t end,
                              const std::map<size_t, std::vector<Placed>>& by_line,
                              const std::vector<bool>& text_column) {
  std::vector<Block> blocks;
  std::vector<std::vector<Placed>> parts;  // the current block, one part per page
  size_t blank_lines = 0;
  const auto flush = [&] {
    if (parts.empty()) return;
    const bool split = parts.size() > 1 && std::all_of(parts.begin(), parts.end(), [&](const auto& part) {
                         return IsWholeRow(part, text_column);
                       });
    if (split) {
      for (std::vector<Placed>& part : parts) blocks.push_back({std::move(part), blocks.empty() ? 0 : blank_lines});
    } else {
      Block block{{}, blank_lines};
      for (const std::vector<Placed>& part : parts) AppendAcrossPageBreak(block.placed, part);
      blocks.push_back(std::move(block));
    }
    parts.clear();
    blank_lines = 0;
  };
  int page = -1;
  std::vector<size_t> part_lines;  // the lines of the current block's last part
  for (size_t l = begin; l < end; ++l) {
    if (lines[l].Blank()) {
      flush();
      part_lines.clear();
      ++blank_lines;
      continue;
    }
    const auto found = by_line.find(l);
    if (found == by_line.end()) continue;
    if (!parts.empty() && lines[l].page != page) {
      const size_t after = AfterRepeatedLines(lines, part_lines, l, end, by_line);
      if (after > l) {
        l = after - 1;
        continue;
      }
    }
    if (parts.empty() || lines[l].page != page) {
      parts.emplace_back();
      part_lines.clear();
    }
    page = lines[l].page;
    part_lines.push_back(l);
    parts.back().insert(parts.back().end(), found->second.begin(), found->second.end());
  }
  flush();
  return blocks;
}

// The lines of a block that start rows of their own. A row holds one value per
// column, and only titles and natures wrap: where a column that never wraps
// (dates, codes, amounts...) shows values on several lines, markers aside, each
// of those lines is a row. The column with values on the most lines decides.
// Only lines with two or more such values count: a wrapped nature's word that
// looks like a number ("2010") stands alone on its line.
std::vector<size_t> RowLinesInBlock(const Block& block, const std::vector<bool>& text_column) {
  const auto is_value = [&](const Placed& p) { return !text_column[p.column] && !IsMarkerOnly(p.piece.chunk.text); };
  std::map<size_t, size_t> values_on_line;
  for (const Placed& p : block.placed) {
    if (is_value(p)) ++values_on_line[p.piece.line];
  }
  std::map<size_t, std::set<size_t>> lines_by_column;
  for (const Placed& p : block.placed) {
    if (is_value(p) && values_on_line[p.piece.line] >= 2) lines_by_column[p.column].insert(p.piece.line);
  }
  std::set<size_t> most;
  for (const auto& [column, lines] : lines_by_column) {
    if (lines.size() > most.size()) most = lines;
  }
  return most.size() >= 2 ? std::vector<size_t>(most.begin(), most.end()) : std::vector<size_t>();
}

// True when the block shows a security's title (the first column), markers aside.
bool HasTitle(const Block& block) {
  return std::any_of(block.placed.begin(), block.placed.end(),
                     [](const Placed& p) { return p.column == 0 && !IsMarkerOnly(p.piece.chunk.text); });
}

size_t LineDistance(size_t a, size_t b) { return a > b ? a - b : b - a; }

// Some converters set no blank line between table rows: a block with several
// row lines holds as many rows. Each of its lines goes with the nearest row line
// that lacks its values' columns, so a title or nature wrapped above and below
// its row's values, or values set a line or two lower, stay with them. Between
// two row lines equally near, a line goes with the one below where just one of
// them shows text in its columns: the row below either lacks that text (a title
// set above its row's values) or continues it (a nature wrapped into the row's
// line); else with the one above. A part without a title joins the row above.
std::vector<Block> SplitRowsWithoutBlankLines(std::vector<Block> blocks, const std::vector<bool>& text_column) {
  std::vector<Block> out;
  for (Block& block : blocks) {
    const std::vector<size_t> value_lines = RowLinesInBlock(block, text_column);
    if (value_lines.empty()) {
      out.push_back(std::move(block));
      continue;
    }
    // The columns each line fills (markers aside), and of them the value columns.
    std::map<size_t, std::set<size_t>> columns_on_line, values_on_line;
    for (const Placed& p : block.placed) {
      if (IsMarkerOnly(p.piece.chunk.text)) continue;
      columns_on_line[p.piece.line].insert(p.column);
      if (!text_column[p.column]) values_on_line[p.piece.line].insert(p.column);
    }
    const auto overlap = [](const std::set<size_t>& line, const std::set<size_t>& row_line) {
      return static_cast<size_t>(std::count_if(line.begin(), line.end(), [&](size_t c) { return row_line.count(c) > 0; }));
    };
    // How far a line is from a row line: its distance, but far where the row line
    // already holds a value in one of the line's value columns.
    const auto cost = [&](size_t line, size_t row_line) {
      if (line == row_line) return size_t{0};
      return LineDistance(line, row_line) + 1000 * overlap(values_on_line[line], values_on_line[row_line]);
    };
    const auto row_of = [&](size_t line) {
      size_t nearest = 0;
      for (size_t k = 1; k < value_lines.size(); ++k) {
        const size_t here = cost(line, value_lines[k]), best = cost(line, value_lines[nearest]);
        if (here < best || (here == best && overlap(columns_on_line[line], columns_on_line[value_lines[k]]) !=
                                                overlap(columns_on_line[line], columns_on_line[value_lines[nearest]]))) {
          nearest = k;
        }
      }
      return nearest;
    };
    std::map<size_t, size_t> row_by_line;  // each line's row, decided once
    std::vector<Block> rows(value_lines.size());
    rows[0].blank_lines_before = block.blank_lines_before;
    for (Placed& placed : block.placed) {
      const size_t line = placed.piece.line;
      if (row_by_line.count(line) == 0) row_by_line[line] = row_of(line);
      rows[row_by_line[line]].placed.push_back(std::move(placed));
    }
    // A row has a title: values on a line of their own under their row (the
    // printer set a cell lower than the others) stay with the row above.
    for (size_t k = 0; k < rows.size(); ++k) {
      if (k > 0 && !HasTitle(rows[k])) {
        Block& above = out.back();
        above.placed.insert(above.placed.end(), rows[k].placed.begin(), rows[k].placed.end());
        continue;
      }
      out.push_back(std::move(rows[k]));
    }
  }
  return out;
}

// The table rows: blocks, where a block of text lines alone (a wrapped title
// or nature of ownership that a blank line set apart) joins the neighbouring
// block fewer blank lines away.
std::vector<std::vector<Placed>> GroupRows(std::vector<Block> blocks, const std::vector<bool>& text_column) {
  std::vector<std::vector<Placed>> rows;
  std::vector<Placed> carried;  // fragments that join the next row
  const size_t none = static_cast<size_t>(-1);
  for (size_t i = 0; i < blocks.size(); ++i) {
    std::vector<Placed>& placed = blocks[i].placed;
    if (!IsWholeRow(placed, text_column)) {
      const size_t up = rows.empty() ? none : blocks[i].blank_lines_before;
      const size_t down = i + 1 < blocks.size() ? blocks[i + 1].blank_lines_before : none;
      if (up < down) {
        rows.back().insert(rows.back().end(), placed.begin(), placed.end());
      } else {
        carried.insert(carried.end(), placed.begin(), placed.end());
      }
      continue;
    }
    placed.insert(placed.begin(), carried.begin(), carried.end());
    carried.clear();
    rows.push_back(std::move(placed));
  }
  if (!carried.empty()) rows.push_back(std::move(carried));
  return rows;
}

// True for a line that holds only words of the column headings.
bool IsHeadingLine(const LayoutLine& line) {
  static const std::set<std::string> kVocabulary = [] {
    const std::vector<std::string> words = LabelWords(kTableHeadingText);
    return std::set<std::string>(words.begin(), words.end());
  }();
  return std::all_of(line.words.begin(), line.words.end(),
                     [](const Word& word) { return kVocabulary.count(LabelWord(word.text)) > 0; });
}

// ---------------------------------------------------------------------------
// Aligning a row's pieces with the columns

// What putting a piece of `shape` (its text `bare`, markers removed) in a
// sub-column of `role` costs: nothing where the form puts such text, much
// where it never does.
double ShapeCost(Shape shape, const std::string& bare, Role role) {
  // The letters the form writes in its (A)/(D) and D/I columns, which are
  // neither a title, a nature of ownership nor an amount.
  const bool column_letter = bare == "A" || bare == "D" || bare == "I";
  switch (role) {
    case Role::kText:
      if (column_letter) return 3;
      return shape == Shape::kDate ? 5 : shape == Shape::kNumber ? 4 : 0;
    case Role::kDate:
      return shape == Shape::kDate || shape == Shape::kMarker ? 0 : shape == Shape::kText ? 1
             : shape == Shape::kLetters                        ? 4
                                                               : 15;
    case Role::kAmount:
      if (column_letter) return 10;
      return shape == Shape::kNumber || shape == Shape::kMarker ? 0 : shape == Shape::kLetters ? 6
             : shape == Shape::kText                            ? 8
                                                                : 15;
    case Role::kCode:
      return shape == Shape::kLetters ? 0 : shape == Shape::kMarker ? 3 : shape == Shape::kText ? 10 : 15;
    case Role::kV:
      return bare == "V" ? 0 : 20;
    case Role::kAcquiredDisposed:
      return bare == "A" || bare == "D" ? 0 : 20;
    case Role::kDirectIndirect:
      return bare == "D" || bare == "I" ? 0 : 20;
  }
  return 0;
}

// A piece's centre and where its counterpart stands: on the headings' page
// (registering a later page), or how far it stands from its column (`to` as
// a distance, aligning a row's lines).
struct Anchor {
  double from;
  double to;
};

// How far a piece is from sub-column `j` (after moving it by `prior`): from
// the centre of its sub-heading, under which values stand, or else from the
// column's edges.
double Shift(const Piece& piece, size_t j, const Columns& columns, double prior) {
  const double center = (piece.chunk.x + piece.chunk.end) / 2.0 - prior;
  if (columns.centers[j]) return center - *columns.centers[j];
  const double begin = columns.starts[j];
  const double end = j + 1 < columns.starts.size() ? columns.starts[j + 1] : 1e9;
  return center < begin ? center - begin : center >= end ? center - end : 0;
}

// Puts the pieces of one line (left to right) in sub-columns. Columns keep
// their order along a line; pieces go where their shape fits the column and
// where they stand, but the converter squeezes or stretches a crowded line by
// many columns, so what counts most is that neighbouring pieces moved alike.
// `prior(x)` is how far the line is known to have moved at x.
template <typename Prior>
std::vector<size_t> AlignPieces(const std::vector<const Placed*>& pieces, const Columns& columns, const Prior& prior,
                                double away) {
  constexpr double kUneven = 0.4;    // per column two neighbouring pieces moved differently
  constexpr double kShared = 8;      // two values of a line in one sub-column
  const size_t n = pieces.size(), m = columns.starts.size();
  if (n == 0) return {};
  std::vector<std::vector<double>> shift(n, std::vector<double>(m)), own(n, std::vector<double>(m));
  for (size_t i = 0; i < n; ++i) {
    const Piece& piece = pieces[i]->piece;
    const double moved = prior((piece.chunk.x + piece.chunk.end) / 2.0);
    for (size_t j = 0; j < m; ++j) {
      shift[i][j] = Shift(piece, j, columns, moved);
      own[i][j] = ShapeCost(pieces[i]->reading.shape, pieces[i]->reading.bare, columns.roles[j]) +
                  away * std::abs(shift[i][j]);
    }
  }
  std::vector<std::vector<double>> cost(n, std::vector<double>(m));
  std::vector<std::vector<size_t>> from(n, std::vector<size_t>(m, 0));
  cost[0] = own[0];
  for (size_t i = 1; i < n; ++i) {
    for (size_t j = 0; j < m; ++j) {
      double best = std::numeric_limits<double>::infinity();
      for (size_t k = 0; k <= j; ++k) {
        double step = cost[i - 1][k];
        if (columns.roles[j] != Role::kText && columns.roles[k] != Role::kText) {
          step += kUneven * std::abs(shift[i][j] - shift[i - 1][k]);
        }
        if (k == j) step += columns.roles[j] == Role::kText ? 1 : kShared;
        if (step < best) {
          best = step;
          from[i][j] = k;
        }
      }
      cost[i][j] = best + own[i][j];
    }
  }
  std::vector<size_t> assigned(n);
  size_t j = static_cast<size_t>(std::min_element(cost[n - 1].begin(), cost[n - 1].end()) - cost[n - 1].begin());
  for (size_t i = n; i-- > 0;) {
    assigned[i] = j;
    j = from[i][j];
  }
  return assigned;
}

// The sub-column a piece stands nearest to (after moving it by `prior`).
template <typename Prior>
size_t NearestColumn(const Piece& piece, const Columns& columns, const Prior& prior) {
  const double moved = prior((piece.chunk.x + piece.chunk.end) / 2.0);
  size_t best = 0;
  for (size_t j = 1; j < columns.starts.size(); ++j) {
    if (std::abs(Shift(piece, j, columns, moved)) < std::abs(Shift(piece, best, columns, moved))) best = j;
  }
  return best;
}

// The pieces of one line of `row`, left to right.
std::vector<Placed*> LinePieces(std::vector<Placed>& row, size_t line) {
  std::vector<Placed*> out;
  for (Placed& placed : row) {
    if (placed.piece.line == line) out.push_back(&placed);
  }
  std::sort(out.begin(), out.end(), [](const Placed* a, const Placed* b) { return a->piece.chunk.x < b->piece.chunk.x; });
  return out;
}

// Puts a table row's pieces in their sub-columns. The row's values stand on one
// line (the others hold wrapped text); that line is aligned with the columns
// first, and tells how far the row's other lines have moved.
void AlignRow(std::vector<Placed>& row, const Columns& columns) {
  std::set<size_t> line_numbers;
  for (const Placed& placed : row) line_numbers.insert(placed.piece.line);
  size_t value_line = 0, most = 0;
  for (size_t line : line_numbers) {
    size_t values = 0;
    for (const Placed* placed : LinePieces(row, line)) values += placed->reading.shape != Shape::kText;
    if (values > most) {
      most = values;
      value_line = line;
    }
  }
  // Footnote markers take no part in the alignment: they follow their value,
  // but the converter may set them apart from it (see AttachStrayMarkers).
  // Per column a piece stands from its column: the values' line may be squeezed
  // or stretched as a whole; other lines are placed after it.
  constexpr double kValuesAway = 0.15;
  constexpr double kOthersAway = 0.4;
  const auto place = [&](const std::vector<Placed*>& on_line, const auto& prior, double away) {
    std::vector<Placed*> values;
    std::vector<const Placed*> pieces;
    for (Placed* placed : on_line) {
      if (placed->reading.shape == Shape::kMarker) {
        placed->column = NearestColumn(placed->piece, columns, prior);
      } else {
        values.push_back(placed);
        pieces.push_back(placed);
      }
    }
    const std::vector<size_t> assigned = AlignPieces(pieces, columns, prior, away);
    for (size_t i = 0; i < values.size(); ++i) values[i]->column = assigned[i];
  };
  std::vector<Anchor> moves;  // how far the value line's values stand from their columns
  if (most > 0) {
    const std::vector<Placed*> values = LinePieces(row, value_line);
    place(values, [](double) { return 0.0; }, kValuesAway);
    for (const Placed* placed : values) {
      if (columns.roles[placed->column] == Role::kText) continue;
      const double center = (placed->piece.chunk.x + placed->piece.chunk.end) / 2.0;
      moves.push_back({center, Shift(placed->piece, placed->column, columns, 0)});
    }
  }
  const auto prior = [&](double x) {
    const Anchor* nearest = nullptr;
    for (const Anchor& move : moves) {
      if (nearest == nullptr || std::abs(move.from - x) < std::abs(nearest->from - x)) nearest = &move;
    }
    return nearest == nullptr ? 0.0 : nearest->to;
  };
  for (size_t line : line_numbers) {
    if (most == 0 || line != value_line) place(LinePieces(row, line), prior, kOthersAway);
  }
}


// ---------------------------------------------------------------------------
// Pages after the headings' page

double Center(const Piece& piece) { return (piece.chunk.x + piece.chunk.end) / 2.0; }

// Aligns the pieces of two table lines in order, pairing pieces of the same
// shape and preferring near columns. Returns the pairs and the alignment's score.
// A piece of a table line with its shape.
struct Shaped {
  const Piece* piece;
  Shape shape;
};

double AlignLines(const std::vector<Shaped>& reference, const std::vector<Shaped>& line, std::vector<Anchor>* anchors) {
  const size_t n = reference.size(), m = line.size();
  std::vector<std::vector<double>> score(n + 1, std::vector<double>(m + 1, 0));
  const auto match = [&](size_t i, size_t j) {
    if (reference[i].shape != line[j].shape) return -1.0;
    return 10 - std::min(9.0, std::abs(Center(*reference[i].piece) - Center(*line[j].piece)) / 4);
  };
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      score[i][j] = std::max(score[i - 1][j], score[i][j - 1]);
      const double pair = match(i - 1, j - 1);
      if (pair > 0) score[i][j] = std::max(score[i][j], score[i - 1][j - 1] + pair);
    }
  }
  for (size_t i = n, j = m; anchors != nullptr && i > 0 && j > 0;) {
    const double pair = match(i - 1, j - 1);
    if (pair > 0 && score[i][j] == score[i - 1][j - 1] + pair) {
      anchors->push_back({Center(*line[j - 1].piece), Center(*reference[i - 1].piece)});
      --i;
      --j;
    } else if (score[i][j] == score[i - 1][j]) {
      --i;
    } else {
      --j;
    }
  }
  return score[n][m];
}

// The lines of `pieces` that show three cells or more (a row's values line up
// on one line), as their pieces in order.
std::vector<std::vector<Shaped>> ValueLines(const std::vector<Piece>& pieces) {
  std::map<size_t, std::vector<Shaped>> by_line;
  for (const Piece& piece : pieces) by_line[piece.line].push_back({&piece, ShapeOf(piece.chunk.text)});
  std::vector<std::vector<Shaped>> lines;
  for (auto& [line, line_pieces] : by_line) {
    if (line_pieces.size() >= 3) lines.push_back(std::move(line_pieces));
  }
  return lines;
}

// How far the page moved at column `x`: the median movement of the anchors
// nearest it, over all the page's lines. One anchor alone may pair an amount
// with one in the neighbouring column ((A) on this page, (D) on the other).
double MovementNear(std::vector<Anchor> anchors, double x) {
  constexpr size_t kNearest = 5;
  const size_t count = std::min(kNearest, anchors.size());
  std::partial_sort(anchors.begin(), anchors.begin() + static_cast<std::ptrdiff_t>(count), anchors.end(),
                    [&](const Anchor& a, const Anchor& b) { return std::abs(a.from - x) < std::abs(b.from - x); });
  std::vector<double> movements;
  for (size_t i = 0; i < count; ++i) movements.push_back(anchors[i].to - anchors[i].from);
  std::nth_element(movements.begin(), movements.begin() + static_cast<std::ptrdiff_t>(count / 2), movements.end());
  return movements[count / 2];
}

// Moves the pieces of a later page onto the headings' page's grid: each line of
// values is aligned with the most alike line of the headings' page, and each
// piece moves as far as the aligned pieces nearest it did.
std::vector<Piece> Register(const std::vector<Piece>& reference, std::vector<Piece> pieces) {
  const std::vector<std::vector<Shaped>> reference_lines = ValueLines(reference);
  std::vector<Anchor> anchors;
  for (const std::vector<Shaped>& line : ValueLines(pieces)) {
    const std::vector<Shaped>* best = nullptr;
    double best_score = 0;
    for (const std::vector<Shaped>& candidate : reference_lines) {
      const double score = AlignLines(candidate, line, nullptr);
      if (score > best_score) {
        best = &candidate;
        best_score = score;
      }
    }
    if (best != nullptr) AlignLines(*best, line, &anchors);
  }
  if (anchors.empty()) return pieces;
  for (Piece& piece : pieces) {
    const int offset = static_cast<int>(std::lround(MovementNear(anchors, Center(piece))));
    piece.chunk.x += offset;
    piece.chunk.end += offset;
  }
  return pieces;
}

// The lines of [begin, end) where a printer sets the table's title (line
// `title`) and its column headings again at the top of a later page.
std::set<size_t> RepeatedHeadingLines(const std::vector<LayoutLine>& lines, size_t title, size_t begin, size_t end) {
  std::set<size_t> repeated;
  for (size_t l = begin; l < end; ++l) {
    if (lines[l].Blank() || !SameText(lines[l], lines[title])) continue;
    repeated.insert(l);
    while (l + 1 < end && (lines[l + 1].Blank() || IsHeadingLine(lines[l + 1]))) repeated.insert(++l);
  }
  return repeated;
}

size_t FindHeadingLine(const std::vector<LayoutLine>& lines, size_t begin, size_t end) {
  for (size_t l = begin; l < end; ++l) {
    for (const Chunk& chunk : lines[l].chunks) {
      const std::vector<std::string> words = LabelWords(chunk.text);
      if (words.size() >= 2 && words[0] == "1." && words[1] == "title") return l;
    }
  }
  return end;
}

}  // namespace

void AppendLayoutTable(const std::vector<LayoutLine>& lines, size_t title, size_t end, Grid& grid) {
  grid.rows.push_back({{lines[title].Text()}});
  size_t heading_begin = FindHeadingLine(lines, title + 1, end);
  // Headings set vertically centred start above the line of "1. Title".
  while (heading_begin < end && heading_begin > title + 1 && IsHeadingLine(lines[heading_begin - 1])) --heading_begin;
  // The headings end with the last line of heading words (blank lines may stand between them).
  size_t heading_end = heading_begin + 1;
  for (size_t l = heading_begin + 1; l < end && IsHeadingLine(lines[l]); ++l) {
    if (!lines[l].Blank()) heading_end = l + 1;
  }
  if (heading_begin >= end) {
    grid.rows.push_back({});
    return;
  }
  const Columns columns = ReadHeadings(lines, heading_begin, heading_end);
  if (columns.starts.empty()) {  // no column number among the headings: nothing to place values in
    grid.rows.push_back({});
    return;
  }
  GridRow heading_row;
  for (size_t c = 0; c < columns.headings.size(); ++c) {
    heading_row.cells.push_back(columns.headings[c]);
    heading_row.cells.resize(heading_row.cells.size() + columns.spans[c] - 1);
  }
  grid.rows.push_back(heading_row);

  // Each line's pieces in sub-columns, pages after the headings' first moved onto its grid.
  std::map<int, std::vector<Piece>> by_page;
  const std::set<size_t> repeated_headings = RepeatedHeadingLines(lines, title, heading_end, end);
  for (const Piece& piece : PiecesOf(lines, heading_end, end, false)) {
    if (repeated_headings.count(piece.line) == 0) by_page[lines[piece.line].page].push_back(piece);
  }
  const int heading_page = lines[heading_begin].page;
  const std::vector<Piece> reference = by_page.count(heading_page) > 0 ? by_page.at(heading_page) : std::vector<Piece>();
  std::map<size_t, std::vector<Placed>> by_line;
  for (auto& [page, page_pieces] : by_page) {
    const std::vector<Piece> pieces = page == heading_page ? page_pieces : Register(reference, std::move(page_pieces));
    std::map<size_t, std::vector<Piece>> line_pieces;
    for (const Piece& piece : pieces) {
      for (Piece& part : SplitAtBoundaries(piece, columns.starts)) line_pieces[piece.line].push_back(std::move(part));
    }
    for (auto& [line, on_line] : line_pieces) {
      for (Piece& piece : on_line) by_line[line].push_back(Place(std::move(piece)));
      AlignRow(by_line[line], columns);
    }
  }
  const std::vector<bool> text_column = TextColumns(columns);
  for (std::vector<Placed>& row :
       GroupRows(SplitRowsWithoutBlankLines(ReadBlocks(lines, heading_end, end, by_line, text_column), text_column),
                 text_column)) {
    AlignRow(row, columns);
    AttachStrayMarkers(row);
    grid.rows.push_back(Cells(std::move(row), columns.starts.size()));
  }
  grid.rows.push_back({});
}

}  // namespace form4::internal

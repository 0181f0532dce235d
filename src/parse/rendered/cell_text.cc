#include "parse/rendered/cell_text.h"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "parse/rendered/mark_captions.h"

namespace form4::internal {
namespace {

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

bool IsDashesOnly(const PageLine& line) {
  return !IsBlankLine(line) && line.find_first_not_of(U" -") == PageLine::npos;
}

// The rules among a cell's lines. A rule wider than the cell wraps (pandoc sets an
// inner table's rule in an outer cell), leaving a line of one or two dashes
// beside the rest of the rule: that line is part of the rule.
std::vector<bool> RuleLines(const std::vector<PageLine>& lines) {
  std::vector<bool> rules(lines.size());
  for (size_t y = 0; y < lines.size(); ++y) rules[y] = IsRuleLine(lines[y]);
  for (size_t y = 0; y < lines.size(); ++y) {
    const bool beside_rule = (y > 0 && rules[y - 1]) || (y + 1 < lines.size() && rules[y + 1]);
    if (!rules[y] && beside_rule && IsDashesOnly(lines[y])) rules[y] = true;
  }
  return rules;
}

bool IsWordChar(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || c > 0x7F;
}

// A run of text on one line: words separated by single spaces.
struct Chunk {
  size_t begin = 0, end = 0;  // columns [begin, end)
  std::u32string text;
  bool glued = false;  // continues the line above inside a word (joined without a space)
};

// Two blank columns set text apart; one is a space between words.
std::vector<Chunk> LineChunks(const PageLine& line) {
  std::vector<Chunk> chunks;
  for (const TextRun& run : TextRuns(line)) {
    chunks.push_back({run.begin, run.end, line.substr(run.begin, run.end - run.begin), false});
  }
  return chunks;
}

// A box's mark: a row's first cell, never wrapped text.
bool IsMark(const std::u32string& text) { return text == U"X" || text == U"x"; }

// An address's care-of line ("C/O EXAMPLE CORP.") is a street line of its own,
// the street address below it another: a line that starts with a street
// number after a care-of line starts a value, whatever the width left.
bool StartsAddressAfterCareOf(const std::u32string& above, const std::u32string& below) {
  const bool care_of = above.size() > 4 && (above[0] == U'C' || above[0] == U'c') && above[1] == U'/' &&
                       (above[2] == U'O' || above[2] == U'o') && above[3] == U' ';
  return care_of && !below.empty() && below[0] >= U'0' && below[0] <= U'9';
}

size_t FirstWordLength(const std::u32string& text) {
  const size_t space = text.find(U' ');
  return space == std::u32string::npos ? text.size() : space;
}

// Reads a cell's lines as rows of columns. The columns are those of a borderless
// inner table: runs of text set apart by gaps. A line continues the row above
// when each of its runs is the wrapped rest of the run above it, that is when
// its first word would not have fit after it; a mark in a box ("X") starts a row.
class CellReader {
 public:
  // `width`: the cell's width inside its padding; `padding`: the blank its text
  // leaves on the left; `ruled_width`: the width a rule in the cell measures;
  // `breaks_at_slashes`: the converter breaks words before a slash.
  CellReader(size_t width, size_t padding, size_t ruled_width, bool breaks_at_slashes)
      : width_(width), padding_(padding), ruled_width_(ruled_width), breaks_at_slashes_(breaks_at_slashes) {}

  // `rule`: the line is (part of) a horizontal rule. `whole`: the line was
  // joined from the pieces a converter cut it into, so it ends its row.
  void AddLine(const PageLine& line, bool rule, bool whole) {
    if (rule || IsBlankLine(line)) {
      EndTable();
      return;
    }
    std::vector<Chunk> chunks = LineChunks(line);
    std::vector<size_t> where = Place(chunks);
    if (where.empty()) {  // the line does not fit the columns: a new inner table starts
      EndTable();
      where = Place(chunks);
    }
    for (size_t k = 0; k < chunks.size(); ++k) {
      Column& column = columns_[where[k]];
      column.begin = std::min(column.begin, chunks[k].begin);
      column.end = std::max(column.end, chunks[k].end);
      column.widest = std::max(column.widest, chunks[k].text.size());
    }
    bool continues = !row_empty_;
    for (size_t k = 0; k < chunks.size() && continues; ++k) {
      const Column& column = columns_[where[k]];
      chunks[k].glued = BreaksInsideWord(column.text, chunks[k].text, Limit(column));
      continues = !IsMark(chunks[k].text) && !column.text.empty() && !StartsAddressAfterCareOf(column.text, chunks[k].text) &&
                  (chunks[k].glued || column.last + 1 + FirstWordLength(chunks[k].text) > Limit(column));
    }
    if (!continues) EndRow();
    for (size_t k = 0; k < chunks.size(); ++k) {
      Column& column = columns_[where[k]];
      if (!continues) chunks[k].glued = false;
      Append(column.text, chunks[k]);
      column.row_lines.push_back(chunks[k]);
      column.last = plain_ ? chunks[k].end - column.begin : chunks[k].text.size();
      row_empty_ = false;
    }
    if (whole) EndRow();
  }

  std::string Finish() {
    EndTable();
    return std::move(out_);
  }

 private:
  struct Column {
    size_t begin, end;    // the columns its text has taken so far
    size_t widest;        // its longest line so far
    std::u32string text;  // its text in the current row
    size_t last = 0;      // the length of its last line (in a plain cell, from `begin`)
    std::vector<Chunk> row_lines;  // its text in the current row, line by line
  };

  // How long a line of `column` can be: in a plain cell, the cell's width inside
  // its padding, or the width the box's rule measures where that is less; else
  // as long as the column's longest line.
  size_t Limit(const Column& column) const {
    if (plain_) return std::min(padding_ + width_ - std::min(column.begin, padding_ + width_), ruled_width_);
    return column.widest;
  }

  // The column of each chunk: the one whose text it overlaps, else a new one.
  // Empty when the line does not fit the columns: a chunk overlaps two columns,
  // two chunks one column, or a plain cell's line is not under its text.
  std::vector<size_t> Place(const std::vector<Chunk>& chunks) {
    if (columns_.empty()) plain_ = chunks.size() == 1;
    if (plain_ && chunks.size() > 1) return {};
    std::vector<size_t> where;
    for (const Chunk& chunk : chunks) {
      size_t found = SIZE_MAX;
      for (size_t c = 0; c < columns_.size(); ++c) {
        if (columns_[c].begin < chunk.end && chunk.begin < columns_[c].end) {
          if (found != SIZE_MAX) return {};
          found = c;
        }
      }
      if (found == SIZE_MAX) {
        if (plain_ && !columns_.empty()) return {};
        found = columns_.size();
        columns_.push_back({chunk.begin, chunk.end, 0, {}, 0, {}});
      }
      if (std::find(where.begin(), where.end(), found) != where.end()) return {};
      where.push_back(found);
    }
    return where;
  }

  // True when a line ending in `above` and the next one starting with `below`
  // were broken inside a word: after a hyphen or slash in it ("Series D-" "1"),
  // after a footnote marker's caret ("^" "(1)") or an opening parenthesis ("("
  // "Month/Day/Year)"), before a slash alone on the line below ("/DE" "/"), or
  // before a slash where the converter breaks words there ("Joint" "/Group"),
  // between digits (a date, "06/14" "/2017"), else only in a word too long for a
  // line of `limit` (a converter that breaks lines at spaces wraps "CORP /DE/" as
  // "CORP" "/DE/").
  bool BreaksInsideWord(const std::u32string& above, const std::u32string& below, size_t limit) const {
    if (above.empty() || below.empty()) return false;
    const char32_t last = above.back();
    if (last == U'^' || last == U'(') return true;
    const bool word_before = above.size() >= 2 && IsWordChar(above[above.size() - 2]);
    if ((last == U'-' || last == U'/') && word_before && IsWordChar(below.front())) return true;
    const size_t last_word = above.size() - (above.rfind(U' ') == std::u32string::npos ? 0 : above.rfind(U' ') + 1);
    const bool digits_around = last >= U'0' && last <= U'9' && below.size() >= 2 && below[1] >= U'0' && below[1] <= U'9';
    if (below == U"/" && IsWordChar(last)) return true;  // a word's closing slash alone ("/DE" "/")
    return below.front() == U'/' && IsWordChar(last) && below.size() >= 2 && IsWordChar(below[1]) &&
           (breaks_at_slashes_ || digits_around || last_word + FirstWordLength(below) > limit);
  }

  // Joins a wrapped line to the text above: with a space, or with none where it broke inside a word.
  static void Append(std::u32string& text, const Chunk& more) {
    if (!text.empty() && !more.glued) text.push_back(U' ');
    text += more.text;
  }

  void EndRow() {
    if (row_empty_) return;
    std::vector<const Column*> order;
    for (const Column& column : columns_) {
      if (!column.text.empty()) order.push_back(&column);
    }
    std::sort(order.begin(), order.end(), [](const Column* a, const Column* b) { return a->begin < b->begin; });
    if (!out_.empty()) out_.push_back('\n');
    for (size_t k = 0; k < order.size(); ++k) {
      if (k > 0) out_.push_back('\t');
      if (plain_) {
        out_ += ToUtf8(order[k]->text);
        continue;
      }
      const auto [text, next_column] = SplitFirstLine(order[k]->row_lines);
      out_ += ToUtf8(text);
      if (!next_column.empty()) {
        out_.push_back('\t');
        out_ += ToUtf8(next_column);
      }
    }
    for (Column& column : columns_) {
      column.text.clear();
      column.row_lines.clear();
      column.last = 0;
    }
    row_empty_ = true;
  }

  // An inner table's columns may stand one space apart (w3m sets city, state
  // and ZIP so), and a column that wraps shows its width on its lines below:
  // where they all end left of the first line's last word and that word has
  // the two characters of a state ("SOUTH SAN CA" over "FRANCISCO": EDGAR
  // writes every state or country as two), the word is the next column's,
  // which did not wrap. Returns the column's text and that next
  // column's (empty when the first line is the column's own).
  static std::pair<std::u32string, std::u32string> SplitFirstLine(const std::vector<Chunk>& lines) {
    std::u32string text;
    for (const Chunk& line : lines) Append(text, line);
    if (lines.size() < 2) return {text, {}};
    size_t below_end = 0;
    for (size_t k = 1; k < lines.size(); ++k) below_end = std::max(below_end, lines[k].end);
    const Chunk& first = lines[0];
    const size_t space = first.text.rfind(U' ');
    if (space == std::u32string::npos || first.text.size() - space - 1 != 2 || first.begin + space < below_end) {
      return {text, {}};
    }
    std::u32string own = first.text.substr(0, space);
    for (size_t k = 1; k < lines.size(); ++k) Append(own, lines[k]);
    return {own, first.text.substr(space + 1)};
  }

  void EndTable() {
    EndRow();
    columns_.clear();
  }

  size_t width_, padding_, ruled_width_;
  bool breaks_at_slashes_;
  std::vector<Column> columns_;
  bool plain_ = false;  // the columns are a plain cell's one column (its first line had one run)
  bool row_empty_ = true;
  std::string out_;
};

// True when a rule of dashes stands indented beyond the cell's padding: the
// frame of an inner table as pandoc sets it (and cuts it, with its rows, at the
// cell's width).
bool HasIndentedDashRule(const std::vector<PageLine>& lines, size_t padding) {
  return std::any_of(lines.begin(), lines.end(), [&](const PageLine& line) {
    return IsDashesOnly(line) && line.find_first_not_of(U' ') > padding;
  });
}

size_t LastTextColumn(const PageLine& line) { return line.find_last_not_of(U' '); }

bool IsLetter(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z'); }

// Whether a line cut between `before` and `after` was cut at a space the cut
// dropped: after a comma or semicolon, before an opening parenthesis (not a
// marker's "^("), between a letter and a digit ("of" "10%").
bool CutAtSpace(char32_t before, char32_t after) {
  if (before == U',' || before == U';') return true;
  if (after == U'(') return before != U'^';
  return IsLetter(before) && after >= U'0' && after <= U'9';
}

// Joins back the lines that pandoc cut an inner table's line into where it sets
// the table in a narrower outer cell ("  CL" / "EARWATER   FL   33759"). The
// inner table's lines are indented beyond the cell's padding; the pieces cut off
// them are not: a line at the padding right under an indented line is such a
// piece. The cut takes no notice of spaces, so where it fell on one ("  C/O" /
// "MICROSOFT CORPORATION") the text cannot always tell; a cut falls inside a
// word far more often, so pieces join without a space unless CutAtSpace.
// `rules` marks the rule lines and is kept in step with the lines returned;
// `joined` tells which of them were joined.
std::vector<PageLine> JoinCutLines(const std::vector<PageLine>& lines, std::vector<bool>& rules, size_t padding,
                                   std::vector<bool>& joined) {
  std::vector<PageLine> out;
  std::vector<bool> out_rules;
  joined.clear();
  for (size_t y = 0; y < lines.size(); ++y) {
    const PageLine& line = lines[y];
    const size_t first = line.find_first_not_of(U' ');
    if (!out.empty() && !rules[y] && !out_rules.back() && first == padding && !IsBlankLine(out.back()) &&
        out.back().find_first_not_of(U' ') > padding) {
      PageLine& above = out.back();
      above.resize(LastTextColumn(above) + 1);
      if (CutAtSpace(above.back(), line[first])) above.push_back(U' ');
      above += line.substr(first, LastTextColumn(line) + 1 - first);
      joined.back() = true;
      continue;
    }
    out.push_back(line);
    out_rules.push_back(rules[y]);
    joined.push_back(false);
  }
  rules = std::move(out_rules);
  return out;
}

// Marks the lines of inner tables framed by dash rules above and below, their
// lines indented beyond the cell's padding: pandoc sets an inner table that way
// and never wraps its rows, so each line is a row of its own. (Other rules, and
// dash rules around text at the padding, as links draws `<hr>`, frame wrapped
// text.)
void MarkFramedRows(const std::vector<PageLine>& lines, const std::vector<bool>& rules, size_t padding,
                    std::vector<bool>& whole) {
  size_t open = SIZE_MAX;  // the last dash rule above
  for (size_t y = 0; y < lines.size(); ++y) {
    if (!rules[y]) continue;
    if (!IsDashesOnly(lines[y])) {
      open = SIZE_MAX;
      continue;
    }
    const auto indented = [&](size_t inside) {
      return IsBlankLine(lines[inside]) || lines[inside].find_first_not_of(U' ') > padding;
    };
    bool inner_table = open != SIZE_MAX;
    for (size_t inside = open + 1; inner_table && inside < y; ++inside) inner_table = indented(inside);
    if (inner_table) {
      for (size_t inside = open + 1; inside < y; ++inside) whole[inside] = true;
    }
    open = y;
  }
}

}  // namespace

size_t RuledWidth(const std::vector<PageLine>& lines) {
  size_t longest = 0;
  for (const PageLine& line : lines) {
    if (!IsRuleLine(line)) continue;
    const size_t first = line.find_first_not_of(U' '), last = line.find_last_not_of(U' ');
    longest = std::max(longest, last - first + 1);
  }
  if (longest == 0) return SIZE_MAX;
  // The widest box whose 98% rounds down to the rule: 98 * width / 100 < longest + 1.
  return (100 * (longest + 1) + 97) / 98 - 1;
}

bool ShowsBreakBeforeSlash(const std::vector<PageLine>& lines) {
  for (size_t y = 0; y + 1 < lines.size(); ++y) {
    const size_t end = lines[y].find_last_not_of(U' ');
    const size_t next = lines[y + 1].find_first_not_of(U' ');
    if (end == PageLine::npos || next == PageLine::npos || !IsWordChar(lines[y][end])) continue;
    const std::u32string_view below = std::u32string_view(lines[y + 1]).substr(next);
    if (below.substr(0, 6) == U"/Year)" || below.substr(0, 6) == U"/Group") return true;
  }
  return false;
}

std::string CellText(const std::vector<PageLine>& lines, bool breaks_at_slashes) {
  std::vector<bool> rules = RuleLines(lines);
  size_t width = 0, padding = SIZE_MAX;
  for (size_t y = 0; y < lines.size(); ++y) {
    width = std::max(width, lines[y].size());
    if (!IsBlankLine(lines[y]) && !rules[y]) padding = std::min(padding, lines[y].find_first_not_of(U' '));
  }
  if (padding == SIZE_MAX) return {};
  const size_t width_inside = width > 2 * padding ? width - 2 * padding : 0;
  std::vector<bool> whole(lines.size(), false);
  const std::vector<PageLine> joined = width_inside > 0 && HasIndentedDashRule(lines, padding)
                                           ? JoinCutLines(lines, rules, padding, whole)
                                           : lines;
  MarkFramedRows(joined, rules, padding, whole);
  const std::optional<MarkCaptionBlock> marks = ReadMarkCaptionBlock(joined);
  const size_t ruled_width = RuledWidth(joined);
  const auto read = [&](size_t begin, size_t end) {
    CellReader reader(width_inside, padding, ruled_width, breaks_at_slashes);
    for (size_t y = begin; y < end; ++y) reader.AddLine(joined[y], rules[y], whole[y]);
    return reader.Finish();
  };
  if (!marks) return read(0, joined.size());
  std::string text = read(0, marks->begin);
  for (const std::string& part : {marks->text, read(marks->end, joined.size())}) {
    if (part.empty()) continue;
    if (!text.empty()) text.push_back('\n');
    text += part;
  }
  return text;
}

}  // namespace form4::internal

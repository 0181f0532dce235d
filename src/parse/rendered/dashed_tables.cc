#include "parse/rendered/dashed_tables.h"

#include <algorithm>

namespace form4::internal {
namespace {

struct DashRun {
  size_t begin = 0, end = 0;  // columns [begin, end)
};

bool IsSpace(char32_t c) { return c == U' ' || c == kFiller; }

// The runs of `-` on a line drawn only with dashes and spaces; none otherwise.
std::vector<DashRun> DashRuns(const PageLine& line) {
  std::vector<DashRun> runs;
  for (size_t x = 0; x < line.size(); ++x) {
    if (IsSpace(line[x])) continue;
    if (line[x] != U'-') return {};
    if (runs.empty() || runs.back().end != x) runs.push_back({x, x});
    runs.back().end = x + 1;
  }
  return runs;
}

bool IsBlank(const PageLine& line) { return std::all_of(line.begin(), line.end(), IsSpace); }

// A multiline table's opening or closing rule: one run of dashes from the
// table's first column to (about) its last.
bool IsFrame(const std::vector<DashRun>& runs, const std::vector<DashRun>& columns) {
  return runs.size() == 1 && runs[0].begin == columns.front().begin && runs[0].end + 2 >= columns.back().end;
}

// A row of the table: the page lines [first, last] it occupies.
struct RowLines {
  size_t first = 0, last = 0;
};

// The rows below the column runs at `rule`: one per line in a simple table (to a
// blank line or a closing run line), blocks of lines separated by blank lines in
// a multiline table (to its closing frame). Sets `bottom` to the table's last line.
std::vector<RowLines> BodyRows(const std::vector<PageLine>& text, size_t rule, const std::vector<DashRun>& columns,
                               bool multiline, size_t& bottom) {
  std::vector<RowLines> rows;
  bottom = rule;
  for (size_t y = rule + 1; y < text.size(); ++y) {
    const std::vector<DashRun> runs = DashRuns(text[y]);
    if (!runs.empty()) {  // the table's closing rule
      if (multiline ? IsFrame(runs, columns) : runs.size() == columns.size()) bottom = y;
      break;
    }
    if (IsBlank(text[y])) {
      if (!multiline) break;
      continue;
    }
    if (multiline && !rows.empty() && rows.back().last + 1 == y) {
      rows.back().last = y;
    } else {
      rows.push_back({y, y});
    }
    bottom = y;
  }
  return rows;
}

// The row's cells: each line cut at the columns' runs. A column's text may
// reach into the blank columns before the next run (right-aligned numbers).
void AddRow(const std::vector<PageLine>& text, RowLines row, const std::vector<DashRun>& columns, size_t right,
            DrawnTable& table) {
  for (size_t k = 0; k < columns.size(); ++k) {
    const size_t left = columns[k].begin;
    const size_t end = k + 1 < columns.size() ? columns[k + 1].begin : right;
    DrawnCell cell{row.first, left, end, {}};
    for (size_t y = row.first; y <= row.last; ++y) {
      const PageLine& line = text[y];
      PageLine slice = left < line.size() ? line.substr(left, std::min(end, line.size()) - left) : PageLine();
      slice.resize(end - left, U' ');
      cell.lines.push_back(std::move(slice));
    }
    table.cells.push_back(std::move(cell));
  }
}

}  // namespace

void FindDashedTables(DrawnPage& layout) {
  std::vector<PageLine>& text = layout.free_text;
  for (size_t rule = 0; rule < text.size(); ++rule) {
    const std::vector<DashRun> columns = DashRuns(text[rule]);
    if (columns.size() < 2) continue;
    size_t header = rule;  // the header: the lines right above the runs
    while (header > 0 && !IsBlank(text[header - 1]) && DashRuns(text[header - 1]).empty()) --header;
    const bool multiline = header > 0 && IsFrame(DashRuns(text[header - 1]), columns);
    size_t bottom = rule;
    std::vector<RowLines> rows = BodyRows(text, rule, columns, multiline, bottom);
    if (header < rule) rows.insert(rows.begin(), {header, rule - 1});
    const size_t top = multiline ? header - 1 : header;
    size_t right = columns.back().end;
    for (size_t y = top; y <= bottom; ++y) right = std::max(right, text[y].size());
    DrawnTable table{top, bottom, {}};
    for (const RowLines& row : rows) AddRow(text, row, columns, right, table);
    for (size_t y = top; y <= bottom; ++y) text[y].assign(text[y].size(), U' ');
    layout.tables.push_back(std::move(table));
    rule = bottom;
  }
  // What is left drawn only with dashes is a rule: a multiline table's frame
  // around a one-column table, or a horizontal rule.
  for (PageLine& line : text) {
    const std::vector<DashRun> runs = DashRuns(line);
    size_t dashes = 0;
    for (const DashRun& run : runs) dashes += run.end - run.begin;
    if (dashes >= 3) line.assign(line.size(), U' ');
  }
}

}  // namespace form4::internal

// The printed Form 3/4/5 as text laid out by position, reduced to a Grid.
#include "parse/layout/pdf_text_grid.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "parse/layout/layout_header.h"
#include "parse/layout/layout_sections.h"
#include "parse/layout/layout_table.h"
#include "parse/layout/text_layout.h"

namespace form4::internal {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// True when the line's text begins with `prefix` (lower case).
bool LineStarts(const LayoutLine& line, std::string_view prefix) {
  if (line.chunks.empty()) return false;
  std::string start = line.chunks.front().text.substr(0, prefix.size());
  for (char& c : start) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return start == prefix;
}

// Where the parts of the form begin (kNone when absent).
struct Parts {
  size_t boxes = kNone;        // "1. Name and Address of Reporting Person"
  size_t table1 = kNone;       // "Table I - Non-Derivative Securities ..."
  size_t table2 = kNone;       // "Table II - Derivative Securities ..."
  size_t explanation = kNone;  // "Explanation of Responses:"
  size_t remarks = kNone;      // "Remarks:"
  size_t reminder = kNone;     // "Reminder: Report on a separate line ..."
  std::vector<size_t> owner_boxes;  // name boxes listed after the tables
};

Parts FindParts(const std::vector<LayoutLine>& lines) {
  Parts parts;
  const auto first = [](size_t& slot, size_t l) {
    if (slot == kNone) slot = l;
  };
  for (size_t l = 0; l < lines.size(); ++l) {
    const LayoutLine& line = lines[l];
    if (LineStarts(line, "table ii")) {
      first(parts.table2, l);
    } else if (LineStarts(line, "table i")) {
      first(parts.table1, l);
    } else if (LineStarts(line, "explanation of responses")) {
      first(parts.explanation, l);
    } else if (LineStarts(line, "remarks")) {
      first(parts.remarks, l);
    } else if (LineStarts(line, "reminder:")) {
      first(parts.reminder, l);
    } else if (HasNameBoxLabel(line)) {
      if (parts.boxes == kNone) {
        parts.boxes = l;
      } else if (parts.table1 != kNone || parts.table2 != kNone) {
        parts.owner_boxes.push_back(l);
      }
    }
  }
  return parts;
}

size_t MinOf(std::initializer_list<size_t> values) { return std::min(values); }

}  // namespace

Grid PdfTextGrid(std::string_view input) {
  const std::vector<LayoutLine> lines = ReadLayout(input);
  const Parts parts = FindParts(lines);
  const size_t size = lines.size();
  const size_t tables = MinOf({parts.table1, parts.table2, parts.explanation, parts.remarks, parts.reminder, size});
  const size_t notes = MinOf({parts.explanation, parts.remarks, parts.reminder, size});
  const std::vector<SignatureBlock> signatures =
      FindSignatureBlocks(lines, std::min(tables, notes), MinOf({parts.reminder, size}));
  const size_t first_signature = signatures.empty() ? size : signatures.front().begin;
  const size_t after_tables =
      MinOf({parts.owner_boxes.empty() ? kNone : parts.owner_boxes.front(), parts.explanation, parts.remarks,
             first_signature, parts.reminder, size});

  Grid grid;
  AppendLayoutHeader(lines, std::min(parts.boxes, tables), tables, grid);
  if (parts.table1 != kNone) {
    AppendLayoutTable(lines, parts.table1, std::min(parts.table2 > parts.table1 ? parts.table2 : kNone, after_tables),
                      grid);
  }
  if (parts.table2 != kNone) AppendLayoutTable(lines, parts.table2, after_tables, grid);
  for (size_t i = 0; i < parts.owner_boxes.size(); ++i) {
    const size_t next = i + 1 < parts.owner_boxes.size() ? parts.owner_boxes[i + 1] : kNone;
    const size_t end = MinOf({next, parts.explanation, parts.remarks, first_signature, parts.reminder, size});
    grid.rows.push_back({{LayoutNameBoxCell(lines, parts.owner_boxes[i], end)}});
  }
  if (parts.explanation != kNone) {
    AppendLayoutFootnotes(lines, parts.explanation, MinOf({parts.remarks, first_signature, parts.reminder, size}),
                          grid);
  }
  if (parts.remarks != kNone) AppendLayoutRemarks(lines, parts.remarks, std::min(first_signature, MinOf({parts.reminder, size})), grid);
  AppendLayoutSignatures(lines, signatures, grid);
  if (parts.reminder != kNone) grid.rows.push_back({{lines[parts.reminder].Text()}});
  return grid;
}

}  // namespace form4::internal

// The reader for markdown renderings of a Form 3/4/5: pipe tables (GitHub
// style, as pandoc, html2text and other converters write them), paragraphs,
// and the raw HTML tables converters keep where a table has no markdown form
// (pandoc: cells spanning rows, tables nested in cells).
#include <cctype>
#include <string>

#include "parse/markdown_lines.h"
#include "parse/reader.h"
#include "parse/rendered/grid.h"
#include "parse/rendered/html_grid.h"
#include "parse/rendered/lines.h"
#include "util/text.h"

namespace form4::internal {
namespace {

// True for a pipe table's delimiter row such as "|---|:--:|".
bool IsDelimiterRow(const std::vector<std::string>& cells) {
  bool any_dash = false;
  for (const std::string& cell : cells) {
    for (char c : cell) {
      if (c == '-') {
        any_dash = true;
      } else if (c != ':' && c != ' ') {
        return false;
      }
    }
  }
  return any_dash;
}

// Splits "| a | b \| c |" into {"a", "b \| c"}: on pipes not escaped by a backslash.
std::vector<std::string> SplitPipeRow(std::string_view line) {
  std::vector<std::string> cells;
  std::string cell;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cell += "\\|";
      ++i;
    } else if (line[i] == '|') {
      cells.push_back(CollapseWhitespace(cell));
      cell.clear();
    } else {
      cell.push_back(line[i]);
    }
  }
  cells.push_back(CollapseWhitespace(cell));
  // A row written "| a | b |" has nothing before its first pipe and after its last.
  if (!cells.empty() && cells.front().empty() && TrimmedStartsWith(line, "|")) cells.erase(cells.begin());
  if (!cells.empty() && cells.back().empty() && TrimmedEndsWith(line, "|")) cells.pop_back();
  return cells;
}

// How many times `tag` (lower case) occurs in `line`, in any case.
int CountTag(std::string_view line, std::string_view tag) {
  int count = 0;
  for (size_t at = line.find('<'); at != std::string_view::npos; at = line.find('<', at + 1)) {
    size_t i = 0;
    while (i < tag.size() && at + i < line.size() &&
           std::tolower(static_cast<unsigned char>(line[at + i])) == tag[i]) {
      ++i;
    }
    if (i == tag.size()) ++count;
  }
  return count;
}

// Pipe-table cells may carry the inline HTML of the page they were converted
// from (pandoc keeps <span class="FormData">).
bool HasInlineHtml(const std::string& cell) {
  return cell.find("<span") != std::string::npos || cell.find("<a ") != std::string::npos;
}

// True when `line` has a `|` that is not escaped: a table row (its leading pipe is optional).
bool HasCellSeparator(std::string_view line) {
  for (size_t at = line.find('|'); at != std::string_view::npos; at = line.find('|', at + 1)) {
    if (at == 0 || line[at - 1] != '\\') return true;
  }
  return false;
}

Grid MarkdownGrid(std::string_view input) {
  Grid grid;
  std::string html;     // a raw HTML table block being collected
  int html_depth = 0;   // its <table> elements still open
  for (const std::string& logical : LogicalLines(input)) {
    // A raw HTML block starts with a tag; it is read whole once its tables close.
    if (html_depth > 0 || (TrimmedStartsWith(logical, "<") && CountTag(logical, "<table") > 0)) {
      html.append(logical).push_back('\n');
      html_depth += CountTag(logical, "<table") - CountTag(logical, "</table");
      if (html_depth <= 0) {
        AppendHtmlGrid(html, grid);
        html.clear();
        html_depth = 0;
      }
      continue;
    }
    const std::string line = StripInlineMarkdown(logical);
    if (IsRuleOrDelimiterLine(line)) continue;
    if (HasCellSeparator(line)) {
      std::vector<std::string> cells = SplitPipeRow(line);
      if (IsDelimiterRow(cells)) continue;
      // A row that keeps its page's HTML is read the way the HTML reader reads
      // one: values marked, footnote references in <sup>.
      GridRow row{std::move(cells)};
      for (std::string& cell : row.cells) {
        if (!HasInlineHtml(cell)) continue;
        cell = HtmlCellText(cell);
        row.superscript_footnotes_only = true;
      }
      grid.rows.push_back(std::move(row));
      continue;
    }
    AddParagraphLine(line, grid);
  }
  if (!html.empty()) AppendHtmlGrid(html, grid);  // a block the input left open
  return grid;
}

}  // namespace

const Reader& MarkdownReader() {
  static const GridRenderingReader<MarkdownGrid> reader;
  return reader;
}

}  // namespace form4::internal

#include "parse/rendered/html_grid.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <memory>
#include <vector>

#include "parse/rendered/values.h"
#include "util/text.h"

namespace form4::internal {
namespace {

constexpr std::string_view kChecked = "\xE2\x98\x92";    // ☒
constexpr std::string_view kUnchecked = "\xE2\x98\x90";  // ☐
// Bounds on spans and columns, so that hostile spans cannot blow up a grid
// (the form's widest table has 16 columns).
constexpr size_t kMaxColspan = 64;
constexpr size_t kMaxRowspan = 1000;
constexpr size_t kMaxColumns = 256;

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

DocPtr ParseHtml(std::string_view html) {
  static const bool initialized = [] {
    xmlInitParser();
    return true;
  }();
  (void)initialized;
  const std::string text = IsValidUtf8(html) ? std::string(html) : RepairUtf8(html);
  if (text.size() > static_cast<size_t>(INT_MAX)) return nullptr;
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
  return DocPtr(htmlReadMemory(text.data(), static_cast<int>(text.size()), nullptr, "UTF-8", options));
}

std::string_view Name(const xmlNode* node) {
  return node->name != nullptr ? reinterpret_cast<const char*>(node->name) : "";
}

bool IsElement(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && Name(node) == name;
}

std::string_view Content(const xmlNode* node) {
  return node->content != nullptr ? reinterpret_cast<const char*>(node->content) : "";
}

// The value of attribute `name` (the HTML parser lower-cases names), or "".
std::string_view Attribute(const xmlNode* node, std::string_view name) {
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (reinterpret_cast<const char*>(attr->name) != name) continue;
    const xmlNode* text = attr->children;
    return text != nullptr && text->type == XML_TEXT_NODE ? Content(text) : "";
  }
  return {};
}

bool HasAttribute(const xmlNode* node, std::string_view name) {
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (reinterpret_cast<const char*>(attr->name) == name) return true;
  }
  return false;
}

bool HasClass(const xmlNode* node, std::string_view wanted) {
  const std::string_view classes = Attribute(node, "class");
  for (size_t start = 0; start < classes.size();) {
    size_t end = classes.find(' ', start);
    if (end == std::string_view::npos) end = classes.size();
    if (classes.substr(start, end - start) == wanted) return true;
    start = end + 1;
  }
  return false;
}

// A colspan or rowspan attribute, 1 when absent or not a number, at most `max`.
size_t Span(const xmlNode* cell, std::string_view attribute, size_t max) {
  size_t span = 0;
  for (char c : Attribute(cell, attribute)) {
    if (c < '0' || c > '9') break;
    span = std::min(max, span * 10 + static_cast<size_t>(c - '0'));
  }
  return std::max<size_t>(span, 1);
}

// True when an inline style sets the text blue, the SEC layout's colour for
// filled-in values (its value classes are blue too).
bool IsStyledBlue(const xmlNode* node) {
  std::string style;
  for (char c : Attribute(node, "style")) {
    if (c != ' ') style.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  for (size_t at = style.find("color:blue"); at != std::string::npos; at = style.find("color:blue", at + 1)) {
    if (at == 0 || style[at - 1] == ';') return true;  // not "background-color:blue"
  }
  return false;
}

// Elements that hold a filled-in value in the SEC's layout: its value classes
// and colour, the EDGAR links of the owner's and issuer's names, and underlined text.
bool IsValueElement(const xmlNode* node) {
  const std::string_view name = Name(node);
  return name == "a" || name == "u" || HasClass(node, "FormData") || HasClass(node, "FormDataR") ||
         HasClass(node, "SmallFormData") || IsStyledBlue(node);
}

bool IsSkipped(const xmlNode* node) {
  const std::string_view name = Name(node);
  return name == "head" || name == "script" || name == "style" || name == "title" || name == "template";
}

// Elements that break a line of text.
bool IsBreak(const xmlNode* node) {
  static constexpr std::string_view kBlocks[] = {
      "address", "blockquote", "body", "br", "center", "dd", "div", "dl", "dt", "form", "h1", "h2", "h3", "h4",
      "h5", "h6", "hr", "html", "li", "ol", "p", "pre", "section", "td", "th", "tr", "ul"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), Name(node)) != std::end(kBlocks);
}

// The rows of `table`: its own <tr>, directly or in <thead>/<tbody>/<tfoot>.
std::vector<const xmlNode*> Rows(const xmlNode* table) {
  std::vector<const xmlNode*> rows;
  for (const xmlNode* child = table->children; child != nullptr; child = child->next) {
    if (IsElement(child, "tr")) {
      rows.push_back(child);
    } else if (IsElement(child, "thead") || IsElement(child, "tbody") || IsElement(child, "tfoot")) {
      for (const xmlNode* row = child->children; row != nullptr; row = row->next) {
        if (IsElement(row, "tr")) rows.push_back(row);
      }
    }
  }
  return rows;
}

std::vector<const xmlNode*> Cells(const xmlNode* row) {
  std::vector<const xmlNode*> cells;
  for (const xmlNode* child = row->children; child != nullptr; child = child->next) {
    if (IsElement(child, "td") || IsElement(child, "th")) cells.push_back(child);
  }
  return cells;
}

void AppendPlainText(const xmlNode* node, std::string& out) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE) {
      out.append(Content(child));
      out.push_back(' ');
    } else if (child->type == XML_ELEMENT_NODE && !IsSkipped(child)) {
      AppendPlainText(child, out);
    }
  }
}

std::string PlainText(const xmlNode* node) {
  std::string text;
  AppendPlainText(node, text);
  return CollapseWhitespace(text);
}

bool ContainsTable(const xmlNode* node) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE && (Name(child) == "table" || ContainsTable(child))) return true;
  }
  return false;
}

// The one element `node` holds (whitespace aside), or nullptr.
const xmlNode* OnlyElement(const xmlNode* node) {
  const xmlNode* only = nullptr;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE && CollapseWhitespace(Content(child)).empty()) continue;
    if (child->type != XML_ELEMENT_NODE || only != nullptr) return nullptr;
    only = child;
  }
  return only;
}

// The form draws a check box as a one-cell bordered table holding an "X" or
// nothing, and the relationship boxes as small cells beside their labels, in a
// table nested in the box, holding an "X" when checked. Returns the mark of
// such a cell, or "" (a blank nested cell may as well be spacing: no mark).
std::string_view CheckboxMark(const xmlNode* cell, bool nested) {
  const std::string text = PlainText(cell);
  const bool x = text == "X" || text == "x";
  if (!x && !text.empty()) return {};
  const xmlNode* only = OnlyElement(cell);
  if (only != nullptr && Name(only) == "table") {
    const std::vector<const xmlNode*> rows = Rows(only);
    if (rows.size() == 1 && Cells(rows[0]).size() == 1) return x ? kChecked : kUnchecked;
  }
  return nested && x ? kChecked : std::string_view();
}

// "<u>NAME</u> [ <u>TICK</u> ]" -> "<u>NAME [TICK]</u>": box 2 prints the
// issuer's name and its ticker in brackets as one field, filled in piecewise.
std::string JoinBracketedTicker(std::string text) {
  for (size_t at = text.find("</u>"); at != std::string::npos; at = text.find("</u>", at + 1)) {
    size_t i = at + 4;
    const auto skip_spaces = [&] {
      while (i < text.size() && text[i] == ' ') ++i;
    };
    skip_spaces();
    if (i >= text.size() || text[i] != '[') continue;
    ++i;
    skip_spaces();
    if (text.compare(i, 3, "<u>") != 0) continue;
    const size_t value = i + 3;
    const size_t close = text.find("</u>", value);
    if (close == std::string::npos || text.find("<u>", value) < close) continue;
    i = close + 4;
    skip_spaces();
    if (i >= text.size() || text[i] != ']') continue;
    std::string joined = " [";
    joined.append(text, value, close - value).append("]</u>");
    text.replace(at, i + 1 - at, joined);
  }
  return text;
}

// Writes the content of cells (and of paragraphs outside tables) as one line
// of cell text, with the markup the grid interpreter reads.
class CellWriter {
 public:
  void Children(const xmlNode* node) {
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) Node(child);
  }

  void Node(const xmlNode* node) {
    if (node->type == XML_TEXT_NODE) return marked_ ? Text(Content(node)) : TextBeforeTicker(node);
    if (node->type != XML_ELEMENT_NODE || IsSkipped(node)) return;
    const std::string_view name = Name(node);
    if (name == "table") return NestedTable(node);
    if (name == "input") return Input(node);
    if (IsBreak(node)) out_.push_back(' ');
    if (name == "sup") {
      out_.append("<sup>");
      Children(node);
      out_.append("</sup>");
    } else if (!marked_ && IsValueElement(node)) {
      Marked(node);
    } else {
      Children(node);
    }
    if (IsBreak(node)) out_.push_back(' ');
  }

  // The content of a table cell, all of it a value when the cell is styled as one.
  void Cell(const xmlNode* cell) {
    if (IsValueElement(cell)) return Marked(cell);
    Children(cell);
  }

  // The text written so far, whitespace collapsed; the writer is empty after.
  std::string Take() {
    std::string text = JoinBracketedTicker(CollapseWhitespace(out_));
    out_.clear();
    return text;
  }

 private:
  // Text with the characters the markup uses escaped (StripMarkup decodes them).
  void Text(std::string_view text) {
    for (char c : text) {
      if (c == '&') {
        out_.append("&amp;");
      } else if (c == '<') {
        out_.append("&lt;");
      } else {
        out_.push_back(c);
      }
    }
  }

  // Box 2 prints "NAME [ TICKER ]" with the ticker filled in; a name written as
  // plain text before it (not as a link) is the value too.
  void TextBeforeTicker(const xmlNode* node) {
    const std::string_view text = Content(node);
    const size_t bracket = text.find_last_not_of(" \t\r\n");
    const xmlNode* next = node->next;
    const bool before_ticker = bracket != std::string_view::npos && text[bracket] == '[' && next != nullptr &&
                               next->type == XML_ELEMENT_NODE && IsValueElement(next);
    if (!before_ticker || CollapseWhitespace(text.substr(0, bracket)).empty()) return Text(text);
    out_.append("<u>");
    Text(text.substr(0, text.find_last_not_of(" \t\r\n", bracket - 1) + 1));
    out_.append("</u> ");
    Text(text.substr(bracket));
  }

  void Marked(const xmlNode* node) {
    const size_t start = out_.size();
    out_.append("<u>");
    marked_ = true;
    Children(node);
    marked_ = false;
    if (StripMarkup(std::string_view(out_).substr(start + 3)).empty()) {
      out_.resize(start);  // an empty field: nothing filled in
    } else {
      out_.append("</u>");
    }
  }

  void Input(const xmlNode* node) {
    if (Attribute(node, "type") != "checkbox") return;
    const bool checked = HasAttribute(node, "checked");
    out_.push_back(' ');
    out_.append(checked ? kChecked : kUnchecked);
    out_.push_back(' ');
  }

  // A table inside a cell (a box of the form's header): its rows in order.
  void NestedTable(const xmlNode* table);

  std::string out_;
  bool marked_ = false;
};

// The texts of a row's cells, with their spans. A check-box cell's mark moves
// to the start of the next cell (the label it belongs to) and leaves the box's
// own cell empty.
struct CellText {
  std::string text;
  size_t colspan = 1;
  size_t rowspan = 1;
};

std::vector<CellText> RowCells(const xmlNode* row, bool nested) {
  std::vector<CellText> cells;
  std::string_view mark;
  for (const xmlNode* cell : Cells(row)) {
    CellText& out = cells.emplace_back();
    out.colspan = Span(cell, "colspan", kMaxColspan);
    out.rowspan = Span(cell, "rowspan", kMaxRowspan);
    if (const std::string_view own = CheckboxMark(cell, nested); !own.empty()) {
      mark = own;
      continue;
    }
    CellWriter writer;
    writer.Cell(cell);
    if (!mark.empty()) {
      out.text.assign(mark).push_back(' ');
      mark = {};
    }
    out.text.append(writer.Take());
  }
  if (!mark.empty()) cells.back().text.assign(mark);  // a box with no label after it
  return cells;
}

void CellWriter::NestedTable(const xmlNode* table) {
  for (const xmlNode* row : Rows(table)) {
    for (CellText& cell : RowCells(row, true)) {
      out_.push_back(' ');
      out_.append(cell.text);
    }
    out_.push_back(' ');
  }
}

bool IsBlank(const std::string& cell) { return StripMarkup(cell).empty(); }

// True when the tables in `node` are all leaf tables without headings: the
// field layout of one of the form's boxes, not the form's tables.
bool HoldsOnlyFieldTables(const xmlNode* node) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = Name(child);
    if (name == "th" || (name == "table" && ContainsTable(child)) || !HoldsOnlyFieldTables(child)) return false;
  }
  return true;
}

// True when no row of `table` has more than one cell with content: a wrapper
// around blocks (a page layout, a list of footnotes) rather than a grid.
bool IsSingleColumn(const xmlNode* table) {
  for (const xmlNode* row : Rows(table)) {
    size_t filled = 0;
    for (const xmlNode* cell : Cells(row)) {
      if (ContainsTable(cell) || !PlainText(cell).empty()) ++filled;
    }
    if (filled > 1) return false;
  }
  return true;
}

// Walks the document's blocks and writes grid rows.
class GridWriter {
 public:
  explicit GridWriter(Grid& grid) : grid_(grid) {}

  void Blocks(const xmlNode* parent) {
    for (const xmlNode* node = parent->children; node != nullptr; node = node->next) Block(node);
  }

  void Block(const xmlNode* node) {
    if (node->type == XML_TEXT_NODE) return paragraph_.Node(node);
    if (node->type != XML_ELEMENT_NODE || IsSkipped(node)) return;
    if (Name(node) == "table") {
      Flush();
      Table(node);
    } else if (IsBreak(node)) {
      Flush();
      Blocks(node);
      Flush();
    } else if (ContainsTable(node)) {  // an inline element around a table (recovered markup)
      Blocks(node);
    } else {
      paragraph_.Node(node);
    }
  }

  // Ends the current paragraph: its text, if any, becomes a one-cell row.
  void Flush() {
    std::string text = paragraph_.Take();
    if (!IsBlank(text)) grid_.rows.push_back({{std::move(text)}});
  }

 private:
  // A one-column table is read as the blocks its cells hold, except for a cell
  // that is one of the form's boxes (such as the name and address of each
  // further reporting person), read as one cell like the boxes of the header.
  void Table(const xmlNode* table) {
    if (IsSingleColumn(table)) {
      for (const xmlNode* row : Rows(table)) {
        for (const xmlNode* cell : Cells(row)) {
          if (ContainsTable(cell) && HoldsOnlyFieldTables(cell)) {
            paragraph_.Children(cell);
          } else {
            Blocks(cell);
          }
          Flush();
        }
      }
    } else {
      GridRows(table);
    }
    grid_.rows.emplace_back();  // an empty row ends a table
  }

  // The rows of a table whose cells line up by column: a cell spanning columns
  // is followed by empty cells, one spanning rows leaves empty cells below it.
  void GridRows(const xmlNode* table) {
    std::vector<size_t> covered;  // by column: rows still covered by a rowspan from above
    for (const xmlNode* row : Rows(table)) {
      std::vector<size_t> next = covered;
      for (size_t& rows : next) {
        if (rows > 0) --rows;
      }
      GridRow out;
      out.superscript_footnotes_only = true;  // HTML writes footnote references as <sup>
      const auto skip_covered = [&] {
        while (out.cells.size() < covered.size() && covered[out.cells.size()] > 0) out.cells.emplace_back();
      };
      for (CellText& cell : RowCells(row, false)) {
        skip_covered();
        const size_t column = out.cells.size();
        if (column >= kMaxColumns) break;  // past any table of the form: not read
        out.cells.push_back(std::move(cell.text));
        out.cells.resize(std::min(kMaxColumns, column + cell.colspan));
        if (next.size() < out.cells.size()) next.resize(out.cells.size());
        for (size_t c = column; c < out.cells.size(); ++c) next[c] = cell.rowspan - 1;
      }
      skip_covered();
      covered = std::move(next);
      // A row with nothing in it would end the table for the interpreter.
      if (!std::all_of(out.cells.begin(), out.cells.end(), IsBlank)) grid_.rows.push_back(std::move(out));
    }
  }

  Grid& grid_;
  CellWriter paragraph_;
};

}  // namespace

void AppendHtmlGrid(std::string_view html, Grid& grid) {
  const DocPtr doc = ParseHtml(html);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) return;
  GridWriter writer(grid);
  writer.Block(root);
  writer.Flush();
}

std::string HtmlCellText(std::string_view fragment) {
  const DocPtr doc = ParseHtml(fragment);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) return {};
  CellWriter writer;
  writer.Node(root);
  return writer.Take();
}

}  // namespace form4::internal

// The reader for a rendering whose tables became lines of words without
// columns: a text browser's dump (lynx -dump) puts each table row on one line
// with single spaces between cells, like the text OCR recognizes from a
// printed form. The dump's own conventions are undone first — numbered link
// marks ("[2]Tesla, Inc.") and the list of links they refer to, superscripts
// written with a caret ("M^(1)"), input-field underlines, the page indent —
// and the lines are read as OCR text is (ReadFormLines: cells found by the
// form's column order and the kind of each word), taken as written.
#include <string>
#include <string_view>
#include <vector>

#include "parse/ocr/ocr_grid.h"
#include "parse/reader.h"
#include "parse/rendered/text_page.h"
#include "parse/text_lines.h"

namespace form4::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "   12. https://..." — one entry of the link list a dump ends with.
bool IsLinkListEntry(std::string_view line) {
  const size_t first = line.find_first_not_of(' ');
  if (first == std::string_view::npos || !IsDigit(line[first])) return false;
  size_t i = first;
  while (i < line.size() && IsDigit(line[i])) ++i;
  return line.substr(i).starts_with(". ") && line.find("://") != std::string_view::npos;
}

// The index of the "References" line that starts the trailing link list, or
// lines.size() when the dump has none.
size_t LinkListStart(const std::vector<std::string_view>& lines) {
  for (size_t i = lines.size(); i-- > 0;) {
    const size_t first = lines[i].find_first_not_of(' ');
    if (first == std::string_view::npos) continue;
    if (lines[i].substr(first) == "References") {
      return i + 1 < lines.size() && (lines[i + 1].find_first_not_of(' ') == std::string_view::npos ||
                                       IsLinkListEntry(lines[i + 1]))
                 ? i
                 : lines.size();
    }
    if (!IsLinkListEntry(lines[i])) return lines.size();
  }
  return lines.size();
}

// A line that is only an input field's underline ("  ______").
bool IsUnderline(std::string_view line) {
  const size_t first = line.find_first_not_of(' ');
  return first != std::string_view::npos && line.find_first_not_of("_ ") == std::string_view::npos &&
         line.find("___") != std::string_view::npos;
}

// The smallest indent of the non-blank lines.
size_t CommonIndent(const std::vector<std::string_view>& lines, size_t end) {
  size_t indent = std::string_view::npos;
  for (size_t i = 0; i < end; ++i) {
    const size_t first = lines[i].find_first_not_of(' ');
    if (first != std::string_view::npos && first < indent) indent = first;
  }
  return indent == std::string_view::npos ? 0 : indent;
}

// Appends `line` with link marks "[12]" removed (only when the dump lists
// its links, so a filer's own "[1]" stays) and "^(" / "^*" superscripts
// written as the form prints them.
void AppendUndone(std::string_view line, bool has_link_list, std::string& out) {
  for (size_t i = 0; i < line.size();) {
    if (has_link_list && line[i] == '[' && i + 1 < line.size() && IsDigit(line[i + 1])) {
      size_t j = i + 1;
      while (j < line.size() && IsDigit(line[j])) ++j;
      if (j < line.size() && line[j] == ']') {
        i = j + 1;
        continue;
      }
    }
    if (line[i] == '^' && i + 1 < line.size() && (line[i + 1] == '(' || line[i + 1] == '*')) {
      ++i;
      continue;
    }
    out += line[i++];
  }
}

class TextLinesReader final : public Reader {
 public:
  Result<Filing> Read(std::string_view input, std::string_view name) const override {
    return ReadFormLines(UndoTextBrowserMarks(input), name, Transcription::kFaithful);
  }
};

}  // namespace

std::string UndoTextBrowserMarks(std::string_view dump) {
  std::vector<std::string_view> lines = SplitLines(dump);
  for (std::string_view& line : lines) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  }
  const size_t end = LinkListStart(lines);
  const bool has_link_list = end < lines.size();
  const size_t indent = CommonIndent(lines, end);
  // A text browser sets the signature table apart from the remarks or
  // footnotes above it by one blank line; the OCR reader reads one blank line as
  // a gap inside a paragraph and ends a signature at two, so that blank line
  // is written twice.
  std::vector<bool> doubled(end, false);
  for (size_t i = 0; i < end; ++i) {
    if (lines[i].find("Signature of Reporting Person") == std::string_view::npos) continue;
    size_t blank = i;
    while (blank > 0 && lines[blank - 1].find_first_not_of(' ') != std::string_view::npos &&
           lines[blank - 1].find("Signature of Reporting Person") == std::string_view::npos) {
      --blank;
    }
    if (blank > 0 && lines[blank - 1].find_first_not_of(' ') == std::string_view::npos) doubled[blank - 1] = true;
  }
  std::string out;
  out.reserve(dump.size());
  for (size_t i = 0; i < end; ++i) {
    if (IsUnderline(lines[i])) continue;
    if (doubled[i]) out += '\n';
    AppendUndone(lines[i].size() > indent ? lines[i].substr(indent) : std::string_view{}, has_link_list, out);
    out += '\n';
  }
  return out;
}

const Reader& TextLinesReader() {
  static const class TextLinesReader reader;
  return reader;
}

}  // namespace form4::internal

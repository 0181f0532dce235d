#include "parse/layout/layout_sections.h"

#include <algorithm>
#include <string>

#include "parse/rendered/lines.h"
#include "parse/rendered/values.h"
#include "util/text.h"

namespace form4::internal {
namespace {

// How far left of its caption a signature line may start (pages differ slightly in their grid).
constexpr int kSignatureSlack = 8;

constexpr std::string_view kSignatureCaption = "signature of reporting person";

// The column of the "Signature of Reporting Person" caption on `line`, or -1.
int SignatureCaptionColumn(const LayoutLine& line) {
  for (const Chunk& chunk : line.chunks) {
    if (LabelWord(chunk.text).find(kSignatureCaption) != std::string::npos) return chunk.x;
  }
  return -1;
}

// "12." or "(12)" at the start of a footnote; 0 when `word` is neither.
int FootnoteNumber(std::string_view word) {
  if (word.size() >= 3 && word.front() == '(' && word.back() == ')') word = word.substr(1, word.size() - 2);
  else if (word.size() >= 2 && word.back() == '.') word.remove_suffix(1);
  else return 0;
  if (word.empty() || word.size() > 3) return 0;
  int number = 0;
  for (char c : word) {
    if (c < '0' || c > '9') return 0;
    number = number * 10 + (c - '0');
  }
  return number;
}

}  // namespace

std::vector<SignatureBlock> FindSignatureBlocks(const std::vector<LayoutLine>& lines, size_t begin, size_t end) {
  std::vector<SignatureBlock> blocks;
  for (size_t l = begin; l < end; ++l) {
    const int column = SignatureCaptionColumn(lines[l]);
    if (column < 0) continue;
    size_t first = l;
    while (first > begin) {
      const LayoutLine& above = lines[first - 1];
      if (above.Blank() || SignatureCaptionColumn(above) >= 0) break;
      const bool in_column = std::all_of(above.chunks.begin(), above.chunks.end(),
                                         [&](const Chunk& chunk) { return chunk.x >= column - kSignatureSlack; });
      if (!in_column) break;
      --first;
    }
    blocks.push_back({first, l});
  }
  return blocks;
}

void AppendLayoutFootnotes(const std::vector<LayoutLine>& lines, size_t title, size_t end, Grid& grid) {
  grid.rows.push_back({{"Explanation of Responses:"}});
  std::vector<std::string> notes;
  int last_number = 0;
  for (size_t l = title + 1; l < end && l < lines.size(); ++l) {
    const LayoutLine& line = lines[l];
    if (line.Blank()) continue;
    const int number = FootnoteNumber(line.words.front().text);
    if (number > last_number && number <= last_number + 3) {
      last_number = number;
      notes.push_back(line.Text());
    } else if (!notes.empty()) {
      AppendWrapped(notes.back(), line.Text());
    }
  }
  for (std::string& note : notes) grid.rows.push_back({{std::move(note)}});
}

void AppendLayoutRemarks(const std::vector<LayoutLine>& lines, size_t title, size_t end, Grid& grid) {
  std::string text;
  for (size_t l = title; l < end && l < lines.size(); ++l) AppendWrapped(text, lines[l].Text());
  grid.rows.push_back({{std::move(text)}});
}

void AppendLayoutSignatures(const std::vector<LayoutLine>& lines, const std::vector<SignatureBlock>& blocks,
                            Grid& grid) {
  for (const SignatureBlock& block : blocks) {
    std::string name, date;
    for (size_t l = block.begin; l < block.label; ++l) {
      if (lines[l].Text() == "Date") continue;  // the caption of the date, set a line apart
      std::string line_text;
      for (const Word& word : lines[l].words) {
        if (date.empty() && ParseRenderedDate(word.text) && &word == &lines[l].words.back()) {
          date = word.text;
        } else {
          AppendWord(line_text, word.text);
        }
      }
      AppendWrapped(name, line_text);
    }
    AddSignatureRows(name, date, grid);
  }
}

}  // namespace form4::internal

#include "parse/ocr/ocr_footnote_lines.h"

#include <cctype>
#include <cstddef>
#include <map>
#include <string_view>

#include "parse/ocr/ocr_text.h"

namespace form4::internal {
namespace {

constexpr size_t kLeadWords = 6;     // words second lines begin alike with
constexpr size_t kFewestWords = 4;   // a footnote's first line says more than a caption

// The text of a footnote line without its number ("3. The price" → "The
// price"), and whether it had one.
std::string_view WithoutNumber(std::string_view line, bool& numbered) {
  size_t i = 0;
  while (i < line.size() && i < 3 && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  numbered = i > 0 && i + 1 < line.size() && line[i] == '.' && line[i + 1] == ' ';
  return numbered ? line.substr(i + 2) : line;
}

// The first `kLeadWords` words of a line, lower case, joined by spaces.
std::string Lead(std::string_view line) {
  const std::vector<std::string> words = Words(line);
  if (words.size() < kLeadWords) return {};
  std::string lead;
  for (size_t w = 0; w < kLeadWords; ++w) {
    if (w > 0) lead += ' ';
    for (char c : words[w]) lead += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return lead;
}

}  // namespace

void RejoinFootnoteLines(std::vector<std::string>& lines, size_t from, std::vector<Warning>& warnings) {
  std::map<std::string, std::vector<size_t>> same_text;  // footnote text → its lines
  std::map<std::string, size_t> numbered_lines;          // footnote text → how many of its lines show a number
  for (size_t l = from; l < lines.size(); ++l) {
    bool numbered = false;
    const std::string text(WithoutNumber(lines[l], numbered));
    if (Words(text).size() < kFewestWords) continue;
    same_text[text].push_back(l);
    numbered_lines[text] += numbered;
  }
  for (const auto& [text, firsts] : same_text) {
    // Footnotes' first lines show their numbers, but where OCR garbled them
    // (rule `ocr-footnote-number`); the same words wrapped inside several
    // footnotes are no footnote's first line.
    if (firsts.size() < 2 || 2 * numbered_lines[text] < firsts.size()) continue;
    std::map<std::string, std::vector<size_t>> alike;  // lead words → unnumbered lines after the first footnote
    for (size_t l = firsts.front() + 1; l < lines.size(); ++l) {
      bool numbered = false;
      WithoutNumber(lines[l], numbered);
      const std::string lead = Lead(lines[l]);
      if (!numbered && !lead.empty() && lines[l] != text) alike[lead].push_back(l);
    }
    for (const auto& [lead, seconds] : alike) {
      if (seconds.size() != firsts.size() || seconds.front() == firsts.front() + 1) continue;
      for (size_t i = 0; i < firsts.size(); ++i) {
        lines[firsts[i]] += ' ';
        lines[firsts[i]] += lines[seconds[i]];
      }
      // Taken out with a blank line they leave doubled, as OCR sets a block apart by one.
      for (size_t i = seconds.size(); i-- > 0;) {
        const size_t l = seconds[i];
        const bool blank_around = l > 0 && l + 1 < lines.size() && lines[l - 1].empty() && lines[l + 1].empty();
        lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(l), lines.begin() + static_cast<std::ptrdiff_t>(l + 1 + blank_around));
      }
      warnings.push_back({"ocr-footnote-lines-apart", "info", "footnotes",
                          std::to_string(firsts.size()) + " footnotes read '" + text +
                              "' alike: OCR read their second lines apart ('" + lead +
                              " …'); each took its own, in order"});
      return;
    }
  }
}

}  // namespace form4::internal

#include "parse/rendered/mark_captions.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace form4::internal {
namespace {

// A word on a cell's line: columns [begin, end).
struct Word {
  size_t line = 0, begin = 0, end = 0;
  std::string text;  // UTF-8
  bool used = false;  // part of a caption or a mark
};

std::vector<Word> Words(const std::vector<PageLine>& lines) {
  std::vector<Word> words;
  for (size_t y = 0; y < lines.size(); ++y) {
    const PageLine& line = lines[y];
    for (size_t x = 0; x < line.size();) {
      if (line[x] == U' ') {
        ++x;
        continue;
      }
      const size_t end = std::min(line.find(U' ', x), line.size());
      words.push_back({y, x, end, ToUtf8(std::u32string_view(line).substr(x, end - x))});
      x = end;
    }
  }
  return words;
}

bool SameWord(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x >= 'A' && x <= 'Z' ? x - 'A' + 'a' : x) == y;
         });
}

bool IsMark(const Word& word) { return word.text == "X" || word.text == "x"; }

// The relationship box holds a few dozen words; a cell with many more is not
// it (and is not searched word by word).
constexpr size_t kMostWords = 400;

// Converters place the lines of one sub-column a column apart at most (w3m
// starts some lines after a blank of the cell's padding).
constexpr size_t kColumnSlack = 2;

// The form's captions, in its order, as their words (lower case).
constexpr std::array<std::array<std::string_view, 4>, 4> kCaptions = {{
    {"director", "", "", ""},
    {"10%", "owner", "", ""},
    {"officer", "(give", "title", "below)"},
    {"other", "(specify", "below)", ""},
}};
constexpr size_t kOfficer = 2, kOther = 3;

// Where a caption stands: its sub-column's left edge and its lines.
struct Placed {
  size_t left = 0, first_line = 0, last_line = 0;
  std::vector<size_t> words;  // indices into the cell's words
};

// Follows a caption from its first word: the next word is the next on the
// line (one space on), else the one starting at the sub-column's left edge on
// the line below.
std::optional<Placed> Follow(const std::vector<Word>& words, size_t first,
                             const std::array<std::string_view, 4>& caption) {
  Placed placed{words[first].begin, words[first].line, words[first].line, {first}};
  for (size_t k = 1; k < caption.size() && !caption[k].empty(); ++k) {
    const Word& at = words[placed.words.back()];
    std::optional<size_t> next;
    for (size_t w = 0; w < words.size() && !next; ++w) {
      const Word& word = words[w];
      if (word.used || !SameWord(word.text, caption[k])) continue;
      const bool on_line = word.line == at.line && word.begin == at.end + 1;
      const bool below = word.line == at.line + 1 && word.begin + kColumnSlack >= placed.left &&
                         word.begin <= placed.left + kColumnSlack;
      if (on_line || below) next = w;
    }
    if (!next) return std::nullopt;
    placed.words.push_back(*next);
    placed.last_line = words[*next].line;
  }
  return placed;
}

std::optional<Placed> FindCaption(std::vector<Word>& words, const std::array<std::string_view, 4>& caption) {
  for (size_t w = 0; w < words.size(); ++w) {
    if (words[w].used || !SameWord(words[w].text, caption[0])) continue;
    if (std::optional<Placed> placed = Follow(words, w, caption)) {
      for (size_t k : placed->words) words[k].used = true;
      return placed;
    }
  }
  return std::nullopt;
}

size_t LineDistance(const Placed& caption, size_t line) {
  if (line < caption.first_line) return caption.first_line - line;
  return line > caption.last_line ? line - caption.last_line : 0;
}

// The caption a mark ticks: right of it, the one whose lines it stands beside,
// else the nearest by lines; of those, the nearest by columns.
std::optional<size_t> CaptionOfMark(const std::array<Placed, 4>& captions, const Word& mark) {
  std::optional<size_t> best;
  for (size_t c = 0; c < captions.size(); ++c) {
    if (captions[c].left <= mark.begin) continue;
    if (!best || std::pair(LineDistance(captions[c], mark.line), captions[c].left) <
                     std::pair(LineDistance(captions[*best], mark.line), captions[*best].left)) {
      best = c;
    }
  }
  return best;
}

// Appends a line's words to text written below a caption: with a space, or
// none after a word broken at its hyphen.
void AppendBelow(std::string& text, const std::string& word) {
  const bool broken = text.size() >= 2 && text.back() == '-' && text[text.size() - 2] != ' ';
  if (!text.empty() && !broken) text.push_back(' ');
  text += word;
}

bool IsBlank(const PageLine& line) { return line.find_first_not_of(U' ') == PageLine::npos; }

}  // namespace

std::optional<MarkCaptionBlock> ReadMarkCaptionBlock(const std::vector<PageLine>& lines) {
  std::vector<Word> words = Words(lines);
  if (words.size() > kMostWords) return std::nullopt;
  std::array<Placed, 4> captions;
  for (size_t c = 0; c < kCaptions.size(); ++c) {
    std::optional<Placed> placed = FindCaption(words, kCaptions[c]);
    if (!placed) return std::nullopt;
    captions[c] = std::move(*placed);
  }
  size_t first_line = SIZE_MAX, last_line = 0;
  for (const Placed& caption : captions) {
    first_line = std::min(first_line, caption.first_line);
    last_line = std::max(last_line, caption.last_line);
  }
  std::array<bool, 4> ticked{};
  for (Word& word : words) {
    if (word.used || word.line < first_line || word.line > last_line) continue;
    if (!IsMark(word)) return std::nullopt;  // other text among the captions
    const std::optional<size_t> caption = CaptionOfMark(captions, word);
    if (!caption) return std::nullopt;
    ticked[*caption] = true;
    word.used = true;
  }
  // Below the captions, down to a blank line: the officer's title under its
  // caption, the other's text under its own (the right sub-column).
  size_t end = last_line + 1;
  while (end < lines.size() && !IsBlank(lines[end])) ++end;
  // A run of words (single spaces) is one sub-column's text, even where it
  // reaches past the sub-column's edge.
  std::array<std::string, 2> below;  // officer, other
  for (size_t y = last_line + 1; y < end; ++y) {
    for (const TextRun& run : TextRuns(lines[y])) {
      const bool other = run.begin + kColumnSlack >= captions[kOther].left &&
                         captions[kOther].left > captions[kOfficer].left;
      AppendBelow(below[other ? 1 : 0], ToUtf8(std::u32string_view(lines[y]).substr(run.begin, run.end - run.begin)));
    }
  }
  MarkCaptionBlock block{first_line, end, {}};
  for (size_t c = 0; c < captions.size(); ++c) {
    if (!block.text.empty()) block.text.push_back('\n');
    if (ticked[c]) block.text += "X ";
    for (size_t k = 0; k < captions[c].words.size(); ++k) {
      if (k > 0) block.text.push_back(' ');
      block.text += words[captions[c].words[k]].text;
    }
  }
  for (const std::string& text : below) {
    if (text.empty()) continue;
    block.text.push_back('\n');
    block.text += text;
  }
  return block;
}

}  // namespace form4::internal

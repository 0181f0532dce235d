#include "parse/layout/text_layout.h"

#include <cctype>

#include "parse/rendered/text_page.h"

namespace form4::internal {
namespace {

// The words of the text run [begin, end) of `line` (runs of characters between
// spaces), their columns moved right by `offset`.
std::vector<Word> RunWords(const PageLine& line, size_t begin, size_t end, int offset) {
  std::vector<Word> words;
  for (size_t x = begin; x < end;) {
    if (line[x] == U' ') {
      ++x;
      continue;
    }
    size_t word_end = x;
    while (word_end < end && line[word_end] != U' ') ++word_end;
    words.push_back({ToUtf8(std::u32string_view(line).substr(x, word_end - x)), static_cast<int>(x) + offset,
                     static_cast<int>(word_end) + offset});
    x = word_end;
  }
  return words;
}

// Reads one line (without its newline and form feeds) into words and chunks.
void ReadLine(std::string_view bytes, LayoutLine& line) {
  const PageLine characters = DecodePageLine(bytes);
  for (const TextRun& run : TextRuns(characters)) {
    std::vector<Word> words = RunWords(characters, run.begin, run.end, 0);
    line.chunks.push_back({ToUtf8(std::u32string_view(characters).substr(run.begin, run.end - run.begin)),
                           static_cast<int>(run.begin), static_cast<int>(run.end), line.words.size(), words.size()});
    line.words.insert(line.words.end(), words.begin(), words.end());
  }
}

}  // namespace

std::string LayoutLine::Text() const {
  std::string text;
  for (const Chunk& chunk : chunks) {
    if (!text.empty()) text.push_back(' ');
    text += chunk.text;
  }
  return text;
}

std::vector<Word> SplitChunk(const Chunk& chunk) {
  const PageLine characters = DecodePageLine(chunk.text);
  return RunWords(characters, 0, characters.size(), chunk.x);
}

std::vector<LayoutLine> ReadLayout(std::string_view text) {
  std::vector<LayoutLine> lines;
  int page = 0;
  for (std::string_view raw : SplitLines(text)) {
    LayoutLine line;
    std::string bytes;  // the line without its page breaks, which take no column
    for (char c : raw) {
      if (c == '\f') {
        ++page;
      } else if (c != '\v') {
        bytes.push_back(c);
      }
    }
    line.page = page;
    ReadLine(bytes, line);
    lines.push_back(std::move(line));
  }
  return lines;
}

void AppendWrapped(std::string& text, std::string_view piece) {
  if (piece.empty()) return;
  const bool hyphen_wrap = text.size() >= 2 && text.back() == '-' &&
                           std::isalnum(static_cast<unsigned char>(text[text.size() - 2]));
  if (!text.empty() && !hyphen_wrap) text.push_back(' ');
  text.append(piece);
}

std::string LabelWord(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word.substr(i, 3) == "\xE2\x80\x99") {  // ’
      out.push_back('\'');
      i += 2;
    } else if (word[i] != '*') {
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(word[i]))));
    }
  }
  return out;
}

std::vector<std::string> LabelWords(std::string_view text) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    if (end > i) {
      std::string word = LabelWord(text.substr(i, end - i));
      if (!word.empty()) words.push_back(std::move(word));
    }
    i = end;
  }
  return words;
}

}  // namespace form4::internal

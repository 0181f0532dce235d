#include "parse/layout/text_layout.h"

#include <cctype>

namespace form4::internal {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xc0) == 0x80; }

// Splits one line (without its newline) into positioned words.
std::vector<Word> ReadWords(std::string_view line) {
  std::vector<Word> words;
  int column = 0;
  Word* open = nullptr;  // the word being read, if any
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    const bool nbsp = c == '\xC2' && i + 1 < line.size() && line[i + 1] == '\xA0';
    if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\v' || nbsp) {
      open = nullptr;
      if (c == '\t') column = (column / 8 + 1) * 8;
      if (c == ' ' || nbsp) ++column;
      if (nbsp) ++i;
      continue;
    }
    if (open == nullptr) {
      words.push_back({{}, column, column});
      open = &words.back();
    }
    open->text.push_back(c);
    if (!IsContinuationByte(c)) ++column;
    open->end = column;
  }
  return words;
}

std::vector<Chunk> GroupChunks(const std::vector<Word>& words) {
  std::vector<Chunk> chunks;
  for (size_t i = 0; i < words.size(); ++i) {
    if (chunks.empty() || words[i].x - chunks.back().end >= 2) {
      chunks.push_back({words[i].text, words[i].x, words[i].end, i, 1});
      continue;
    }
    Chunk& chunk = chunks.back();
    chunk.text.push_back(' ');
    chunk.text += words[i].text;
    chunk.end = words[i].end;
    ++chunk.word_count;
  }
  return chunks;
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
  std::vector<Word> words = ReadWords(chunk.text);
  for (Word& word : words) {
    word.x += chunk.x;
    word.end += chunk.x;
  }
  return words;
}

std::vector<LayoutLine> ReadLayout(std::string_view text) {
  std::vector<LayoutLine> lines;
  int page = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    LayoutLine layout_line;
    layout_line.page = page;
    for (char c : line) {
      if (c == '\f') layout_line.page = ++page;
    }
    layout_line.words = ReadWords(line);
    layout_line.chunks = GroupChunks(layout_line.words);
    lines.push_back(std::move(layout_line));
    start = end + 1;
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

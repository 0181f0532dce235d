#include "parse/rendered/text_page.h"

#include <cstdint>

#include "util/text.h"

namespace form4::internal {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes the UTF-8 sequence at `text[i]` and advances `i`; a byte that starts no
// valid sequence is read as Windows-1252.
char32_t DecodeAt(std::string_view text, size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  const size_t length = lead < 0x80 ? 1 : lead < 0xC0 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF8 ? 4 : 0;
  if (length == 0 || i + length > text.size() || !IsValidUtf8(text.substr(i, length))) {
    const std::string repaired = RepairUtf8(text.substr(i++, 1));
    size_t k = 0;
    return repaired.size() == 1 ? static_cast<unsigned char>(repaired[0]) : DecodeAt(repaired, k);
  }
  char32_t code = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
  for (size_t k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  i += length;
  return code;
}

}  // namespace

std::vector<std::string_view> SplitLines(std::string_view input) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start < input.size();) {
    size_t end = input.find('\n', start);
    if (end == std::string_view::npos) end = input.size();
    lines.push_back(input.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

PageLine DecodePageLine(std::string_view bytes, bool byte_columns) {
  PageLine line;
  line.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size();) {
    const size_t start = i;
    char32_t c = DecodeAt(bytes, i);
    if (c == U'\r') continue;
    if (c == U'\t') {
      line.append(8 - line.size() % 8, U' ');
      continue;
    }
    const bool blank = c == 0xA0 || c == kReplacement;
    line.push_back(blank ? U' ' : c);
    if (byte_columns) line.append(i - start - 1, blank ? U' ' : kFiller);
  }
  return line;
}

std::string ToUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    if (c != kFiller) AppendUtf8(out, static_cast<uint32_t>(c));
  }
  return out;
}

std::vector<TextRun> TextRuns(const PageLine& line) {
  std::vector<TextRun> runs;
  size_t x = 0;
  while (x < line.size()) {
    while (x < line.size() && line[x] == U' ') ++x;
    if (x == line.size()) break;
    size_t end = x;
    while (end < line.size() && !(line[end] == U' ' && (end + 1 == line.size() || line[end + 1] == U' '))) ++end;
    runs.push_back({x, end});
    x = end;
  }
  return runs;
}

}  // namespace form4::internal

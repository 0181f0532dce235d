#include "parse/markdown_lines.h"

#include "parse/rendered/lines.h"

namespace form4::internal {
namespace {

// A document marks its line ends with hard breaks when at least this share of
// its non-blank lines ends with one.
constexpr size_t kHardBreakShareDenominator = 5;  // one in five

bool EndsWithHardBreak(std::string_view line) { return line.size() >= 2 && line.substr(line.size() - 2) == "  "; }

bool IsAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

bool IsBlank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

}  // namespace

std::vector<std::string> LogicalLines(std::string_view input) {
  std::vector<std::string_view> lines;
  size_t non_blank = 0, hard = 0;
  ForEachLine(input, [&](std::string_view line) {
    lines.push_back(line);
    if (IsBlank(line)) return;
    ++non_blank;
    if (EndsWithHardBreak(line)) ++hard;
  });
  std::vector<std::string> out;
  const bool wrapped = hard > 0 && hard * kHardBreakShareDenominator >= non_blank;
  bool open = false;  // the last output line was wrapped: the next line continues it
  for (std::string_view line : lines) {
    if (IsBlank(line)) {
      out.emplace_back();
      open = false;
      continue;
    }
    if (open) {
      // Wrapping breaks after a hyphen inside a word too ("Coca-" "Cola").
      std::string& text = out.back();
      const bool hyphen = text.size() >= 2 && text.back() == '-' && IsAlnum(text[text.size() - 2]) && IsAlnum(line.front());
      if (!hyphen) text.push_back(' ');
      text.append(line);
    } else {
      out.emplace_back(line);
    }
    open = wrapped && !EndsWithHardBreak(line) && !IsRuleOrDelimiterLine(line);
  }
  return out;
}

std::string StripInlineMarkdown(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\\' && i + 1 < line.size()) {  // an escaped character stays as written
      out.append(line.substr(i, 2));
      ++i;
      continue;
    }
    if (c == '[' || (c == '!' && i + 1 < line.size() && line[i + 1] == '[')) {
      // [text](url): the text. The url may hold spaces where a wrapped line was joined.
      const size_t open = c == '[' ? i : i + 1;
      const size_t close = line.find("](", open);
      const size_t end = close == std::string_view::npos ? close : line.find(')', close + 2);
      if (end != std::string_view::npos && line.substr(open + 1, close - open - 1).find('[') == std::string_view::npos) {
        out.append(line.substr(open + 1, close - open - 1));
        i = end;
        continue;
      }
    }
    if (c == '_') {
      // _emphasis_: an underscore between a word and a space (or a line's end
      // or a cell's edge) opens or closes it; one inside a word is text.
      const auto edge = [](char ch) { return ch == ' ' || ch == '\t' || ch == '|'; };
      if (edge(i == 0 ? ' ' : line[i - 1]) != edge(i + 1 == line.size() ? ' ' : line[i + 1])) continue;
    }
    out.push_back(c);
  }
  return out;
}

bool IsRuleOrDelimiterLine(std::string_view line) {
  size_t dashes = 0, stars = 0;
  for (char c : line) {
    if (c == '-') {
      ++dashes;
    } else if (c == '*') {
      ++stars;
    } else if (c != ' ' && c != '|' && c != ':' && c != '\t') {
      return false;
    }
  }
  return (dashes >= 3 && stars == 0) || (stars >= 3 && dashes == 0);
}

}  // namespace form4::internal

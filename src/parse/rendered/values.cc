#include "parse/rendered/values.h"

#include <array>
#include <cctype>

#include "util/text.h"

namespace form4::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// The digit a superscript character at `s[i]` stands for, with its length in bytes.
struct Superscript {
  int digit = -1;  // -1: not a superscript digit
  size_t length = 0;
};
Superscript SuperscriptDigitAt(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  if (byte(0) == 0xc2 && byte(1) == 0xb9) return {1, 2};
  if (byte(0) == 0xc2 && (byte(1) == 0xb2 || byte(1) == 0xb3)) return {byte(1) - 0xb0, 2};
  if (byte(0) == 0xe2 && byte(1) == 0x81 && (byte(2) == 0xb0 || (byte(2) >= 0xb4 && byte(2) <= 0xb9)))
    return {byte(2) - 0xb0, 3};
  return {};
}
constexpr std::string_view kSuperOpen = "\xE2\x81\xBD";   // ⁽
constexpr std::string_view kSuperClose = "\xE2\x81\xBE";  // ⁾

// Reads a run of superscript digits at `i`; returns the number and advances `i`.
std::string ReadSuperscriptDigits(std::string_view s, size_t& i) {
  std::string digits;
  for (Superscript sup = SuperscriptDigitAt(s, i); sup.digit >= 0; sup = SuperscriptDigitAt(s, i)) {
    digits.push_back(static_cast<char>('0' + sup.digit));
    i += sup.length;
  }
  return digits;
}

// Reads ASCII digits at `i` (at most 3); returns them and advances `i`.
std::string ReadDigits(std::string_view s, size_t& i) {
  std::string digits;
  while (i < s.size() && IsDigit(s[i]) && digits.size() < 4) digits.push_back(s[i++]);
  return digits;
}

// If a footnote marker starts at `i`, returns its number and sets `end`.
std::string MarkerAt(std::string_view s, size_t i, size_t& end) {
  size_t j = i;
  if (s.substr(j, kSuperOpen.size()) == kSuperOpen) {  // ⁽¹²⁾
    j += kSuperOpen.size();
    std::string digits = ReadSuperscriptDigits(s, j);
    if (digits.empty()) digits = ReadDigits(s, j);
    if (!digits.empty() && s.substr(j, kSuperClose.size()) == kSuperClose) {
      end = j + kSuperClose.size();
      return digits;
    }
    return {};
  }
  if (SuperscriptDigitAt(s, j).digit >= 0) {  // ¹ ²
    std::string digits = ReadSuperscriptDigits(s, j);
    end = j;
    return digits;
  }
  if (s[j] == '^') ++j;  // ^(1) or ^1
  const char open = j < s.size() ? s[j] : 0;
  const char close = open == '(' ? ')' : open == '[' ? ']' : 0;
  if (close == 0) {
    if (j > i) {  // ^1
      std::string digits = ReadDigits(s, j);
      if (!digits.empty() && digits.size() <= 3) end = j;
      return digits.size() <= 3 ? digits : std::string();
    }
    return {};
  }
  ++j;
  std::string digits = ReadDigits(s, j);
  if (digits.empty() || digits.size() > 3 || j >= s.size() || s[j] != close) return {};
  end = j + 1;
  return digits;
}

// Replaces <sup>1</sup> and <sup>(1)</sup> by ⁽1⁾ so that one marker syntax remains.
std::string NormalizeSupTags(std::string_view cell) {
  std::string out;
  size_t i = 0;
  while (i < cell.size()) {
    const size_t open = cell.find("<sup>", i);
    if (open == std::string_view::npos) break;
    const size_t close = cell.find("</sup>", open);
    if (close == std::string_view::npos) break;
    out.append(cell.substr(i, open - i));
    std::string inner = CollapseWhitespace(cell.substr(open + 5, close - open - 5));
    if (inner.size() >= 2 && inner.front() == '(' && inner.back() == ')') inner = inner.substr(1, inner.size() - 2);
    out += " ";
    out += kSuperOpen;
    out += inner;
    out += kSuperClose;
    i = close + 6;
  }
  out.append(cell.substr(i));
  return out;
}

// Decodes the HTML entities converters leave in text.
std::string DecodeBasicEntities(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kEntities = {{
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
      {"&apos;", "'"}, {"&nbsp;", " "}}};
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    bool replaced = false;
    if (s[i] == '&') {
      for (const auto& [entity, text] : kEntities) {
        if (s.substr(i, entity.size()) == entity) {
          out += text;
          i += entity.size() - 1;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out.push_back(s[i]);
  }
  return out;
}

bool IsMarkdownEscapable(char c) {
  return std::string_view("\\`*_{}[]()#+-.!|$<>~\"'&").find(c) != std::string_view::npos;
}

}  // namespace

std::string FootnoteMarkerAt(std::string_view text, size_t at, size_t* end) {
  size_t marker_end = at;
  std::string number = at < text.size() ? MarkerAt(text, at, marker_end) : std::string();
  if (number.empty() || marker_end <= at) return {};
  *end = marker_end;
  return number;
}

std::string StripMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char next = i + 1 < text.size() ? text[i + 1] : 0;
    if (c == '<' && (IsAsciiAlpha(next) || next == '/')) {  // a tag: drop it
      const size_t close = text.find('>', i);
      if (close != std::string_view::npos) {
        out.push_back(' ');
        i = close;
        continue;
      }
    }
    if (c == '\\' && IsMarkdownEscapable(next)) {
      out.push_back(next);
      ++i;
      continue;
    }
    if ((c == '*' && next == '*') || (c == '_' && next == '_')) {
      ++i;
      continue;
    }
    out.push_back(c);
  }
  return CollapseWhitespace(DecodeBasicEntities(out));
}

bool HasSuperscriptMarker(std::string_view text) {
  if (text.find("<sup>") != std::string_view::npos || text.find(kSuperOpen) != std::string_view::npos) return true;
  // Text browsers write a superscript with a caret: "^(1)".
  for (size_t at = text.find("^("); at != std::string_view::npos; at = text.find("^(", at + 1)) {
    size_t end = at;
    if (!FootnoteMarkerAt(text, at, &end).empty()) return true;
  }
  for (size_t i = 0; i < text.size(); ++i) {
    if (SuperscriptDigitAt(text, i).digit >= 0) return true;
  }
  return false;
}

MarkedValue SplitFootnoteMarkers(std::string_view cell, MarkerStyle style) {
  const std::string clean = StripMarkup(NormalizeSupTags(cell));
  // Where markers are superscripts, a plain "(n)" counts only when the cell holds nothing else.
  const bool plain_markers_count =
      style == MarkerStyle::kAny || SplitFootnoteMarkers(clean, MarkerStyle::kAny).text.empty();
  MarkedValue value;
  std::string text;
  for (size_t i = 0; i < clean.size();) {
    size_t end = i;
    std::string number = FootnoteMarkerAt(clean, i, &end);
    if (!number.empty() && !plain_markers_count && !HasSuperscriptMarker(clean.substr(i, end - i))) number.clear();
    if (!number.empty()) {
      value.footnotes.push_back(FootnoteId(number));
      text.push_back(' ');
      i = end;
      continue;
    }
    text.push_back(clean[i]);
    ++i;
  }
  value.text = CollapseWhitespace(text);
  return value;
}

OptDate ParseRenderedDate(std::string_view text) {
  const std::string s = CollapseWhitespace(text);
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-') return ToDate(s);
  size_t i = 0;
  const std::string month = ReadDigits(s, i);
  if (month.empty() || month.size() > 2 || i >= s.size() || s[i++] != '/') return std::nullopt;
  const std::string day = ReadDigits(s, i);
  if (day.empty() || day.size() > 2 || i >= s.size() || s[i++] != '/') return std::nullopt;
  const std::string year = ReadDigits(s, i);
  if (year.size() != 4 || i != s.size()) return std::nullopt;
  const auto two = [](const std::string& d) { return d.size() == 1 ? "0" + d : d; };
  return year + "-" + two(month) + "-" + two(day);
}

OptNumber ParseRenderedNumber(std::string_view text) {
  std::string bare;
  for (char c : CollapseWhitespace(text)) {
    if (c != '$' && c != '\\' && c != ' ') bare.push_back(c);
  }
  if (bare.empty()) return std::nullopt;
  return ToNumber(bare);
}

IssuerNameAndTicker SplitIssuerTicker(std::string_view text) {
  const std::string s = CollapseWhitespace(text);
  const size_t open = s.rfind('[');
  const size_t close = s.rfind(']');
  if (open == std::string::npos || close == std::string::npos || close < open) return {CleanText(s), std::nullopt};
  return {CleanText(s.substr(0, open)), CleanText(s.substr(open + 1, close - open - 1))};
}

CityStateZip SplitCityStateZip(std::string_view text) {
  std::vector<std::string> tokens;
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    if (end > i) tokens.emplace_back(text.substr(i, end - i));
    i = end;
  }
  CityStateZip out;
  const auto has_digit = [](const std::string& t) {
    for (char c : t) if (IsDigit(c)) return true;
    return false;
  };
  if (!tokens.empty() && has_digit(tokens.back())) {
    out.zip = tokens.back();
    tokens.pop_back();
  }
  const auto is_state = [](const std::string& t) {
    return t.size() == 2 && std::isupper(static_cast<unsigned char>(t[0])) &&
           std::isupper(static_cast<unsigned char>(t[1]));
  };
  if (tokens.size() >= 2 && is_state(tokens.back())) {
    out.state = tokens.back();
    tokens.pop_back();
  }
  std::string city;
  for (const std::string& token : tokens) AppendWord(city, token);
  out.city = CleanText(city);
  return out;
}

SignatureLine SplitSignatureLine(std::string_view text) {
  const std::string s = CollapseWhitespace(text);
  const size_t space = s.rfind(' ');
  if (space != std::string::npos) {
    if (OptDate date = ParseRenderedDate(s.substr(space + 1))) return {CleanText(s.substr(0, space)), date};
  }
  if (OptDate date = ParseRenderedDate(s)) return {std::nullopt, date};
  return {CleanText(s), std::nullopt};
}

}  // namespace form4::internal

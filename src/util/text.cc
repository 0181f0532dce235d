#include "util/text.h"

#include <array>
#include <cctype>
#include <cstring>

namespace form4::internal {
namespace {

// Length of the whitespace character at the start of `s`, or 0. Covers what
// Python's str.isspace() accepts, so our strings equal the reference reader's.
size_t WhitespaceLength(std::string_view s) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char c = byte(0);
  if (c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f)) return 1;
  if (c == 0xc2 && s.size() >= 2 && (byte(1) == 0x85 || byte(1) == 0xa0)) return 2;
  if (s.size() < 3) return 0;
  const unsigned char c1 = byte(1), c2 = byte(2);
  if (c == 0xe1 && c1 == 0x9a && c2 == 0x80) return 3;  // U+1680
  if (c == 0xe2 && c1 == 0x80 && (c2 <= 0x8a || c2 == 0xa8 || c2 == 0xa9 || c2 == 0xaf))
    return 3;  // U+2000..U+200A, U+2028, U+2029, U+202F
  if (c == 0xe2 && c1 == 0x81 && c2 == 0x9f) return 3;  // U+205F
  if (c == 0xe3 && c1 == 0x80 && c2 == 0x80) return 3;  // U+3000
  return 0;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Matches [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)? over all of `s`.
bool IsDecimalLiteral(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  size_t int_digits = 0, frac_digits = 0;
  while (i < s.size() && IsDigit(s[i])) ++i, ++int_digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && IsDigit(s[i])) ++i, ++frac_digits;
  }
  if (int_digits + frac_digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    size_t exp_digits = 0;
    while (i < s.size() && IsDigit(s[i])) ++i, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  return i == s.size();
}

// REQUIRES: IsDecimalLiteral(s). Rewrites it as a JSON number with the same digits.
std::string ToJsonNumber(std::string_view s) {
  std::string out;
  size_t i = 0;
  if (s[i] == '+' || s[i] == '-') {
    if (s[i] == '-') out.push_back('-');
    ++i;
  }
  size_t int_end = i;
  while (int_end < s.size() && IsDigit(s[int_end])) ++int_end;
  size_t first_significant = i;
  while (first_significant + 1 < int_end && s[first_significant] == '0') ++first_significant;
  if (int_end == i) {
    out.push_back('0');  // ".5" -> "0.5"
  } else {
    out.append(s.substr(first_significant, int_end - first_significant));
  }
  size_t rest = int_end;
  if (rest < s.size() && s[rest] == '.') {
    size_t frac_end = rest + 1;
    while (frac_end < s.size() && IsDigit(s[frac_end])) ++frac_end;
    if (frac_end > rest + 1) out.append(s.substr(rest, frac_end - rest));  // "5." -> "5"
    rest = frac_end;
  }
  out.append(s.substr(rest));  // exponent, already valid JSON
  return out;
}

// Windows-1252 code points for bytes 0x80..0x9f; the other bytes map to themselves (Latin-1).
constexpr std::array<uint16_t, 32> kCp1252High = {
    0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
    0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178};

// Length of the well-formed UTF-8 sequence at `s[i]`, or 0 if it is not one.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  size_t length;
  unsigned char low = 0x80, high = 0xbf;  // allowed range of the second byte
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead == 0xe0) low = 0xa0;   // no overlongs
    if (lead == 0xed) high = 0x9f;  // no surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead == 0xf0) low = 0x90;
    if (lead == 0xf4) high = 0x8f;  // nothing past U+10FFFF
  } else {
    return 0;
  }
  if (i + length > s.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (size_t k = 2; k < length; ++k) {
    if ((byte(i + k) & 0xc0) != 0x80) return 0;
  }
  return length;
}

}  // namespace

// True for the bytes that may start a whitespace character (see WhitespaceLength).
bool MayStartWhitespace(unsigned char c) {
  return c <= ' ' || c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    // Copy the run of bytes that cannot start whitespace in one go.
    size_t run_end = i;
    while (run_end < text.size() && !MayStartWhitespace(static_cast<unsigned char>(text[run_end]))) ++run_end;
    if (run_end > i) {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(text.substr(i, run_end - i));
      i = run_end;
      continue;
    }
    const size_t ws = WhitespaceLength(text.substr(i));
    if (ws > 0) {
      pending_space = !out.empty();
      i += ws;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(text[i]);
    ++i;
  }
  return out;
}

OptString CleanText(std::string_view text) {
  std::string collapsed = CollapseWhitespace(text);
  if (collapsed.empty()) return std::nullopt;
  return collapsed;
}

OptNumber ToNumber(std::string_view text) {
  OptString clean = CleanText(text);
  if (!clean) return std::nullopt;
  std::string bare;
  bare.reserve(clean->size());
  for (char c : *clean) {
    if (c != ',' && c != '$') bare.push_back(c);
  }
  if (IsDecimalLiteral(bare)) return Number{ToJsonNumber(bare), true};
  return Number{*clean, false};
}

OptDate ToDate(std::string_view text) {
  OptString clean = CleanText(text);
  if (!clean) return std::nullopt;
  const std::string& s = *clean;
  const bool starts_with_date = s.size() >= 10 && IsDigit(s[0]) && IsDigit(s[1]) &&
                                IsDigit(s[2]) && IsDigit(s[3]) && s[4] == '-' &&
                                IsDigit(s[5]) && IsDigit(s[6]) && s[7] == '-' &&
                                IsDigit(s[8]) && IsDigit(s[9]);
  if (starts_with_date) return s.substr(0, 10);
  return clean;
}

OptBool ToBool(std::string_view text) {
  OptString clean = CleanText(text);
  if (!clean) return std::nullopt;
  std::string lower;
  for (char c : *clean) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (lower == "1" || lower == "true" || lower == "y" || lower == "yes") return true;
  if (lower == "0" || lower == "false" || lower == "n" || lower == "no") return false;
  return std::nullopt;
}

bool IsValidUtf8(std::string_view text) {
  // Fast path: skip ASCII eight bytes at a time.
  size_t i = 0;
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  for (uint64_t word; i + 8 <= text.size(); i += 8) {
    std::memcpy(&word, text.data() + i, 8);
    if (word & kHighBits) break;
  }
  while (i < text.size()) {
    const size_t length = Utf8SequenceLength(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

void AppendWord(std::string& out, std::string_view word) {
  if (!out.empty()) out.push_back(' ');
  out.append(word);
}

std::string FootnoteId(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  std::string id = "F";
  id.append(digits);
  return id;
}

void AppendUtf8(std::string& out, uint32_t code_point) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xc0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3f)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xe0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3f)));
  } else {
    out.push_back(static_cast<char>(0xf0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3f)));
  }
}

std::string RepairUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size();) {
    const size_t length = Utf8SequenceLength(text, i);
    if (length > 0) {
      out.append(text.substr(i, length));
      i += length;
      continue;
    }
    const auto byte = static_cast<unsigned char>(text[i]);
    AppendUtf8(out, byte >= 0x80 && byte <= 0x9f ? kCp1252High[byte - 0x80] : byte);
    ++i;
  }
  return out;
}

LineColumn LocateOffset(std::string_view text, size_t offset) {
  LineColumn where;
  const size_t end = offset < text.size() ? offset : text.size();
  size_t line_start = 0;
  for (size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++where.line;
      line_start = i + 1;
    }
  }
  where.column = static_cast<uint32_t>(end - line_start + 1);
  return where;
}

}  // namespace form4::internal

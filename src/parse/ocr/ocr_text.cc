#include "parse/ocr/ocr_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <map>

#include "util/text.h"

namespace form4::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A character of a number as OCR may show it: O for 0, l and I for 1.
char NumberChar(char c) {
  if (c == 'O' || c == 'o') return '0';
  if (c == 'l' || c == 'I' || c == '|') return '1';
  return c;
}

// A word OCR made of I and l where the print had a roman numeral: "Il", "Ill".
bool IsMisreadNumeral(std::string_view word) {
  if (word.size() < 2) return false;
  const bool only = std::all_of(word.begin(), word.end(), [](char c) { return c == 'I' || c == 'l'; });
  return only && word.find('I') != std::string_view::npos && word.find('l') != std::string_view::npos;
}

// Typographic quotes as the filer typed them: OCR reads straight quotes as curly ones.
std::string StraightQuotes(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    const std::string_view rest = word.substr(i);
    if (rest.substr(0, 3) == "\xE2\x80\x9C" || rest.substr(0, 3) == "\xE2\x80\x9D") {
      out.push_back('"');
      i += 2;
    } else if (rest.substr(0, 3) == "\xE2\x80\x98" || rest.substr(0, 3) == "\xE2\x80\x99") {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(word[i]);
    }
  }
  return out;
}

bool IsRule(std::string_view word) {
  return word == "|" || word == "_" || word == "—" || word == "-" || word == "=" || word == "||";
}

// The digits of a marker whose parenthesis OCR read as another mark
// ("°9", "\"5", "'12)"): marks, then one or two digits, then perhaps a
// closing bracket; else "".
std::string_view MarkDigits(std::string_view rest) {
  size_t i = 0;
  while (i < rest.size() && !IsDigit(rest[i]) && !std::isalpha(static_cast<unsigned char>(rest[i]))) ++i;
  if (i == 0) return {};
  const size_t begin = i;
  while (i < rest.size() && IsDigit(rest[i])) ++i;
  const size_t count = i - begin;
  if (count == 0 || count > 2) return {};
  if (i < rest.size() && (rest[i] == ')' || rest[i] == ']')) ++i;
  return i == rest.size() ? rest.substr(begin, count) : std::string_view();
}

}  // namespace

std::vector<std::string> Words(std::string_view line) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t end = line.find(' ', i);
    if (end == std::string_view::npos) end = line.size();
    if (end > i) words.emplace_back(line.substr(i, end - i));
    i = end;
  }
  return words;
}

std::vector<std::string> OcrLines(std::string_view input) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= input.size()) {
    size_t end = input.find('\n', start);
    if (end == std::string_view::npos) end = input.size();
    std::string line;
    std::string text = CollapseWhitespace(input.substr(start, end - start));
    // A table rule OCR read inside a word parts two cells ("D_|$1,157.04").
    for (size_t bar = text.find('|'); bar != std::string::npos; bar = text.find('|', bar + 1)) {
      if (bar > 0 && bar + 1 < text.size() && text[bar - 1] != ' ' && text[bar + 1] != ' ') text[bar] = ' ';
    }
    const std::vector<std::string> words = Words(text);
    const auto has_letter = [](const std::string& word) {
      return std::any_of(word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    };
    for (size_t w = 0; w < words.size(); ++w) {
      std::string clean = words[w];
      while (!clean.empty() && (clean.back() == '_' || clean.back() == '|')) clean.pop_back();
      while (!clean.empty() && clean.front() == '|') clean.erase(clean.begin());
      // A hyphen between words is the text's ("Fund III - Endurance", "Exhibit
      // 24 - Power of Attorney"), not a rule.
      const bool dash_in_text = clean == "-" && w > 0 &&
                                (w + 1 == words.size() ? has_letter(words[w - 1])
                                                       : has_letter(words[w - 1]) || has_letter(words[w + 1]));
      if (clean.empty() || (IsRule(clean) && !dash_in_text)) continue;
      // The numeral inside its parentheses and punctuation ("(GGF Ill).").
      const size_t core_begin = clean.find_first_not_of('(');
      const size_t core = clean.find_last_not_of(",.;:)");
      if (core != std::string::npos && core_begin <= core &&
          IsMisreadNumeral(std::string_view(clean).substr(core_begin, core + 1 - core_begin))) {
        std::fill(clean.begin() + static_cast<long>(core_begin), clean.begin() + static_cast<long>(core) + 1, 'I');
      }
      AppendWord(line, StraightQuotes(clean));
    }
    lines.push_back(std::move(line));
    if (end == input.size()) break;
    start = end + 1;
  }
  return lines;
}

size_t EditDistance(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    size_t best = row[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return std::min(row[b.size()], limit + 1);
}

// The folded form of one character (see FoldForm), or 0 for one dropped.
char FoldChar(char c) {
  const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  if (lower == '|' || lower == '1' || lower == 'l') return 'i';
  if (lower == '0') return 'o';
  if ((lower >= 'a' && lower <= 'z') || IsDigit(lower)) return lower;
  return 0;
}

std::string FoldForm(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (const char folded = FoldChar(c)) out.push_back(folded);
  }
  return out;
}

namespace {

// The best approximate occurrence of `target` in `text`: its edit cost and
// the span [start, end) of `text` it covers; the first end of least cost.
struct Occurrence {
  size_t cost;
  size_t start;
  size_t end;
};

// Sellers' dynamic program: O(|text| x |target|), tracking where each
// occurrence starts.
Occurrence SellersSearch(std::string_view text, std::string_view target) {
  std::vector<size_t> row(target.size() + 1), start(target.size() + 1);
  for (size_t j = 0; j <= target.size(); ++j) row[j] = j;
  Occurrence best{target.size() + 1, 0, 0};
  for (size_t i = 1; i <= text.size(); ++i) {
    size_t diagonal = row[0], diagonal_start = start[0];
    row[0] = 0;
    start[0] = i;
    for (size_t j = 1; j <= target.size(); ++j) {
      const size_t up = row[j], up_start = start[j];
      size_t cost = diagonal + (text[i - 1] == target[j - 1] ? 0 : 1);
      size_t from = diagonal_start;
      if (row[j] + 1 < cost) {
        cost = row[j] + 1;
        from = up_start;
      }
      if (row[j - 1] + 1 < cost) {
        cost = row[j - 1] + 1;
        from = start[j - 1];
      }
      row[j] = cost;
      start[j] = from;
      diagonal = up;
      diagonal_start = up_start;
    }
    if (row[target.size()] < best.cost) best = {row[target.size()], start[target.size()], i};
  }
  return best;
}

// Where the best occurrence of `target` (at most 64 characters) in `text`
// ends, and its cost: Myers' bit-parallel edit distance, O(|text|), so that
// a long line costs time in proportion to its length only.
std::pair<size_t, size_t> MyersBestEnd(std::string_view text, std::string_view target) {
  const size_t m = target.size();
  std::array<uint64_t, 256> equal{};
  for (size_t j = 0; j < m; ++j) equal[static_cast<unsigned char>(target[j])] |= uint64_t{1} << j;
  const uint64_t high = uint64_t{1} << (m - 1);
  uint64_t plus = m == 64 ? ~uint64_t{0} : (uint64_t{1} << m) - 1, minus = 0;
  size_t score = m, best_cost = m + 1, best_end = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const uint64_t eq = equal[static_cast<unsigned char>(text[i])];
    const uint64_t xv = eq | minus;
    const uint64_t xh = (((eq & plus) + plus) ^ plus) | eq;
    uint64_t horizontal_plus = minus | ~(xh | plus);
    uint64_t horizontal_minus = plus & xh;
    if (horizontal_plus & high) ++score;
    if (horizontal_minus & high) --score;
    horizontal_plus <<= 1;
    horizontal_minus <<= 1;
    plus = horizontal_minus | ~(xv | horizontal_plus);
    minus = horizontal_plus & xv;
    if (score < best_cost) {
      best_cost = score;
      best_end = i + 1;
    }
  }
  return {best_cost, best_end};
}

// The best occurrence of `target` in `text` whose cost is at most `limit`.
std::optional<Occurrence> ApproximateSearch(std::string_view text, std::string_view target, size_t limit) {
  if (target.size() > 64) {
    const Occurrence found = SellersSearch(text, target);
    if (found.cost > limit) return std::nullopt;
    return found;
  }
  const auto [cost, end] = MyersBestEnd(text, target);
  if (cost > limit) return std::nullopt;
  // An occurrence of cost <= limit covers at most |target| + limit
  // characters: the start is found in that window alone.
  const size_t window = std::min(end, target.size() + limit);
  Occurrence found = SellersSearch(text.substr(end - window, window), target);
  found.start += end - window;
  found.end += end - window;
  return found;
}

}  // namespace

namespace {

// A printed phrase folded, and its folded words of three letters or more
// (for the quick test): computed once per phrase, phrases being the form's.
struct FoldedPhrase {
  std::string target;
  std::vector<std::string> words;
};

const FoldedPhrase& Folded(std::string_view phrase) {
  thread_local std::map<std::string, FoldedPhrase, std::less<>> cache;
  if (const auto found = cache.find(phrase); found != cache.end()) return found->second;
  FoldedPhrase folded{FoldForm(phrase), {}};
  for (const std::string& word : Words(phrase)) {
    if (std::string folded_word = FoldForm(word); folded_word.size() >= 3) folded.words.push_back(std::move(folded_word));
  }
  return cache.emplace(std::string(phrase), std::move(folded)).first->second;
}

// The byte offset in `line` of its folded character `index`.
size_t OffsetOfFolded(std::string_view line, size_t index) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (FoldChar(line[i]) != 0 && index-- == 0) return i;
  }
  return line.size();
}

}  // namespace

std::optional<PhraseSpan> FindPhrase(std::string_view line, std::string_view phrase, size_t per_error) {
  std::string folded;
  folded.reserve(line.size());
  for (char c : line) {
    if (const char f = FoldChar(c)) folded.push_back(f);
  }
  if (folded.empty()) return std::nullopt;
  const FoldedPhrase& wanted = Folded(phrase);
  const std::string& target = wanted.target;
  if (target.empty()) return std::nullopt;
  const size_t limit = target.size() / per_error;
  if (folded.size() + limit < target.size()) return std::nullopt;
  // A cheap test first: a phrase found with few errors keeps most of its words.
  size_t kept = 0;
  for (const std::string& word : wanted.words) kept += folded.find(word) != std::string::npos;
  if (kept * 2 < wanted.words.size()) return std::nullopt;
  size_t start = 0, end = 0;
  if (limit == 0) {
    start = folded.find(target);
    if (start == std::string::npos) return std::nullopt;
    end = start + target.size();
  } else {
    const std::optional<Occurrence> found = ApproximateSearch(folded, target, limit);
    if (!found || found->end <= found->start) return std::nullopt;
    start = found->start;
    end = found->end;
  }
  return PhraseSpan{OffsetOfFolded(line, start), OffsetOfFolded(line, end - 1) + 1};
}

bool ContainsPhrase(std::string_view line, std::string_view phrase, size_t per_error) {
  return FindPhrase(line, phrase, per_error).has_value();
}

std::optional<OcrNumber> ReadOcrNumber(std::string_view word) {
  OcrNumber number;
  size_t i = 0;
  if (i < word.size() && (word[i] == '$' || word[i] == 'S') && i + 1 < word.size() &&
      (IsDigit(NumberChar(word[i + 1])) || word[i + 1] == '.')) {
    number.dollar = true;
    ++i;
  }
  if (i >= word.size() || !(IsDigit(word[i]) || (word[i] == '.' && i + 1 < word.size() && IsDigit(word[i + 1])))) {
    return std::nullopt;  // a number starts with a real digit (or ".5")
  }
  // Integer part: digits, or up to three digits and groups of three after commas.
  std::string integer;
  size_t j = i;
  while (j < word.size() && IsDigit(NumberChar(word[j]))) integer.push_back(NumberChar(word[j++]));
  bool grouped = false;
  while ((grouped || integer.size() <= 3) && j < word.size() && word[j] == ',') {
    size_t k = j + 1;
    std::string group;
    while (k < word.size() && group.size() < 3 && IsDigit(NumberChar(word[k]))) group.push_back(NumberChar(word[k++]));
    if (group.size() != 3) break;
    integer += group;
    grouped = true;
    j = k;  // a digit right after the last group is a footnote marker glued to the number
  }
  std::string fraction;
  if (j + 1 < word.size() && word[j] == '.' && IsDigit(word[j + 1])) {
    size_t k = j + 1;
    while (k < word.size() && IsDigit(NumberChar(word[k]))) fraction.push_back(NumberChar(word[k++]));
    j = k;
  }
  if (integer.empty() && fraction.empty()) return std::nullopt;
  number.digits = integer.empty() ? "0" : integer;
  if (!fraction.empty()) number.digits += "." + fraction;
  number.rest = std::string(word.substr(j));
  number.grouped = grouped;
  return number;
}

std::optional<OcrDate> ReadOcrDatePrefix(std::string_view word) {
  // The date ends after the fourth digit of its year.
  size_t slashes = 0, year_digits = 0, end = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word[i] == '/') {
      ++slashes;
    } else if (slashes == 2 && IsDigit(NumberChar(word[i])) && ++year_digits == 4) {
      end = i + 1;
      break;
    }
  }
  if (end == 0) return std::nullopt;
  std::optional<std::string> date = ReadOcrDate(word.substr(0, end));
  if (!date) return std::nullopt;
  return OcrDate{*date, std::string(word.substr(end))};
}

std::optional<std::string> ReadOcrDate(std::string_view word) {
  std::string digits;
  std::vector<size_t> parts;
  for (char c : word) {
    const char d = NumberChar(c);
    if (IsDigit(d)) {
      digits.push_back(d);
    } else if (c == '/') {
      parts.push_back(digits.size());
    } else {
      return std::nullopt;
    }
  }
  if (parts.size() != 2) return std::nullopt;
  const std::string month = digits.substr(0, parts[0]);
  const std::string day = digits.substr(parts[0], parts[1] - parts[0]);
  const std::string year = digits.substr(parts[1]);
  if (month.empty() || month.size() > 2 || day.empty() || day.size() > 2 || year.size() != 4) return std::nullopt;
  const int m = (month[0] - '0') * (month.size() == 2 ? 10 : 1) + (month.size() == 2 ? month[1] - '0' : 0);
  const int d = (day[0] - '0') * (day.size() == 2 ? 10 : 1) + (day.size() == 2 ? day[1] - '0' : 0);
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return (month.size() == 1 ? "0" + month : month) + "/" + (day.size() == 1 ? "0" + day : day) + "/" + year;
}

MarkerTrace ReadMarkerTrace(std::string_view rest, bool after_grouped_number) {
  MarkerTrace trace;
  // A bracket or brace alone is the cell's rule OCR glued to the value ("12,695,003}").
  const bool noise = rest.empty() || rest == "]" || rest == "}" || rest == "." || rest == "," || rest == "[" ||
                     rest == ";" || rest == ":" || rest == "'";
  if (noise) return trace;
  trace.present = true;
  if (std::string number = MarkerNumber(rest); !number.empty()) {
    trace.number = number;
  } else if (after_grouped_number && rest.size() <= 2 && std::all_of(rest.begin(), rest.end(), IsDigit)) {
    trace.number = std::string(rest);
  } else if (std::string_view digits = MarkDigits(rest); !digits.empty()) {
    trace.number = std::string(digits);
  } else if (rest.size() >= 2 && (rest.back() == ')' || rest.back() == ']') && IsDigit(rest[rest.size() - 2])) {
    size_t start = rest.size() - 1;
    while (start > 0 && IsDigit(rest[start - 1]) && rest.size() - start < 3) --start;
    trace.number = std::string(rest.substr(start, rest.size() - 1 - start));
  }
  while (trace.number.size() > 1 && trace.number.front() == '0') trace.number.erase(trace.number.begin());
  if (trace.number == "0") trace.number.clear();
  return trace;
}

std::string MarkerNumber(std::string_view text) {
  std::string_view rest = text;
  if (!rest.empty() && (rest.front() == '(' || rest.front() == '[')) rest.remove_prefix(1);
  size_t i = 0;
  while (i < rest.size() && IsDigit(rest[i])) ++i;
  if (i == 0 || i > 2 || i + 1 != rest.size() || (rest[i] != ')' && rest[i] != ']')) return {};
  return std::string(rest.substr(0, i));
}

}  // namespace form4::internal

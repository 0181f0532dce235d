#include "check/footnote_facts.h"

#include <algorithm>
#include <array>

#include "check/calendar.h"

namespace form4::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerAscii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = Lower(c);
  return lower;
}

// The dashes filers write: '-', hyphen, non-breaking hyphen, en dash, em dash, minus sign.
size_t DashLength(std::string_view text, size_t i) {
  if (text[i] == '-') return 1;
  for (std::string_view dash : {"\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92"}) {
    if (text.substr(i, dash.size()) == dash) return dash.size();
  }
  return 0;
}

// One token of footnote prose, as far as price ranges need it.
struct Token {
  enum Kind { kNumber, kWord, kDash } kind = kDash;
  std::string_view word;  // kWord: lower-case
  Decimal number;         // kNumber
  bool dollar = false;    // kNumber: a '$' before it
  bool whole = true;      // kNumber: no decimal point
  bool plain = true;      // kNumber: not part of a date, percentage or fraction
};

// Reads the number starting at text[i] (a digit): digits with thousands
// commas and at most one decimal point followed by a digit.
size_t ReadNumber(std::string_view text, size_t i, Token& token) {
  std::string digits;
  bool point = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (IsDigit(c)) {
      digits.push_back(c);
    } else if (c == ',' && !point && i + 3 < text.size() && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) &&
               IsDigit(text[i + 3])) {
      continue;
    } else if (c == '.' && !point && i + 1 < text.size() && IsDigit(text[i + 1])) {
      point = true;
      digits.push_back(c);
    } else {
      break;
    }
  }
  const std::optional<Decimal> value = ParseDecimal(digits);
  token.number = value.value_or(Decimal{});
  token.whole = !point;
  token.plain = value.has_value() && (i >= text.size() || (text[i] != '%' && text[i] != '/'));
  return i;
}

std::vector<Token> Tokenize(std::string_view lower) {
  std::vector<Token> tokens;
  bool dollar = false;
  for (size_t i = 0; i < lower.size();) {
    const char c = lower[i];
    if (c == '$') {
      dollar = true;
      ++i;
      continue;
    }
    if (IsDigit(c)) {
      Token token;
      token.kind = Token::kNumber;
      token.dollar = dollar;
      const bool after_slash = i > 0 && lower[i - 1] == '/';
      i = ReadNumber(lower, i, token);
      token.plain = token.plain && !after_slash;
      tokens.push_back(token);
    } else if (IsAlpha(c)) {
      const size_t begin = i;
      while (i < lower.size() && IsAlpha(lower[i])) ++i;
      Token word;
      word.kind = Token::kWord;
      word.word = lower.substr(begin, i - begin);
      tokens.push_back(word);
    } else if (const size_t dash = DashLength(lower, i); dash > 0) {
      tokens.push_back(Token());  // a dash
      i += dash;
    } else {
      ++i;
      if (c == ' ') continue;  // a '$' may be followed by a space
    }
    dollar = false;
  }
  return tokens;
}

bool IsWord(const Token& token, std::string_view word) { return token.kind == Token::kWord && token.word == word; }

// The index of the first token after `i` that is not "per" or "share"/"shares".
size_t SkipPerShare(const std::vector<Token>& tokens, size_t i) {
  while (i < tokens.size() && (IsWord(tokens[i], "per") || IsWord(tokens[i], "share") || IsWord(tokens[i], "shares"))) {
    ++i;
  }
  return i;
}

// True when tokens[i] joins two prices; "and" only after "between".
bool IsConnector(const std::vector<Token>& tokens, size_t i, size_t first_price) {
  const Token& token = tokens[i];
  if (token.kind == Token::kDash || IsWord(token, "to") || IsWord(token, "through")) return true;
  return IsWord(token, "and") && first_price > 0 && IsWord(tokens[first_price - 1], "between");
}

bool SpeaksOfPriceRange(std::string_view lower) {
  for (std::string_view word : {"rang", "between", "price", "weighted average"}) {
    if (lower.find(word) != std::string_view::npos) return true;
  }
  return false;
}

// ---- dates ----

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                      "may",     "june",     "july",      "august",
                                                      "september", "october", "november", "december"};

// The month (1-12) named by the word at lower[i..end) ("february", "feb", "sept"), else 0.
unsigned MonthOfWord(std::string_view word) {
  for (unsigned m = 0; m < kMonths.size(); ++m) {
    if (word == kMonths[m] || (word.size() == 3 && kMonths[m].substr(0, 3) == word) ||
        (m == 8 && word == "sept")) {
      return m + 1;
    }
  }
  return 0;
}

size_t SkipSpaces(std::string_view text, size_t i) {
  while (i < text.size() && text[i] == ' ') ++i;
  return i;
}

// Reads 1 to `max_digits` digits at text[i]; returns the index after them or npos.
size_t ReadDigits(std::string_view text, size_t i, size_t max_digits, int& value) {
  value = 0;
  size_t count = 0;
  for (; i < text.size() && IsDigit(text[i]) && count < max_digits; ++i, ++count) value = value * 10 + (text[i] - '0');
  if (count == 0 || (i < text.size() && IsDigit(text[i]))) return std::string_view::npos;
  return i;
}

// A date in prose: a four-digit year from 1000 on.
std::optional<int> DayOf(int year, int month, int day) {
  if (year < 1000) return std::nullopt;
  return DayNumberOf(year, month, day);
}

// "February 28, 2023" / "Feb. 28 2023" / "Feb 28th, 2023" with the month word at [i, word_end).
std::optional<FoundDate> MonthFirstDate(std::string_view lower, size_t i, size_t word_end, unsigned month) {
  size_t j = word_end;
  if (j < lower.size() && lower[j] == '.') ++j;
  j = SkipSpaces(lower, j);
  int day = 0;
  j = ReadDigits(lower, j, 2, day);
  if (j == std::string_view::npos) return std::nullopt;
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (lower.substr(j, 2) == suffix) j += 2;
  }
  if (j < lower.size() && lower[j] == ',') ++j;
  j = SkipSpaces(lower, j);
  int year = 0;
  j = ReadDigits(lower, j, 4, year);
  if (j == std::string_view::npos) return std::nullopt;
  const std::optional<int> number = DayOf(year, static_cast<int>(month), day);
  if (!number) return std::nullopt;
  return FoundDate{i, j, *number};
}

// "5/30/2017", "5/30/17", "5-30-2017", "2023-02-28" or "28 February 2023" at lower[i] (a digit).
std::optional<FoundDate> DigitFirstDate(std::string_view lower, size_t i) {
  int first = 0;
  const size_t after_first = ReadDigits(lower, i, 4, first);
  if (after_first == std::string_view::npos || after_first >= lower.size()) return std::nullopt;
  const char separator = lower[after_first];
  if (separator == '/' || separator == '-') {
    int second = 0;
    int third = 0;
    const size_t after_second = ReadDigits(lower, after_first + 1, 2, second);
    if (after_second == std::string_view::npos || after_second >= lower.size() || lower[after_second] != separator) {
      return std::nullopt;
    }
    const size_t end = ReadDigits(lower, after_second + 1, 4, third);
    if (end == std::string_view::npos) return std::nullopt;
    std::optional<int> number;
    if (after_first - i == 4) {
      number = DayOf(first, second, third);  // YYYY-MM-DD
    } else if (end - after_second - 1 == 4) {
      number = DayOf(third, first, second);  // M/D/YYYY
    } else if (end - after_second - 1 == 2) {
      number = DayOf(third < 70 ? 2000 + third : 1900 + third, first, second);  // M/D/YY
    }
    if (!number) return std::nullopt;
    return FoundDate{i, end, *number};
  }
  // D Month YYYY
  if (after_first - i > 2) return std::nullopt;
  size_t j = SkipSpaces(lower, after_first);
  const size_t word_begin = j;
  while (j < lower.size() && IsAlpha(lower[j])) ++j;
  const unsigned month = MonthOfWord(lower.substr(word_begin, j - word_begin));
  if (month == 0) return std::nullopt;
  if (j < lower.size() && lower[j] == '.') ++j;
  if (j < lower.size() && lower[j] == ',') ++j;
  j = SkipSpaces(lower, j);
  int year = 0;
  j = ReadDigits(lower, j, 4, year);
  if (j == std::string_view::npos) return std::nullopt;
  const std::optional<int> number = DayOf(year, static_cast<int>(month), first);
  if (!number) return std::nullopt;
  return FoundDate{i, j, *number};
}

std::vector<FoundDate> FindDatesInLower(std::string_view lower) {
  std::vector<FoundDate> dates;
  for (size_t i = 0; i < lower.size();) {
    const bool boundary = i == 0 || !(IsAlpha(lower[i - 1]) || IsDigit(lower[i - 1]));
    std::optional<FoundDate> date;
    size_t next = i + 1;
    if (boundary && IsAlpha(lower[i])) {
      size_t word_end = i;
      while (word_end < lower.size() && IsAlpha(lower[word_end])) ++word_end;
      if (const unsigned month = MonthOfWord(lower.substr(i, word_end - i)); month != 0) {
        date = MonthFirstDate(lower, i, word_end, month);
      }
      next = word_end;
    } else if (boundary && IsDigit(lower[i])) {
      date = DigitFirstDate(lower, i);
      while (next < lower.size() && IsDigit(lower[next])) ++next;
    }
    if (date) {
      dates.push_back(*date);
      next = date->end;
    }
    i = next;
  }
  return dates;
}

// Positions of "10b5-1" and its variants in lower-case text.
std::vector<size_t> RuleMentions(std::string_view lower) {
  std::vector<size_t> mentions;
  for (size_t at = lower.find("10b"); at != std::string_view::npos; at = lower.find("10b", at + 3)) {
    size_t i = at + 3;
    if (i < lower.size() && DashLength(lower, i) > 0) i += DashLength(lower, i);  // 10b-5-1
    if (i >= lower.size() || lower[i] != '5') continue;
    ++i;
    size_t dash = i < lower.size() ? DashLength(lower, i) : 0;
    if (dash == 0 && i < lower.size() && lower[i] == ' ') dash = 1;
    if (dash == 0 || i + dash >= lower.size() || lower[i + dash] != '1') continue;
    mentions.push_back(at);
  }
  return mentions;
}

constexpr size_t kKeywordReach = 60;   // characters between "adopted" and its date
constexpr size_t kMentionReach = 300;  // characters between "10b5-1" and "adopted"

}  // namespace

std::vector<PriceRange> FindPriceRanges(std::string_view text) {
  std::vector<PriceRange> ranges;
  const std::string lower = LowerAscii(text);
  if (!SpeaksOfPriceRange(lower)) return ranges;
  const std::vector<Token> tokens = Tokenize(lower);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& low = tokens[i];
    if (low.kind != Token::kNumber || !low.plain) continue;
    const size_t connector = SkipPerShare(tokens, i + 1);
    if (connector + 1 >= tokens.size() || !IsConnector(tokens, connector, i)) continue;
    const Token& high = tokens[connector + 1];
    if (high.kind != Token::kNumber || !high.plain) continue;
    const bool priced = low.dollar || high.dollar || !low.whole || !high.whole;
    if (!priced) continue;
    if (Compare(low.number, high.number) > 0) continue;
    ranges.push_back(PriceRange{low.number, high.number});
    i = connector + 1;
  }
  return ranges;
}

std::vector<FoundDate> FindDates(std::string_view text) { return FindDatesInLower(LowerAscii(text)); }

bool MentionsRule10b51(std::string_view text) { return !RuleMentions(LowerAscii(text)).empty(); }

std::optional<int> FindPlanAdoptionDay(std::string_view text) {
  const std::string lower = LowerAscii(text);
  const std::vector<size_t> mentions = RuleMentions(lower);
  if (mentions.empty()) return std::nullopt;
  const std::vector<FoundDate> dates = FindDatesInLower(lower);
  if (dates.empty()) return std::nullopt;
  // Keywords in text order; the first one near a mention with a date next to it wins.
  std::vector<std::pair<size_t, size_t>> keywords;  // [begin, end)
  for (std::string_view word : {"adopt", "entered into", "established", "dated", "effective"}) {
    for (size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
      size_t end = at + word.size();
      while (end < lower.size() && IsAlpha(lower[end])) ++end;  // adopted, adoption
      keywords.emplace_back(at, end);
    }
  }
  std::sort(keywords.begin(), keywords.end());
  for (const auto& [begin, end] : keywords) {
    bool near_mention = false;
    for (size_t mention : mentions) near_mention |= (mention > begin ? mention - begin : begin - mention) <= kMentionReach;
    if (!near_mention) continue;
    for (const FoundDate& date : dates) {
      if (date.begin >= end && date.begin - end <= kKeywordReach) return date.day;
    }
    for (auto date = dates.rbegin(); date != dates.rend(); ++date) {
      if (date->end <= begin && begin - date->end <= kKeywordReach) return date->day;
    }
  }
  return std::nullopt;
}

}  // namespace form4::internal

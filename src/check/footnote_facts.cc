#include "check/footnote_facts.h"

#include <algorithm>
#include <array>

#include "check/calendar.h"

namespace form4::internal {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Footnotes are read in place, without a lower-cased copy: these compare
// against lower-case needles ignoring the case of ASCII letters in the text.
bool EqualsNoCase(std::string_view text, std::string_view lower_word) {
  return text.size() == lower_word.size() &&
         std::equal(text.begin(), text.end(), lower_word.begin(), [](char a, char b) { return Lower(a) == b; });
}

size_t FindNoCase(std::string_view text, std::string_view lower_needle, size_t from = 0) {
  if (lower_needle.empty() || text.size() < lower_needle.size()) return std::string_view::npos;
  for (size_t i = from; i + lower_needle.size() <= text.size(); ++i) {
    if (Lower(text[i]) == lower_needle[0] && EqualsNoCase(text.substr(i, lower_needle.size()), lower_needle)) return i;
  }
  return std::string_view::npos;
}

// The dashes filers write: '-', hyphen, non-breaking hyphen, en dash, em dash, minus sign.
size_t DashLength(std::string_view text, size_t i) {
  if (text[i] == '-') return 1;
  if (text[i] != '\xE2') return 0;  // every other dash starts with this byte in UTF-8
  for (std::string_view dash : {"\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92"}) {
    if (text.substr(i, dash.size()) == dash) return dash.size();
  }
  return 0;
}

// One token of footnote prose, as far as price ranges need it.
struct Token {
  enum Kind { kNumber, kWord, kDash } kind = kDash;
  std::string_view word;  // kWord: as written
  std::string_view text;  // kNumber: as written, thousands commas included
  bool dollar = false;    // kNumber: a '$' before it
  bool whole = true;      // kNumber: no decimal point
  bool plain = true;      // kNumber: not part of a date, percentage or fraction
};

// Reads the number starting at text[i] (a digit): digits with thousands
// commas and at most one decimal point followed by a digit. Its value is parsed
// later, by ValueOf, and only for the numbers that may bound a range.
size_t ReadNumber(std::string_view text, size_t i, Token& token) {
  const size_t begin = i;
  bool point = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (IsDigit(c)) continue;
    if (c == ',' && !point && i + 3 < text.size() && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) &&
        IsDigit(text[i + 3])) {
      continue;
    }
    if (c == '.' && !point && i + 1 < text.size() && IsDigit(text[i + 1])) {
      point = true;
      continue;
    }
    break;
  }
  token.text = text.substr(begin, i - begin);
  token.whole = !point;
  token.plain = i >= text.size() || (text[i] != '%' && text[i] != '/');
  return i;
}

// The value of a number token; nullopt when it has too many digits.
std::optional<Decimal> ValueOf(const Token& token) {
  std::string digits;
  for (char c : token.text) {
    if (c != ',') digits.push_back(c);
  }
  return ParseDecimal(digits);
}

// Reads the token at or after `pos` and moves `pos` past it; false at the end.
// Spaces and punctuation between tokens are skipped; a '$' marks the number
// right after it (a space may come between).
bool NextToken(std::string_view text, size_t& pos, Token& token) {
  bool dollar = false;
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '$') {
      dollar = true;
      ++pos;
    } else if (IsDigit(c)) {
      token = Token();
      token.kind = Token::kNumber;
      token.dollar = dollar;
      const bool after_slash = pos > 0 && text[pos - 1] == '/';
      pos = ReadNumber(text, pos, token);
      token.plain = token.plain && !after_slash;
      return true;
    } else if (IsAlpha(c)) {
      const size_t begin = pos;
      while (pos < text.size() && IsAlpha(text[pos])) ++pos;
      token = Token();
      token.kind = Token::kWord;
      token.word = text.substr(begin, pos - begin);
      return true;
    } else if (const size_t dash = DashLength(text, pos); dash > 0) {
      token = Token();  // a dash
      pos += dash;
      return true;
    } else {
      ++pos;
      if (c != ' ') dollar = false;
    }
  }
  return false;
}

bool IsWord(const Token& token, std::string_view word) {
  return token.kind == Token::kWord && EqualsNoCase(token.word, word);
}

bool IsPerShare(const Token& token) {
  return IsWord(token, "per") || IsWord(token, "share") || IsWord(token, "shares");
}

// True when a '$' (and perhaps spaces) comes right before text[pos].
bool DollarBefore(std::string_view text, size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  return pos > 0 && text[pos - 1] == '$';
}

// The word right before text[pos], past spaces and a '$' ("" when there is none).
std::string_view WordBefore(std::string_view text, size_t pos) {
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '$')) --pos;
  const size_t end = pos;
  while (pos > 0 && IsAlpha(text[pos - 1])) --pos;
  return text.substr(pos, end - pos);
}

// True when `token` joins two prices; "and" only in "between X and Y".
bool IsConnector(const Token& token, std::string_view word_before_low) {
  if (token.kind == Token::kDash || IsWord(token, "to") || IsWord(token, "through")) return true;
  return IsWord(token, "and") && EqualsNoCase(word_before_low, "between");
}

// A footnote that speaks of a range or of prices ("ranging", "between",
// "price", "weighted average"), in one pass over the text.
bool MayHoldPriceRange(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    std::string_view word;
    switch (Lower(text[i])) {
      case 'r': word = "rang"; break;
      case 'b': word = "between"; break;
      case 'p': word = "price"; break;
      case 'w': word = "weighted average"; break;
      default: continue;
    }
    if (EqualsNoCase(text.substr(i, word.size()), word)) return true;
  }
  return false;
}

// ---- dates ----

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                      "may",     "june",     "july",      "august",
                                                      "september", "october", "november", "december"};

// The month (1-12) named by the word at text[i..end) ("february", "feb", "sept"), else 0.
unsigned MonthOfWord(std::string_view word) {
  for (unsigned m = 0; m < kMonths.size(); ++m) {
    if (EqualsNoCase(word, kMonths[m]) || (word.size() == 3 && EqualsNoCase(word, kMonths[m].substr(0, 3))) ||
        (m == 8 && EqualsNoCase(word, "sept"))) {
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
std::optional<FoundDate> MonthFirstDate(std::string_view text, size_t i, size_t word_end, unsigned month) {
  size_t j = word_end;
  if (j < text.size() && text[j] == '.') ++j;
  j = SkipSpaces(text, j);
  int day = 0;
  j = ReadDigits(text, j, 2, day);
  if (j == std::string_view::npos) return std::nullopt;
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (EqualsNoCase(text.substr(j, 2), suffix)) j += 2;
  }
  if (j < text.size() && text[j] == ',') ++j;
  j = SkipSpaces(text, j);
  int year = 0;
  j = ReadDigits(text, j, 4, year);
  if (j == std::string_view::npos) return std::nullopt;
  const std::optional<int> number = DayOf(year, static_cast<int>(month), day);
  if (!number) return std::nullopt;
  return FoundDate{i, j, *number};
}

// "5/30/2017", "5/30/17", "5-30-2017", "2023-02-28" or "28 February 2023" at text[i] (a digit).
std::optional<FoundDate> DigitFirstDate(std::string_view text, size_t i) {
  int first = 0;
  const size_t after_first = ReadDigits(text, i, 4, first);
  if (after_first == std::string_view::npos || after_first >= text.size()) return std::nullopt;
  const char separator = text[after_first];
  if (separator == '/' || separator == '-') {
    int second = 0;
    int third = 0;
    const size_t after_second = ReadDigits(text, after_first + 1, 2, second);
    if (after_second == std::string_view::npos || after_second >= text.size() || text[after_second] != separator) {
      return std::nullopt;
    }
    const size_t end = ReadDigits(text, after_second + 1, 4, third);
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
  size_t j = SkipSpaces(text, after_first);
  const size_t word_begin = j;
  while (j < text.size() && IsAlpha(text[j])) ++j;
  const unsigned month = MonthOfWord(text.substr(word_begin, j - word_begin));
  if (month == 0) return std::nullopt;
  if (j < text.size() && text[j] == '.') ++j;
  if (j < text.size() && text[j] == ',') ++j;
  j = SkipSpaces(text, j);
  int year = 0;
  j = ReadDigits(text, j, 4, year);
  if (j == std::string_view::npos) return std::nullopt;
  const std::optional<int> number = DayOf(year, static_cast<int>(month), first);
  if (!number) return std::nullopt;
  return FoundDate{i, j, *number};
}

std::vector<FoundDate> FindDatesIn(std::string_view text) {
  std::vector<FoundDate> dates;
  for (size_t i = 0; i < text.size();) {
    const bool boundary = i == 0 || !(IsAlpha(text[i - 1]) || IsDigit(text[i - 1]));
    std::optional<FoundDate> date;
    size_t next = i + 1;
    if (boundary && IsAlpha(text[i])) {
      size_t word_end = i;
      while (word_end < text.size() && IsAlpha(text[word_end])) ++word_end;
      if (const unsigned month = MonthOfWord(text.substr(i, word_end - i)); month != 0) {
        date = MonthFirstDate(text, i, word_end, month);
      }
      next = word_end;
    } else if (boundary && IsDigit(text[i])) {
      date = DigitFirstDate(text, i);
      while (next < text.size() && IsDigit(text[next])) ++next;
    }
    if (date) {
      dates.push_back(*date);
      next = date->end;
    }
    i = next;
  }
  return dates;
}

// Positions of "10b5-1" and its variants (any case).
std::vector<size_t> RuleMentions(std::string_view text) {
  std::vector<size_t> mentions;
  for (size_t at = text.find("10"); at != std::string_view::npos; at = text.find("10", at + 2)) {
    if (at + 2 >= text.size() || Lower(text[at + 2]) != 'b') continue;
    size_t i = at + 3;
    if (i < text.size() && DashLength(text, i) > 0) i += DashLength(text, i);  // 10b-5-1
    if (i >= text.size() || text[i] != '5') continue;
    ++i;
    size_t dash = i < text.size() ? DashLength(text, i) : 0;
    if (dash == 0 && i < text.size() && text[i] == ' ') dash = 1;
    if (dash == 0 || i + dash >= text.size() || text[i + dash] != '1') continue;
    mentions.push_back(at);
  }
  return mentions;
}

constexpr size_t kKeywordReach = 60;   // characters between "adopted" and its date
constexpr size_t kMentionReach = 300;  // characters between "10b5-1" and "adopted"

}  // namespace

std::vector<PriceRange> FindPriceRanges(std::string_view text) {
  std::vector<PriceRange> ranges;
  std::optional<bool> may_hold;  // asked once, on the first candidate pair
  // Prose is mostly words: only the text after each number is tokenized.
  for (size_t start = 0; start < text.size(); ++start) {
    if (!IsDigit(text[start])) continue;
    Token low;
    size_t pos = start;
    NextToken(text, pos, low);
    low.dollar = DollarBefore(text, start);
    size_t ahead = pos;
    Token connector;
    bool more = low.plain && NextToken(text, ahead, connector);
    while (more && IsPerShare(connector)) more = NextToken(text, ahead, connector);
    Token high;
    if (!more || !IsConnector(connector, WordBefore(text, start)) || !NextToken(text, ahead, high) ||
        high.kind != Token::kNumber || !high.plain) {
      start = pos - 1;
      continue;
    }
    const bool priced = low.dollar || high.dollar || !low.whole || !high.whole;
    const std::optional<Decimal> low_value = priced ? ValueOf(low) : std::nullopt;
    const std::optional<Decimal> high_value = priced ? ValueOf(high) : std::nullopt;
    if (!low_value || !high_value || Compare(*low_value, *high_value) > 0) {
      start = pos - 1;
      continue;
    }
    if (!may_hold) may_hold = MayHoldPriceRange(text);
    if (!*may_hold) return ranges;
    ranges.push_back(PriceRange{*low_value, *high_value});
    start = ahead - 1;
  }
  return ranges;
}

std::vector<FoundDate> FindDates(std::string_view text) { return FindDatesIn(text); }

bool MentionsRule10b51(std::string_view text) { return !RuleMentions(text).empty(); }

std::optional<int> FindPlanAdoptionDay(std::string_view text) {
  const std::vector<size_t> mentions = RuleMentions(text);
  if (mentions.empty()) return std::nullopt;
  const std::vector<FoundDate> dates = FindDatesIn(text);
  if (dates.empty()) return std::nullopt;
  // Keywords in text order; the first one near a mention with a date next to it wins.
  std::vector<std::pair<size_t, size_t>> keywords;  // [begin, end)
  for (std::string_view word : {"adopt", "entered into", "established", "dated", "effective"}) {
    for (size_t at = FindNoCase(text, word); at != std::string_view::npos; at = FindNoCase(text, word, at + 1)) {
      size_t end = at + word.size();
      while (end < text.size() && IsAlpha(text[end])) ++end;  // adopted, adoption
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

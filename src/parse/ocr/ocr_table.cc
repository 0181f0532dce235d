#include "parse/ocr/ocr_table.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "parse/layout/form_words.h"
#include "parse/ocr/ocr_text.h"
#include "util/text.h"

namespace form4::internal {
namespace {

// What a column's cells hold, by the form's instructions.
enum class Role {
  kText,            // titles, nature of ownership: words, wrapped over lines
  kDate,            // transaction dates
  kExerciseDate,    // date exercisable, expiration date: a date, words, or a footnote alone
  kCode,            // the transaction code, one letter
  kV,               // only "V"
  kAmount,          // share amounts and prices
  kAcquiredDisposed,
  kDirectIndirect,
};

struct Column {
  std::string_view heading;  // "" for the further sub-columns of the heading before
  Role role;
  bool required;  // every row of the table shows it
};

// The columns of each table, as the form prints them. Table II's (A) and (D)
// columns are one here: OCR keeps no positions to tell them apart, and the
// grid interpreter then takes the direction from the transaction code.
const std::vector<Column>& ColumnsOf(OcrTable table) {
  static const std::vector<Column> kForm4NonDerivative = {
      {"1. Title of Security (Instr. 3)", Role::kText, true},
      {"2. Transaction Date (Month/Day/Year)", Role::kDate, false},
      {"2A. Deemed Execution Date, if any (Month/Day/Year)", Role::kDate, false},
      {"3. Transaction Code (Instr. 8)", Role::kCode, false},
      {"", Role::kV, false},
      {"4. Securities Acquired (A) or Disposed Of (D) (Instr. 3, 4 and 5)", Role::kAmount, false},
      {"", Role::kAcquiredDisposed, false},
      {"", Role::kAmount, false},
      {"5. Amount of Securities Beneficially Owned Following Reported Transaction(s) (Instr. 3 and 4)",
       Role::kAmount, true},
      {"6. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)", Role::kDirectIndirect, true},
      {"7. Nature of Indirect Beneficial Ownership (Instr. 4)", Role::kText, false},
  };
  static const std::vector<Column> kForm4Derivative = {
      {"1. Title of Derivative Security (Instr. 3)", Role::kText, true},
      {"2. Conversion or Exercise Price of Derivative Security", Role::kAmount, false},
      {"3. Transaction Date (Month/Day/Year)", Role::kDate, false},
      {"3A. Deemed Execution Date, if any (Month/Day/Year)", Role::kDate, false},
      {"4. Transaction Code (Instr. 8)", Role::kCode, false},
      {"", Role::kV, false},
      {"5. Number of Derivative Securities Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5)", Role::kAmount, false},
      {"6. Date Exercisable and Expiration Date (Month/Day/Year)", Role::kExerciseDate, false},
      {"", Role::kExerciseDate, false},
      {"7. Title and Amount of Securities Underlying Derivative Security (Instr. 3 and 4)", Role::kText, false},
      {"", Role::kAmount, false},
      {"8. Price of Derivative Security (Instr. 5)", Role::kAmount, false},
      {"9. Number of derivative Securities Beneficially Owned Following Reported Transaction(s) (Instr. 4)",
       Role::kAmount, true},
      {"10. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)", Role::kDirectIndirect, true},
      {"11. Nature of Indirect Beneficial Ownership (Instr. 4)", Role::kText, false},
  };
  static const std::vector<Column> kForm3NonDerivative = {
      {"1. Title of Security (Instr. 4)", Role::kText, true},
      {"2. Amount of Securities Beneficially Owned (Instr. 4)", Role::kAmount, true},
      {"3. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)", Role::kDirectIndirect, true},
      {"4. Nature of Indirect Beneficial Ownership (Instr. 5)", Role::kText, false},
  };
  static const std::vector<Column> kForm3Derivative = {
      {"1. Title of Derivative Security (Instr. 4)", Role::kText, true},
      {"2. Date Exercisable and Expiration Date (Month/Day/Year)", Role::kExerciseDate, false},
      {"", Role::kExerciseDate, false},
      {"3. Title and Amount of Securities Underlying Derivative Security (Instr. 4)", Role::kText, false},
      {"", Role::kAmount, false},
      {"4. Conversion or Exercise Price of Derivative Security", Role::kAmount, false},
      {"5. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)", Role::kDirectIndirect, true},
      {"6. Nature of Indirect Beneficial Ownership (Instr. 5)", Role::kText, false},
  };
  switch (table) {
    case OcrTable::kForm4NonDerivative: return kForm4NonDerivative;
    case OcrTable::kForm4Derivative: return kForm4Derivative;
    case OcrTable::kForm3NonDerivative: return kForm3NonDerivative;
    case OcrTable::kForm3Derivative: return kForm3Derivative;
  }
  return kForm4NonDerivative;
}

// ---------------------------------------------------------------------------
// Words of a row

enum class Kind { kDate, kNumber, kMarker, kLetter, kText, kJunk };

struct Token {
  std::string text;
  Kind kind = Kind::kText;
  std::optional<OcrNumber> number;
  std::string date;    // MM/DD/YYYY
  std::string marker;  // a footnote number the word shows
};

bool HasAlnum(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

// The word without the marks OCR leaves around a letter: "D_", "(D)", "I.".
std::string Stripped(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(c);
  }
  return out;
}

Token Classify(const std::string& word) {
  Token token;
  token.text = word;
  if (std::optional<std::string> date = ReadOcrDate(word)) {
    token.kind = Kind::kDate;
    token.date = *date;
  } else if (std::string marker = MarkerNumber(word); !marker.empty()) {
    token.kind = Kind::kMarker;
    token.marker = marker;
  } else if (std::optional<OcrNumber> number = ReadOcrNumber(word); number && !HasAlnum(number->rest)) {
    token.kind = Kind::kNumber;
    token.number = number;
    token.marker = MarkerNumber(number->rest);
  } else if (number && number->rest.size() <= 3 && MarkerNumber(number->rest).size() > 0) {
    token.kind = Kind::kNumber;
    token.number = number;
    token.marker = MarkerNumber(number->rest);
  } else if (!HasAlnum(word)) {
    token.kind = Kind::kJunk;
  } else if (const std::string letters = Stripped(word); letters.size() == 1) {
    token.kind = Kind::kLetter;
  }
  return token;
}

// The transaction codes of the SEC's instructions (section 8 of Form 4's).
bool IsCodeLetter(char c) {
  return std::string_view("PSAMDFGJCXIWLKUVZOEHB").find(static_cast<char>(std::toupper(static_cast<unsigned char>(c)))) !=
         std::string_view::npos;
}

// A code as OCR shows it: its letter, in either case, and what is left of a
// footnote marker ("S(1)" read as "sv", "so", "S)").
bool LooksLikeCode(const Token& token) {
  const std::string& text = token.text;
  if (text.empty() || text.size() > 4 || !IsCodeLetter(text[0]) || token.kind == Kind::kNumber) return false;
  return text.size() == 1 || std::isupper(static_cast<unsigned char>(text[0])) || text.size() <= 3;
}

bool IsLetterOf(const Token& token, std::string_view letters) {
  const std::string stripped = Stripped(token.text);
  if (stripped.size() != 1) return false;
  return letters.find(stripped[0]) != std::string_view::npos;
}

// What putting `token` in a column of `role` costs.
double Cost(const Token& token, Role role) {
  const Kind kind = token.kind;
  switch (role) {
    case Role::kText:
      return kind == Kind::kText || kind == Kind::kLetter ? 0 : kind == Kind::kJunk || kind == Kind::kMarker ? 0.5
             : kind == Kind::kNumber                                                                       ? 2.5
                                                                                                           : 6;
    case Role::kDate:
      return kind == Kind::kDate ? 0 : kind == Kind::kJunk || kind == Kind::kMarker ? 2 : 8;
    case Role::kExerciseDate:
      return kind == Kind::kDate ? 0 : kind == Kind::kJunk || kind == Kind::kMarker ? 0.5 : kind == Kind::kText ? 1.5
                                                                                                                 : 6;
    case Role::kCode:
      if (LooksLikeCode(token)) return token.text.size() == 1 ? 0 : 0.3;
      return kind == Kind::kText ? 4 : 8;
    case Role::kV:
      return token.text == "V" ? 0 : 10;
    case Role::kAmount:
      return kind == Kind::kNumber ? 0 : kind == Kind::kJunk || kind == Kind::kMarker ? 1.5 : kind == Kind::kDate ? 8
                                                                                                                  : 6;
    case Role::kAcquiredDisposed:
      return IsLetterOf(token, "AD") ? 0 : 10;
    case Role::kDirectIndirect:
      return IsLetterOf(token, "DI1l") ? 0 : 10;
  }
  return 0;
}

// Puts the words of a row's value line in columns: in order, each where its
// kind fits, columns left empty where the row has no value (a required column
// left empty costs).
std::vector<size_t> AlignTokens(const std::vector<Token>& tokens, const std::vector<Column>& columns) {
  constexpr double kSkipRequired = 2.5;
  constexpr double kSecondValue = 6;
  const size_t n = tokens.size(), m = columns.size();
  if (n == 0) return {};
  std::vector<double> skip_before(m + 1, 0);  // cost of leaving columns [0, j) empty
  for (size_t j = 0; j < m; ++j) skip_before[j + 1] = skip_before[j] + (columns[j].required ? kSkipRequired : 0);
  const auto skipped = [&](size_t from, size_t to) { return skip_before[to] - skip_before[from]; };  // [from, to)
  std::vector<std::vector<double>> cost(n, std::vector<double>(m, std::numeric_limits<double>::infinity()));
  std::vector<std::vector<size_t>> from(n, std::vector<size_t>(m, 0));
  for (size_t j = 0; j < m; ++j) cost[0][j] = skipped(0, j) + Cost(tokens[0], columns[j].role);
  for (size_t i = 1; i < n; ++i) {
    const bool attaches = tokens[i].kind == Kind::kJunk || tokens[i].kind == Kind::kMarker;
    for (size_t j = 0; j < m; ++j) {
      for (size_t k = 0; k <= j; ++k) {
        double step = cost[i - 1][k];
        if (k == j) {
          step += columns[j].role == Role::kText ? 0 : attaches ? 0.5 : kSecondValue;
        } else {
          step += skipped(k + 1, j);
        }
        if (step < cost[i][j] - Cost(tokens[i], columns[j].role)) {
          cost[i][j] = step + Cost(tokens[i], columns[j].role);
          from[i][j] = k;
        }
      }
    }
  }
  size_t j = 0;
  double best = std::numeric_limits<double>::infinity();
  for (size_t k = 0; k < m; ++k) {
    const double total = cost[n - 1][k] + skipped(k + 1, m);
    if (total < best) {
      best = total;
      j = k;
    }
  }
  std::vector<size_t> assigned(n);
  for (size_t i = n; i-- > 0;) {
    assigned[i] = j;
    j = from[i][j];
  }
  return assigned;
}

// ---------------------------------------------------------------------------
// Rows

bool IsValueLine(const std::vector<Token>& tokens) {
  size_t values = 0;
  bool letter_after_value = false;
  for (const Token& token : tokens) {
    if (token.kind == Kind::kDate || token.kind == Kind::kNumber) ++values;
    if (values > 0 && IsLetterOf(token, "DI")) letter_after_value = true;
  }
  return values >= 2 || (values == 1 && letter_after_value);
}

// Words that begin the title of an underlying security rather than end a
// derivative security's: a wrapped line of Table II splits there.
bool StartsUnderlying(std::string_view word) {
  const std::string folded = FoldForm(word);
  return folded == "common" || folded == "ciass" || folded == "ordinary";
}

// Words that titles of securities are made of; a wrapped line of them in a
// row that names an indirect owner continues the title, not the owner.
bool IsTitleWord(std::string_view word) {
  static const std::set<std::string> kWords = {
      "common", "stock", "ciass", "a", "b", "c", "ordinary", "shares", "share", "preferred", "units", "unit",
      "restricted", "option", "options", "warrant", "warrants", "series", "convertible", "notes", "depositary",
      "american", "ads", "nonquaiified", "quaiified", "(right", "to", "buy)", "right", "buy", "performance"};
  return kWords.count(FoldForm(word)) > 0;
}

struct Row {
  std::vector<std::string> cells;
  std::vector<Warning> notes;
};

std::string NumberCell(const Token& token) {
  std::string cell = token.number->digits;
  if (token.number->dollar) cell = "$" + cell;
  return cell;
}

// A price whose footnote lost its opening parenthesis ("$208.992]" for
// "$208.99(2)"): the digits before the bracket are the footnote's number.
// Tries one and two digits; the one that continues `last_marker` (the
// column's marker in the row before) wins, else the shorter.
void SplitGluedMarker(Token& token, size_t footnote_count, const std::string& last_marker) {
  if (!token.number || !token.marker.empty() || (token.number->rest != ")" && token.number->rest != "]")) return;
  const std::string& digits = token.number->digits;
  const size_t point = digits.find('.');
  std::vector<size_t> lengths;
  for (size_t k = 1; k <= 2 && k < digits.size(); ++k) {
    const size_t keep = digits.size() - k;
    if (point != std::string::npos && keep < point + 3) break;  // a price keeps two decimals
    if (point == std::string::npos && token.number->grouped) break;
    const int value = std::stoi(digits.substr(keep));
    if (value >= 1 && static_cast<size_t>(value) <= footnote_count) lengths.push_back(k);
  }
  if (lengths.empty()) return;
  size_t chosen = lengths.front();
  if (!last_marker.empty()) {
    const int last = std::stoi(last_marker);
    for (size_t k : lengths) {
      const int value = std::stoi(digits.substr(digits.size() - k));
      if (value == last || value == last + 1) chosen = k;
    }
  }
  token.marker = digits.substr(digits.size() - chosen);
  token.number->digits = digits.substr(0, digits.size() - chosen);
}

}  // namespace

void AppendOcrTable(const std::vector<std::string>& lines, size_t title, size_t end, OcrTable table,
                    size_t footnote_count, Grid& grid, std::vector<Warning>& warnings) {
  const std::vector<Column>& columns = ColumnsOf(table);
  grid.rows.push_back({{table == OcrTable::kForm4NonDerivative || table == OcrTable::kForm3NonDerivative
                             ? "Table I - Non-Derivative Securities"
                             : "Table II - Derivative Securities"}});
  GridRow heading;
  for (const Column& column : columns) heading.cells.emplace_back(column.heading);
  grid.rows.push_back(heading);

  // The headings: lines of the form's heading words after the title.
  static const std::set<std::string> kHeadingWords = [] {
    std::set<std::string> words;
    for (const std::string& word : Words(kTableHeadingText)) words.insert(FoldForm(word));
    return words;
  }();
  size_t first = title + 1;
  for (size_t l = title + 1; l < end && l < title + 40; ++l) {
    const std::vector<std::string> words = Words(lines[l]);
    if (words.empty()) continue;
    size_t known = 0;
    for (const std::string& word : words) known += kHeadingWords.count(FoldForm(word)) > 0 || !HasAlnum(word);
    if (known * 10 >= words.size() * 6) first = l + 1;
  }

  // Value lines, and the wrapped text around them.
  std::vector<std::vector<Token>> tokens(end > first ? end - first : 0);
  std::vector<size_t> value_lines;
  for (size_t l = first; l < end; ++l) {
    for (const std::string& word : Words(lines[l])) tokens[l - first].push_back(Classify(word));
    if (IsValueLine(tokens[l - first])) value_lines.push_back(l);
  }
  if (value_lines.empty()) {
    grid.rows.push_back({});
    return;
  }
  // Lines between two value lines: a blank line parts the rows; else half go to each.
  std::vector<size_t> row_of(end - first, 0);
  for (size_t r = 0; r < value_lines.size(); ++r) {
    const size_t from = r == 0 ? first : value_lines[r - 1] + 1;
    const size_t to = value_lines[r];
    size_t split = from + (to - from) / 2;
    for (size_t l = from; l < to; ++l) {
      if (lines[l].empty()) split = l + 1;
    }
    for (size_t l = from; l < to; ++l) row_of[l - first] = r == 0 || l >= split ? r : r - 1;
    row_of[to - first] = r;
  }
  for (size_t l = value_lines.back() + 1; l < end; ++l) row_of[l - first] = value_lines.size() - 1;

  size_t underlying_column = columns.size(), nature_column = columns.size();
  for (size_t c = 1; c < columns.size(); ++c) {
    if (columns[c].role == Role::kText) (c + 1 == columns.size() ? nature_column : underlying_column) = c;
  }
  std::vector<std::string> last_marker(columns.size());
  for (size_t r = 0; r < value_lines.size(); ++r) {
    const size_t value_line = value_lines[r];
    std::vector<Token> values = tokens[value_line - first];
    const std::vector<size_t> assigned = AlignTokens(values, columns);
    std::vector<std::vector<std::pair<size_t, std::string>>> parts(columns.size());  // (line, text)
    const std::string where = std::string(table == OcrTable::kForm4NonDerivative || table == OcrTable::kForm3NonDerivative
                                              ? "table I"
                                              : "table II") +
                              " row " + std::to_string(r + 1);
    for (size_t i = 0; i < values.size(); ++i) {
      Token& token = values[i];
      const size_t c = assigned[i];
      const Role role = columns[c].role;
      if (role == Role::kAmount && token.kind == Kind::kNumber && token.number && token.marker.empty()) {
        SplitGluedMarker(token, footnote_count, last_marker[c]);
        if (!token.marker.empty()) {
          warnings.push_back({"ocr-marker-split", "info", where,
                              "read '" + token.text + "' as " + NumberCell(token) + " and footnote " + token.marker});
        }
      }
      std::string text;
      if (role == Role::kText) {
        text = token.text;
      } else if (token.kind == Kind::kDate) {
        text = token.date;
      } else if (token.kind == Kind::kNumber && role != Role::kCode) {
        text = NumberCell(token);
      } else if (role == Role::kCode || role == Role::kAcquiredDisposed || role == Role::kDirectIndirect) {
        if (LooksLikeCode(token) || token.kind == Kind::kLetter) {
          text = std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(Stripped(token.text)[0]))));
          if (role == Role::kDirectIndirect && (text == "1" || text == "L")) text = "I";
          if (Stripped(token.text) != text) {
            warnings.push_back({"ocr-letter-read", "info", where, "read '" + token.text + "' as " + text});
          }
        }
      } else if (token.kind == Kind::kText || token.kind == Kind::kLetter) {
        text = token.text;
      }
      if (!token.marker.empty()) {
        text += "(" + token.marker + ")";
        last_marker[c] = token.marker;
      }
      if (!text.empty()) parts[c].emplace_back(value_line, text);
    }
    // The wrapped text of the row's other lines: a title, the title of the
    // underlying security (Table II), the name of an indirect owner.
    const std::vector<std::pair<size_t, std::string>>& form = parts[columns.size() - 2];
    const bool indirect = !form.empty() && form.front().second != "D";
    for (size_t l = first; l < end; ++l) {
      if (row_of[l - first] != r || l == value_line || lines[l].empty()) continue;
      size_t target = 0;
      for (const std::string& word : Words(lines[l])) {
        if (underlying_column < columns.size() && StartsUnderlying(word)) target = underlying_column;
        if (indirect && target == 0 && underlying_column == columns.size() && !IsTitleWord(word)) target = nature_column;
        parts[target].emplace_back(l, word);
      }
    }
    GridRow row;
    for (std::vector<std::pair<size_t, std::string>>& column_parts : parts) {
      std::stable_sort(column_parts.begin(), column_parts.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      std::string cell;
      for (const auto& [line, text] : column_parts) AppendWord(cell, text);
      row.cells.push_back(cell);
    }
    grid.rows.push_back(std::move(row));
  }
  grid.rows.push_back({});
}

}  // namespace form4::internal

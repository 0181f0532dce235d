#include "parse/ocr/ocr_table.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <array>
#include <cctype>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "parse/layout/form_words.h"
#include "parse/layout/text_layout.h"
#include "parse/ocr/ocr_holders.h"
#include "parse/ocr/ocr_marks.h"
#include "parse/ocr/ocr_natures.h"
#include "parse/ocr/ocr_text.h"
#include "parse/ocr/ocr_wrapped.h"
#include "util/text.h"

namespace form4::internal {
namespace {

// Non-throwing conversions: OCR text can hold digit runs of any length.
int ParseSmallInt(const std::string& digits) {
  int value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return error == std::errc() ? value : -1;
}

double ParseDouble(const std::string& digits) { return std::strtod(digits.c_str(), nullptr); }


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
  const auto without_v = [](const std::vector<Column>& columns) {
    std::vector<Column> out;
    for (const Column& column : columns) {
      if (column.role != Role::kV) out.push_back(column);
    }
    return out;
  };
  static const std::vector<Column> kForm5NonDerivative = without_v(kForm4NonDerivative);
  static const std::vector<Column> kForm5Derivative = without_v(kForm4Derivative);
  switch (table) {
    case OcrTable::kForm4NonDerivative: return kForm4NonDerivative;
    case OcrTable::kForm4Derivative: return kForm4Derivative;
    case OcrTable::kForm3NonDerivative: return kForm3NonDerivative;
    case OcrTable::kForm3Derivative: return kForm3Derivative;
    case OcrTable::kForm5NonDerivative: return kForm5NonDerivative;
    case OcrTable::kForm5Derivative: return kForm5Derivative;
  }
  return kForm4NonDerivative;
}

bool IsNonDerivative(OcrTable table) {
  return table == OcrTable::kForm4NonDerivative || table == OcrTable::kForm3NonDerivative ||
         table == OcrTable::kForm5NonDerivative;
}

// ---------------------------------------------------------------------------
// Words of a row

enum class Kind { kDate, kNumber, kMarker, kLetter, kText, kJunk };

struct Token {
  std::string text;
  Kind kind = Kind::kText;
  std::optional<OcrNumber> number;
  std::string date;    // MM/DD/YYYY
  MarkerTrace marker;  // what is left of a footnote marker after the value
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

// Digits glued after an amount whose thousands groups end it ("560,000239"
// for "560,000(2)(3)(9)", "48,6220)"), or a digit and a mark ("268,8400%)",
// "1,954,6310°)": a marker's opening read as a digit, its digit as a mark):
// markers, though too many to read as one or none at all.
bool GluedMarkerDigits(const OcrNumber& number) {
  std::string_view rest = number.rest;
  if (!rest.empty() && (rest.back() == ')' || rest.back() == ']')) rest.remove_suffix(1);
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const size_t digits = static_cast<size_t>(std::find_if_not(rest.begin(), rest.end(), digit) - rest.begin());
  const std::string_view marks = rest.substr(digits);
  return number.grouped && digits > 0 && rest.size() <= 4 && marks.size() <= 2 &&
         std::none_of(marks.begin(), marks.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

Token Classify(std::string word) {
  // A table rule OCR glued before a value: "[$965.15", "|$966.30", "}$1,100.53".
  if (word.size() > 1 && std::string_view("[|{}").find(word[0]) != std::string_view::npos &&
      (word[1] == '$' || std::isdigit(static_cast<unsigned char>(word[1])))) {
    word.erase(0, 1);
  }
  Token token;
  token.text = word;
  if (std::optional<OcrDate> date = ReadOcrDatePrefix(word)) {
    token.kind = Kind::kDate;
    token.date = date->date;
    token.marker = ReadMarkerTrace(date->rest, false);
  } else if (std::string marker = MarkerNumber(word); !marker.empty()) {
    token.kind = Kind::kMarker;
    token.marker = {true, marker};
  } else if (std::optional<OcrNumber> number = ReadOcrNumber(word);
             number && (!HasAlnum(number->rest) || !ReadMarkerTrace(number->rest, number->grouped).number.empty() ||
                        GluedMarkerDigits(*number))) {
    token.kind = Kind::kNumber;
    token.number = number;
    token.marker = ReadMarkerTrace(number->rest, number->grouped);
  } else if (!HasAlnum(word) || (word.size() == 2 && (word[1] == ')' || word[1] == ']'))) {
    token.kind = Kind::kJunk;  // "Q)": what is left of a marker
  } else if (Stripped(word).size() == 1) {
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
  if (text.empty()) return false;
  // "S" misread, a marker's trace after it or not ("3”").
  if ((text[0] == '5' || text[0] == '3') && text.size() <= 4 && !HasAlnum(std::string_view(text).substr(1))) return true;
  if (text.size() > 4 || !IsCodeLetter(text[0]) || token.kind == Kind::kNumber) return false;
  // A letter and a marker read whole ("s23)" for S(23)).
  const bool marker_read = !MarkerNumber(std::string_view(text).substr(1)).empty();
  return text.size() == 1 || std::isupper(static_cast<unsigned char>(text[0])) || text.size() <= 3 || marker_read;
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
      // Titles and names hold words, at most a plain number ("2010 Fund");
      // never an amount written with separators or a dollar sign.
      if (kind == Kind::kNumber) return token.number->grouped || token.number->dollar ? 6 : 2.5;
      return kind == Kind::kText || kind == Kind::kLetter ? 0 : kind == Kind::kJunk || kind == Kind::kMarker ? 0.5 : 6;
    case Role::kDate:
      return kind == Kind::kDate ? 0 : kind == Kind::kJunk || kind == Kind::kMarker ? 2 : 8;
    case Role::kExerciseDate:
      return kind == Kind::kDate ? 0 : kind == Kind::kMarker ? 0.4 : kind == Kind::kJunk ? 0.5 : kind == Kind::kText ? 1.5
                                                                                                                 : 6;
    case Role::kCode:
      if (LooksLikeCode(token)) return token.text.size() == 1 ? 0 : 0.3;
      return kind == Kind::kText ? 4 : 8;
    case Role::kV:
      return token.text == "V" ? 0 : 10;
    case Role::kAmount:
      if (kind == Kind::kText && token.text.size() <= 2) return 3;  // a scrap where an amount or its marker stood ("aM")
      // An amount whose digits OCR read as letters past the first ("4agie" for 4,491).
      if (kind == Kind::kText && std::isdigit(static_cast<unsigned char>(token.text[0]))) return 2;
      return kind == Kind::kNumber ? 0 : kind == Kind::kMarker ? 0.45 : kind == Kind::kJunk ? 1.5 : kind == Kind::kDate ? 8
                                                                                                                  : 6;
    case Role::kAcquiredDisposed:
      if (IsLetterOf(token, "AD")) return 0;
      // "pd", "p": the letter smeared with the cell's rule; left unread here,
      // the holdings arithmetic tells it.
      return (kind == Kind::kText || kind == Kind::kLetter) && token.text.size() <= 2 ? 1 : 10;
    case Role::kDirectIndirect:
      if (IsLetterOf(token, "DI1l")) return 0;
      // "De", "Do": a D with a scrap of the cell's rule or marker.
      return token.text.size() == 2 && token.text[0] == 'D' && std::islower(static_cast<unsigned char>(token.text[1])) ? 1
                                                                                                                   : 10;
  }
  return 0;
}

// Puts the words of a row's value line in columns: in order, each where its
// kind fits, columns left empty where the row has no value (a required column
// left empty costs).
std::vector<size_t> AlignTokens(const std::vector<Token>& tokens, const std::vector<Column>& columns) {
  constexpr double kSkipRequired = 8;  // every row shows the column: leaving it empty is nearly as wrong as a misplaced value
  constexpr double kSecondValue = 10;  // a column holds one value: a second is as wrong as a misplaced one
  constexpr double kTextAfterMarks = 0.5;
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
    // Words after marks ("Common a4) a4) Common"): a cell's words stand
    // together, so these more likely begin the next text column.
    const bool resumes_text = tokens[i].kind == Kind::kText && !attaches &&
                              (tokens[i - 1].kind == Kind::kJunk || tokens[i - 1].kind == Kind::kMarker);
    // The cheapest earlier column k < j to come from, as cost[i-1][k] minus
    // the skips up to k + 1: adding the skips up to j gives the step, so one
    // running minimum serves every j (O(m) per token, not O(m^2)).
    double best_before = std::numeric_limits<double>::infinity();
    size_t best_k = 0;
    for (size_t j = 0; j < m; ++j) {
      double step = best_before + skip_before[j];
      size_t k = best_k;
      const double stay = cost[i - 1][j] + (columns[j].role == Role::kText ? (resumes_text ? kTextAfterMarks : 0)
                                                                        : attaches ? 0.5 : kSecondValue);
      if (stay < step) {
        step = stay;
        k = j;
      }
      cost[i][j] = step + Cost(tokens[i], columns[j].role);
      from[i][j] = k;
      if (cost[i - 1][j] - skip_before[j + 1] < best_before) {
        best_before = cost[i - 1][j] - skip_before[j + 1];
        best_k = j;
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

// The footnote markers a number stands for in a cell that holds footnotes
// alone ("2627)" for "(26)(27)"): one footnote's number, or two consecutive
// ones; "" when the digits are no such run.
std::string FootnoteRun(const OcrNumber& number, size_t footnote_count) {
  const std::string& digits = number.digits;
  if (number.dollar || number.grouped || digits.find('.') != std::string::npos || digits.size() > 4 ||
      (!number.rest.empty() && number.rest != ")" && number.rest != "]")) {
    return {};
  }
  const auto valid = [&](const std::string& text) {
    const int value = text.empty() || text[0] == '0' ? 0 : ParseSmallInt(text);
    return value >= 1 && static_cast<size_t>(value) <= footnote_count ? value : 0;
  };
  if (const int one = valid(digits); one > 0 && !number.rest.empty()) return "(" + digits + ")";
  for (size_t split = 1; split < digits.size(); ++split) {
    const int first = valid(digits.substr(0, split)), second = valid(digits.substr(split));
    if (first > 0 && second == first + 1) return "(" + std::to_string(first) + ")(" + std::to_string(second) + ")";
  }
  return {};
}

// A date or a price refers to a footnote about it ("exercisable in four
// installments", "a weighted average price"), not to one naming who holds
// the shares: such a cell's marker naming a holder's footnote is a misread
// ("(29)" read as "22)") and is dropped, leaving debris.
void DropHolderMarkers(MarkedCell& cell, const MarkerDecoder& markers, const std::string& where,
                       std::vector<Warning>& warnings) {
  std::string kept;
  for (size_t open = cell.markers.find('('); open != std::string::npos; open = cell.markers.find('(', open + 1)) {
    const size_t close = cell.markers.find(')', open);
    const std::string number = cell.markers.substr(open + 1, close - open - 1);
    if (markers.IsHolderFootnote(ParseSmallInt(number))) {
      warnings.push_back({"ocr-marker-dropped", "info", where,
                          "a date's or price's footnote marker read as (" + number +
                              "), a footnote naming a holder, left out"});
      cell.debris = true;
      continue;
    }
    kept += cell.markers.substr(open, close - open + 1);
  }
  cell.markers = kept;
}

// What groups a column's rows in RepeatColumnMarkers: a code, a letter, a
// title or a nature its own value; an amount or a date the row's transaction
// code (a plan's footnote marks its sales, not its awards), or nothing on a
// form without codes.
std::vector<size_t> MarkerKeyColumns(const std::vector<Column>& columns) {
  size_t code = columns.size();
  for (size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].role == Role::kCode) code = c;
  }
  std::vector<size_t> keys;
  for (size_t c = 0; c < columns.size(); ++c) {
    const Role role = columns[c].role;
    const bool own = role == Role::kText || role == Role::kCode || role == Role::kV ||
                     role == Role::kAcquiredDisposed || role == Role::kDirectIndirect;
    keys.push_back(own ? c : code);
  }
  return keys;
}

// True for a word of digits in parentheses ("(3233)").
bool ParenthesizedDigits(std::string_view word) {
  return word.size() >= 3 && word.front() == '(' && word.back() == ')' &&
         std::all_of(word.begin() + 1, word.end() - 1, [](char c) { return c >= '0' && c <= '9'; });
}

// ---------------------------------------------------------------------------
// Rows

// A number printed as part of the form: a box or column number ("4.", "3,").
bool IsFormNumber(const Token& token) {
  return token.kind == Kind::kNumber && token.number->digits.size() <= 2 && !token.number->dollar &&
         (token.number->rest == "." || token.number->rest == ",");
}

bool IsValueLine(const std::vector<Token>& tokens) {
  size_t values = 0;
  bool letter_after_value = false;
  for (const Token& token : tokens) {
    if (token.kind == Kind::kDate || (token.kind == Kind::kNumber && !IsFormNumber(token))) ++values;
    if (values > 0 && IsLetterOf(token, "DI")) letter_after_value = true;
  }
  return values >= 2 || (values == 1 && letter_after_value);
}

// True for a line that begins the text of a cell: the name of an indirect
// owner ("By ...", "See Footnote", "Held by ...") or a security's title.
bool BeginsCellText(const std::string& line) {
  const std::vector<std::string> words = TextWords(line);
  if (words.empty()) return false;
  const std::string first = FoldForm(words.front());
  static const std::set<std::string> kStarts = {"by", "see", "heid", "through", "series", "ciass", "common",
                                                "restricted", "stock", "empioyee", "performance"};
  const bool starts = kStarts.count(first) > 0 || words.front().rfind("Non-", 0) == 0;
  return starts && std::isupper(static_cast<unsigned char>(words.front()[0]));
}

// True for a line of what OCR set apart of the superscripts above a row
// ("1 (2) 3) 3) (4)", "ay 2"): markers, marks, lone digits and two-letter
// scraps no title or name is made of. Such a line cannot be put in columns.
bool IsMarkerLine(const std::string& line) {
  static const std::set<std::string> kShortWords = {"by", "of", "to", "in", "at", "an", "on", "as", "or", "lp", "co"};
  for (const std::string& word : Words(line)) {
    const Token token = Classify(word);
    const bool marker = token.kind == Kind::kMarker || token.kind == Kind::kJunk ||
                        (token.kind == Kind::kNumber && token.number->digits.size() <= 2 && !token.number->dollar);
    if (marker) continue;
    const std::string letters = Stripped(word);
    const bool scrap = !letters.empty() && letters.size() <= 2 &&
                       std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                       kShortWords.count(letters) == 0;
    if (!scrap) return false;
  }
  return true;
}

bool HasAlpha(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// Title words a security's title begins with.
bool StartsTitle(std::string_view word) {
  static const std::set<std::string> kStarts = {"common", "ciass", "series", "ordinary", "preferred",
                                                "restricted", "empioyee", "performance", "american"};
  return kStarts.count(FoldForm(word)) > 0;
}

// Words a derivative security's title may begin with, besides a share's.
bool StartsDerivativeTitle(std::string_view word) {
  static const std::set<std::string> kStarts = {"stock", "option", "options", "warrant", "warrants", "non",
                                                "incentive", "phantom", "convertible", "units", "ltip", "rights"};
  return StartsTitle(word) || kStarts.count(FoldForm(word)) > 0;
}

// True for a line that holds a security's title and nothing else ("Class A
// Common Stock").
bool IsTitleLine(const std::string& line) {
  const std::vector<std::string> words = Words(line);
  if (words.empty() || !StartsTitle(words.front())) return false;
  return std::all_of(words.begin(), words.end(), [](const std::string& word) { return IsTitleWord(word); });
}

// True for a line that holds cell values: a date, an amount (not the digits
// of markers OCR set apart, "2103)"), or a letter beside them.
bool HoldsValues(const std::vector<Token>& tokens) {
  for (const Token& token : tokens) {
    if (token.kind == Kind::kDate) return true;
    if (token.kind != Kind::kNumber) continue;
    const OcrNumber& number = *token.number;
    const bool marker_digits = !number.grouped && !number.dollar && number.digits.find('.') == std::string::npos &&
                               !number.rest.empty();
    if (!marker_digits) return true;
  }
  return false;
}

// A table OCR read cell by cell ("block" layout): each row's title stands on
// a line of its own, its values follow on lines of one or two cells, the
// name of an indirect owner one word a line. `starts` are the rows' title
// lines; `values` each row's title and value words in reading order, to be
// put in columns as one line; `text_lines` each row's other lines of words.
// Rows read across may follow them (`end`).
struct BlockRows {
  size_t end;  // the first line after them
  std::vector<size_t> starts;
  std::vector<std::vector<Token>> values;
  std::vector<std::vector<size_t>> text_lines;
};

// True for a line of title words only ("Common", "Stock", "(Right to Buy)").
bool IsTitleWordsLine(const std::string& line) {
  const std::vector<std::string> words = Words(line);
  return !words.empty() &&
         std::all_of(words.begin(), words.end(), [](const std::string& word) { return IsTitleWord(word); });
}

// True for a line that ends with the ownership form after scraps of marks
// ("a I", "° I"): the last cells of a row read cell by cell.
bool HoldsOwnershipForm(const std::vector<Token>& tokens) {
  if (tokens.empty() || Stripped(tokens.back().text).size() != 1 || !IsLetterOf(tokens.back(), "DI")) return false;
  return std::all_of(tokens.begin(), tokens.end() - 1, [](const Token& token) {
    return token.kind == Kind::kLetter || token.kind == Kind::kJunk || token.kind == Kind::kMarker;
  });
}

// How many dates and amounts a line holds.
size_t CountValues(const std::vector<Token>& tokens) {
  return static_cast<size_t>(std::count_if(tokens.begin(), tokens.end(), [](const Token& token) {
    return token.kind == Kind::kDate || (token.kind == Kind::kNumber && HoldsValues({token}));
  }));
}

// `priced`: the table has a price column between (A) or (D) and the amount
// owned after (Table I of Forms 4 and 5).
std::optional<BlockRows> ReadBlockRows(const std::vector<std::string>& lines,
                                       const std::vector<std::vector<Token>>& tokens, size_t first, size_t end,
                                       bool derivative, bool priced) {
  // Two titles standing alone make the layout; the rows read cell by cell
  // end where, after the last of them, a row is read across (title and
  // values on one line). Table II's titles wrap beside rows read across
  // too: there no line may hold more than three values.
  size_t title_lines = 0, last_title_line = first;
  for (size_t l = first; l < end; ++l) {
    if (IsTitleLine(lines[l])) {
      ++title_lines;
      last_title_line = l;
    }
    if (derivative && CountValues(tokens[l - first]) > 3) return std::nullopt;
  }
  if (title_lines < 2) return std::nullopt;
  for (size_t l = last_title_line + 1; l < end && !derivative; ++l) {
    const std::vector<std::string> words = Words(lines[l]);
    if (!words.empty() && StartsTitle(words.front()) && IsValueLine(tokens[l - first])) {
      end = l;
      break;
    }
  }
  // A number alone between lines of words is a word of the owner's name
  // ("Sequoia Capital U.S. Venture" / "2010" / "Fund, L.P.").
  std::vector<size_t> nonempty;
  for (size_t l = first; l < end; ++l) {
    if (!lines[l].empty()) nonempty.push_back(l);
  }
  const auto is_words = [&](size_t l) { return !HoldsValues(tokens[l - first]) && HasAlpha(lines[l]) && !IsMarkerLine(lines[l]); };
  std::set<size_t> name_numbers;
  for (size_t i = 1; i + 1 < nonempty.size(); ++i) {
    const std::vector<Token>& line_tokens = tokens[nonempty[i] - first];
    const bool plain_number = line_tokens.size() == 1 && line_tokens[0].kind == Kind::kNumber &&
                              !line_tokens[0].number->grouped && !line_tokens[0].number->dollar;
    if (plain_number && is_words(nonempty[i - 1]) && is_words(nonempty[i + 1]) && !IsTitleLine(lines[nonempty[i + 1]])) {
      name_numbers.insert(nonempty[i]);
    }
  }
  // Where a row's reading is: its title, the values after it, (Table II) the
  // underlying security's title and the values after that, the owner's name.
  enum class Phase { kTitle, kValues, kUnderlying, kAfter };
  BlockRows block;
  Phase phase = Phase::kAfter;
  size_t previous = end;  // the nonempty line before
  for (size_t l : nonempty) {
    const size_t line_before = previous;
    previous = l;
    const std::vector<Token>& line_tokens = tokens[l - first];
    const std::vector<std::string> words = Words(lines[l]);
    const bool titled = StartsTitle(words.front()) && (IsTitleLine(lines[l]) || IsValueLine(line_tokens));
    const bool title_words = IsTitleWordsLine(lines[l]) || titled;
    const bool continues = (phase == Phase::kTitle || phase == Phase::kUnderlying) && IsTitleWordsLine(lines[l]);
    const bool underlying = derivative && phase == Phase::kValues && title_words;
    const bool derivative_start = title_words && StartsDerivativeTitle(words.front());
    if (!continues && !underlying && (derivative ? derivative_start && (titled || phase == Phase::kAfter) : titled)) {
      block.starts.push_back(l);
      block.values.emplace_back();
      block.text_lines.emplace_back();
      phase = Phase::kTitle;
    } else if (block.starts.empty()) {
      continue;
    }
    std::vector<Token>& values = block.values.back();
    if (block.starts.back() == l || continues || underlying) {
      values.insert(values.end(), line_tokens.begin(), line_tokens.end());
      if (underlying) phase = Phase::kUnderlying;
      if (!IsTitleWordsLine(lines[l])) phase = phase == Phase::kTitle ? Phase::kValues : Phase::kAfter;
    } else if (name_numbers.count(l) > 0) {
      block.text_lines.back().push_back(l);
      phase = Phase::kAfter;
    } else if (HoldsValues(line_tokens) || HoldsOwnershipForm(line_tokens)) {
      // Values in reading order (words of two letters or more are scraps);
      // the title before them keeps them out of its column. After the
      // owner's name come the amount owned and the ownership form: what
      // stands before the amount there is a scrap of a marker ("a", "@",
      // "(oo)"), in a table with prices the price cell's, which shows no
      // price but its footnote's marker (a distribution's, a gift's).
      const bool after_name = !block.text_lines.back().empty();
      bool leading = true, price_marker = false;
      for (const Token& token : line_tokens) {
        leading = leading && token.kind != Kind::kNumber && token.kind != Kind::kDate &&
                  !(&token == &line_tokens.back() && HoldsOwnershipForm(line_tokens));
        if (after_name && leading) {
          const bool scrap = token.kind == Kind::kJunk || token.kind == Kind::kMarker ||
                             (token.kind != Kind::kNumber && Stripped(token.text).size() <= 2);
          if (priced && scrap && !price_marker && HoldsValues(line_tokens)) {
            price_marker = true;
            Token trace = token;
            trace.kind = Kind::kMarker;
            if (!trace.marker.present) trace.marker = {true, ""};
            values.push_back(std::move(trace));
          }
          continue;
        }
        if (token.kind != Kind::kText || Stripped(token.text).size() <= 1 || LooksLikeCode(token)) values.push_back(token);
      }
      if (phase == Phase::kTitle) phase = Phase::kValues;
      if (phase == Phase::kUnderlying) phase = Phase::kAfter;
    } else if (phase == Phase::kAfter && !block.text_lines.back().empty() && block.text_lines.back().back() == line_before &&
               !MarkersAlone(lines[l]).empty()) {
      // Markers below the owner's name: the name's (TakeMarkersBelow).
      block.text_lines.back().push_back(l);
    } else if (IsMarkerLine(lines[l]) || !HasAlpha(lines[l])) {
      // Markers OCR set apart: no telling which cell they mark.
      if (phase == Phase::kTitle) phase = Phase::kValues;
      if (phase == Phase::kUnderlying) phase = Phase::kAfter;
    } else {
      block.text_lines.back().push_back(l);
      phase = Phase::kAfter;
    }
  }
  if (block.starts.empty()) return std::nullopt;
  block.end = end;
  return block;
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
// Tries one and two digits; the one that repeats `last_marker` (the
// column's marker in the row before) wins, then one that follows it, else
// the shorter ("3002)" after a (2) is 300 and (2), not 30 and "(" read as 0).
void SplitGluedMarker(Token& token, size_t footnote_count, const std::string& last_marker) {
  if (!token.number || !token.marker.number.empty() || (token.number->rest != ")" && token.number->rest != "]")) return;
  const std::string& digits = token.number->digits;
  const size_t point = digits.find('.');
  std::vector<size_t> lengths;
  for (size_t k = 1; k <= 2 && k < digits.size(); ++k) {
    const size_t keep = digits.size() - k;
    if (point != std::string::npos && keep < point + 3) break;  // a price keeps two decimals
    if (point == std::string::npos && token.number->grouped) break;
    const int value = ParseSmallInt(digits.substr(keep));
    if (value >= 1 && static_cast<size_t>(value) <= footnote_count) lengths.push_back(k);
  }
  if (lengths.empty()) return;
  size_t chosen = lengths.front();
  if (!last_marker.empty()) {
    const int last = ParseSmallInt(last_marker);
    int best = 0;
    for (size_t k : lengths) {
      const int value = ParseSmallInt(digits.substr(digits.size() - k));
      const int score = value == last ? 2 : value == last + 1 ? 1 : 0;
      if (score > best) {
        best = score;
        chosen = k;
      }
    }
  }
  token.marker = {true, digits.substr(digits.size() - chosen)};
  token.number->digits = digits.substr(0, digits.size() - chosen);
}

// Reads a price by the footnote that explains it: a weighted average price
// has a footnote giving the range of prices it averages. OCR may glue the
// footnote's marker to the price ("$2,576.1509" for "$2,576.15(9)", the
// parenthesis read as 0) or lose it; the reading whose price lies in the
// range of the footnote its marker names wins, then a price that lies in
// exactly one footnote's range takes that footnote (in several, the first
// after the column's last marker: `last_marker`). `column_decimals`, when
// known, is how many decimals the filer wrote the column's prices with: a
// price read with more had a marker's digits glued on, and that many
// decimals is the one reading, whatever precision the ranges are written in.
// A price OCR read without its dollar sign ("[972.7189]") is one in a price
// column. True when a reading was taken.
bool ReadPriceByFootnote(Token& token, const MarkerDecoder& markers, const std::string& last_marker,
                         std::optional<size_t> column_decimals, bool in_price_column, const std::string& where,
                         std::vector<Warning>& warnings) {
  if (!token.number || !(token.number->dollar || in_price_column)) return false;
  // A marker read whole in its parentheses ("$2,556.7346(2)") leaves no digit in doubt.
  if (!token.marker.number.empty() && token.number->rest == "(" + token.marker.number + ")") return false;
  const std::string digits = token.number->digits;
  const size_t point = digits.find('.');
  if (point == std::string::npos) return false;
  const size_t decimals = digits.size() - point - 1;
  const std::string original = token.text;
  // Readings that drop k glued digits (a marker "n", "nn", "0n"): the first
  // whose price lies in the range of the footnote the digits name, else the
  // first whose price lies in exactly one footnote's range.
  std::optional<size_t> named, alone;
  std::vector<int> alone_footnotes;
  // The one reading a column's precision allows.
  const bool precision_known = column_decimals && decimals >= *column_decimals;
  const size_t precise_drop = precision_known ? decimals - *column_decimals : 0;
  for (size_t k = 0; k <= 3 && decimals >= k + 2; ++k) {
    const std::string price = digits.substr(0, digits.size() - k);
    // Two digits that name the footnote whose range holds the rest tell the
    // split whatever precision the range is written in (one digit names one
    // too often by chance: it must show the range's).
    const std::vector<int> naming = k == 1 ? markers.FootnotesForPrice(ParseDouble(price), decimals - k, false)
                                           : markers.FootnotesHolding(ParseDouble(price));
    std::string glued = digits.substr(digits.size() - k);
    if (glued.size() > 1 && glued[0] == '0') glued.erase(0, 1);
    const std::string marker = k == 0 ? token.marker.number : glued;
    const bool names = !marker.empty() && marker[0] != '0' &&
                       std::find(naming.begin(), naming.end(), ParseSmallInt(marker)) != naming.end();
    if (names && !named && (!precision_known || k >= precise_drop)) named = k;
    if (precision_known && k != precise_drop) continue;
    const std::vector<int> footnotes = precision_known ? markers.FootnotesHolding(ParseDouble(price))
                                                    : markers.FootnotesForPrice(ParseDouble(price), decimals - k, k == 0);
    if (footnotes.empty()) continue;
    // Ranges may overlap (sales on several days): the column's footnotes
    // are numbered in the order of its rows, so the first after its last.
    int only = footnotes.size() == 1 ? footnotes.front() : 0;
    const int last = last_marker.empty() ? 0 : ParseSmallInt(last_marker);
    if (footnotes.size() > 1) {
      for (int footnote : footnotes) {
        if (footnote > last && (only == 0 || footnote < only)) only = footnote;
      }
    }
    if (only > 0 && !alone) {
      alone = k;
      alone_footnotes = {only};
    }
  }
  if (!named && !alone) return false;
  const size_t k = named ? *named : *alone;
  std::string marker;
  if (named) {
    marker = k == 0 ? token.marker.number : digits.substr(digits.size() - k);
    if (marker.size() > 1 && marker[0] == '0') marker.erase(0, 1);
  } else {
    marker = std::to_string(alone_footnotes.front());
  }
  token.number->digits = digits.substr(0, digits.size() - k);
  const bool read = named && k == 0;
  token.marker = {true, marker};
  if (!read) {
    std::string why = ", whose range of prices holds it";
    if (!named && k > 0 && column_decimals) {
      why += "; the column's prices show " + std::to_string(*column_decimals) + " decimals";
    }
    warnings.push_back({"ocr-price-footnote", "info", where,
                        "read '" + original + "' as $" + token.number->digits + " and footnote " + marker + why});
  }
  return true;
}

// True for a column of prices: a conversion or exercise price, a
// derivative's price, or Table I's price after its (A) or (D).
bool IsPriceColumn(const std::vector<Column>& columns, size_t c) {
  return columns[c].heading.find("Price") != std::string_view::npos ||
         (c > 0 && columns[c - 1].role == Role::kAcquiredDisposed);
}

// A marker's opening after a number's digits ("$1,112.135°", "$25.10(3"):
// the digits are the number's own.
bool OpensMarker(std::string_view rest) { return rest.starts_with("°") || rest.starts_with("("); }

// For each amount column, the decimals its filer wrote prices with, when
// most of the column's prices ($0.00 for an award tells nothing) show the
// same number of decimals: "$873.03", "$886.80°%" (the number ends where a
// marker's debris begins) make a column in cents, where "$882.259" had its
// marker's digits glued on. A column with no majority (weighted averages to
// the hundredth of a cent whose trailing zeros the rendering dropped:
// "$2,556.7346", "$2,560.435") or with a price showing more decimals right
// before a marker's opening ("$1,112.135°" among prices in cents) has none.
// `alignments[r]` puts row r's values in columns (AlignTokens).
std::vector<std::optional<size_t>> ColumnPriceDecimals(const std::vector<std::vector<Token>>& row_values,
                                                       const std::vector<std::vector<size_t>>& alignments,
                                                       const std::vector<Column>& columns) {
  std::vector<std::map<size_t, int>> shown(columns.size());  // decimals → prices showing them
  std::vector<size_t> finest_before_marker(columns.size(), 0);
  for (size_t r = 0; r < row_values.size(); ++r) {
    const std::vector<Token>& values = row_values[r];
    const std::vector<size_t>& assigned = alignments[r];
    for (size_t i = 0; i < values.size(); ++i) {
      const Token& token = values[i];
      const size_t c = assigned[i];
      if (columns[c].role != Role::kAmount || token.kind != Kind::kNumber ||
          !(token.number->dollar || IsPriceColumn(columns, c))) {
        continue;
      }
      const std::string& digits = token.number->digits;
      const size_t point = digits.find('.');
      if (point == std::string::npos || ParseDouble(digits) == 0) continue;
      const size_t decimals = digits.size() - point - 1;
      ++shown[c][decimals];
      if (OpensMarker(token.number->rest)) finest_before_marker[c] = std::max(finest_before_marker[c], decimals);
    }
  }
  std::vector<std::optional<size_t>> column_decimals(columns.size());
  for (size_t c = 0; c < columns.size(); ++c) {
    int prices = 0;
    for (const auto& [decimals, count] : shown[c]) prices += count;
    for (const auto& [decimals, count] : shown[c]) {
      if (prices >= 3 && 2 * count > prices && finest_before_marker[c] <= decimals) column_decimals[c] = decimals;
    }
  }
  return column_decimals;
}

struct Cell {
  std::vector<std::pair<size_t, std::string>> parts;  // (line, text)
  std::string text;                                   // the parts joined, marker traces taken off
  MarkerTrace marker;
  bool debris = false;        // a scrap of a marker stood in the cell ("@)", "°")
  bool smeared = false;       // an amount OCR could not read as a number stood in the cell ("4agie")
  std::string markers_below;  // a nature's markers read on a line of their own below it ("(2)(3)")
  // A nature's: the digits of a scrap on the value line ("I 4", "I 9°"),
  // which may be its marker or debris; they tell no marker alone.
  std::string scrap_digits;
};

// True for text OCR could not read: half its words or more are short words
// no one writes or, unless capitals (an abbreviation), have no vowel ("PY gu",
// "Oy sp").
bool IsUnreadable(const std::string& text) {
  static const std::set<std::string> kShortWords = {"by", "of", "to", "in", "at", "an", "on", "as", "or",
                                                    "lp", "co", "ii", "iv", "vi", "&"};
  const std::vector<std::string> words = Words(text);
  if (words.empty()) return true;
  size_t bad = 0;
  for (const std::string& word : words) {
    const std::string letters = Stripped(word);
    std::string lower = letters;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool capitals = std::all_of(letters.begin(), letters.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)); });
    const bool vowel = lower.find_first_of("aeiouy") != std::string::npos;
    bad += (letters.size() <= 2 && kShortWords.count(lower) == 0) || (!vowel && !capitals);
  }
  return bad * 2 >= words.size();
}

// An amount cell's whole number, if it holds one.
std::optional<long long> WholeNumber(const std::string& text) {
  if (text.empty() || text.size() > 15 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::stoll(text);
}

// The amount a transaction of `shares` in `direction` ("A" or "D") leaves
// of `before`; nullopt for another direction.
std::optional<long long> Leaves(long long before, long long shares, const std::string& direction) {
  if (direction == "A") return before + shares;
  if (direction == "D") return before - shares;
  return std::nullopt;
}

// True when row `r` of Table I leaves what the row above it and its own
// shares make: the rows chain there (one security, one ownership form).
bool ChainsFromAbove(const std::vector<std::vector<Cell>>& rows, size_t r, size_t shares_column,
                     size_t direction_column, size_t owned_column) {
  if (r == 0) return false;
  const std::optional<long long> before = WholeNumber(rows[r - 1][owned_column].text);
  const std::optional<long long> shares = WholeNumber(rows[r][shares_column].text);
  const std::optional<long long> owned = WholeNumber(rows[r][owned_column].text);
  return before && shares && owned && Leaves(*before, *shares, rows[r][direction_column].text) == owned;
}

// Shares OCR could not read as a number ("4agie" for 4,491, "51,8912?)",
// "3,492.7" for 3,492(7)) follow from the amounts owned before and after
// row `r`, where the table chains there: the row above leaves what the one
// before it and its own shares make. Digits read must begin them.
void ReadUnreadShares(std::vector<std::vector<Cell>>& rows, size_t r, size_t shares_column, size_t direction_column,
                      size_t owned_column, const std::vector<std::string>& places, std::vector<Warning>& warnings) {
  Cell& shares_cell = rows[r][shares_column];
  const std::optional<long long> before = WholeNumber(rows[r - 1][owned_column].text);
  const std::optional<long long> owned = WholeNumber(rows[r][owned_column].text);
  const bool unread = shares_cell.text.empty() ? shares_cell.smeared : !WholeNumber(shares_cell.text);
  if (!before || !owned || !unread || *owned == *before ||
      !ChainsFromAbove(rows, r - 1, shares_column, direction_column, owned_column)) {
    return;
  }
  const bool added = *owned > *before;
  const std::string& direction = rows[r][direction_column].text;
  if ((direction == "A" || direction == "D") && direction != (added ? "A" : "D")) return;
  const std::string moved = std::to_string(added ? *owned - *before : *before - *owned);
  std::string digits_read;
  for (char c : shares_cell.text) {
    if (c >= '0' && c <= '9') digits_read.push_back(c);
  }
  if (!shares_cell.text.empty() && !digits_read.starts_with(moved)) return;
  warnings.push_back({"ocr-holdings-arithmetic", "info", places[r],
                      "shares unreadable: " + moved +
                          ", the difference between the amounts owned before and after the row"});
  // Digits read past the number are a marker's, glued on; letters smeared
  // may hide one: the column's repeated marker may go there.
  if (digits_read.size() > moved.size()) {
    shares_cell.marker = {true, ""};
  } else {
    shares_cell.debris = true;
  }
  shares_cell.text = moved;
}

// The holdings arithmetic of Table I: a transaction leaves the amount owned
// before it plus (A) or minus (D) its shares. Where OCR glued a footnote
// marker's digits to an amount ("62019" for "6,201(2)"), the reading that
// keeps the arithmetic true is taken, and the digits count as the marker.
void CheckHoldingsArithmetic(std::vector<std::vector<Cell>>& rows, size_t shares_column, size_t direction_column,
                             size_t owned_column, const std::vector<std::string>& places,
                             std::vector<Warning>& warnings) {
  for (size_t r = 1; r < rows.size(); ++r) {
    const std::optional<long long> before = WholeNumber(rows[r - 1][owned_column].text);
    Cell& shares_cell = rows[r][shares_column];
    Cell& owned_cell = rows[r][owned_column];
    const std::string& direction = rows[r][direction_column].text;
    const std::optional<long long> owned = WholeNumber(owned_cell.text);
    Cell& direction_cell = rows[r][direction_column];
    ReadUnreadShares(rows, r, shares_column, direction_column, owned_column, places, warnings);
    const std::optional<long long> shares = WholeNumber(shares_cell.text);
    // An (A) or (D) OCR could not read ("p", "pd") follows from the amounts.
    if (before && shares && owned && *shares > 0 && direction != "A" && direction != "D") {
      const bool added = *before + *shares == *owned, taken = *before - *shares == *owned;
      if (added != taken) {
        std::string message = "(A) or (D) unreadable";
        if (!direction_cell.text.empty()) message += " ('" + direction_cell.text + "')";
        message += added ? ": A, the amount owned after the row being the amount before it plus its shares"
                         : ": D, the amount owned after the row being the amount before it minus its shares";
        warnings.push_back({"ocr-holdings-arithmetic", "info", places[r], message});
        direction_cell.text = added ? "A" : "D";
      }
    }
    if (!before || !shares || !owned || (direction != "A" && direction != "D")) continue;
    const auto holds = [&](long long s, long long o) { return Leaves(*before, s, direction) == o; };
    if (holds(*shares, *owned)) continue;
    const auto trim = [&](Cell& cell, bool is_shares) {
      for (size_t k = 1; k <= 2 && k < cell.text.size(); ++k) {
        const long long trimmed = std::stoll(cell.text.substr(0, cell.text.size() - k));
        if (!(is_shares ? holds(trimmed, *owned) : holds(*shares, trimmed))) continue;
        warnings.push_back({"ocr-holdings-arithmetic", "info", places[r],
                            "read " + cell.text + " as " + std::to_string(trimmed) +
                                " and a footnote marker: the amount owned after the row is the amount before it " +
                                (direction == "A" ? "plus" : "minus") + " its shares"});
        cell.text = std::to_string(trimmed);
        cell.marker = {true, ""};
        return true;
      }
      return false;
    };
    if (!trim(shares_cell, true)) trim(owned_cell, false);
  }
}

// The nature of an indirect ownership is printed on each row it applies to;
// where OCR read one text on several rows ("by Trust"), twice as often as any
// other, rows where it could read none take it. Rows held directly are left alone.
void RepairRepeatedText(std::vector<std::vector<Cell>>& rows, size_t column, size_t form_column,
                        const std::vector<std::string>& places, std::vector<Warning>& warnings) {
  std::map<std::string, size_t> counts;
  for (const std::vector<Cell>& row : rows) {
    if (row[form_column].text != "I") continue;
    if (!row[column].text.empty() && !IsUnreadable(row[column].text)) ++counts[row[column].text];
  }
  const Cell* consensus = nullptr;
  size_t best = 0, second = 0;
  for (const auto& [text, count] : counts) {
    if (count <= best) {
      second = std::max(second, count);
    } else {
      second = best;
      best = count;
      for (const std::vector<Cell>& row : rows) {
        if (row[column].text == text) consensus = &row[column];
      }
    }
  }
  if (consensus == nullptr || best < 2 || best < 2 * second) return;
  const Cell model = *consensus;
  for (size_t r = 0; r < rows.size(); ++r) {
    Cell& cell = rows[r][column];
    if (rows[r][form_column].text != "I" || cell.text == model.text || !IsUnreadable(cell.text)) continue;
    warnings.push_back({"ocr-repeated-value", "info", places[r],
                        "nature of ownership '" + cell.text + "' could not be read; taken as '" + model.text +
                            "', which the other indirect rows show"});
    cell.text = model.text;
    cell.marker = {model.marker.present, ""};
  }
}

// A title or name whose last word carries what OCR left of a marker
// ("Stock”", "Trust?)", "Footnote’"): the trace is taken off the text.
void TakeTextMarker(std::string& text, MarkerTrace& marker) {
  static constexpr std::array<std::string_view, 12> kTraces = {
      "\xE2\x80\x9D", "\xE2\x80\x9C", "\xE2\x80\x99", "\xE2\x80\x98", "\xC2\xB0", "\xC2\xAE",
      "\xC2\xA9",     "\xE2\x84\xA2", "?",              "\"",             "%",          "'"};
  // A lone digit or two among the words is a marker OCR set apart ("by 9 Trust").
  std::string kept;
  for (const std::string& word : Words(text)) {
    const bool digits = word.size() <= 2 && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits && !kept.empty()) {
      marker.present = true;
      continue;
    }
    if (!HasAlnum(word) && word != "&" && word != "-") continue;  // a scrap of a mark: ",", "'"
    AppendWord(kept, word);
  }
  text = kept;
  // A marker garbled after an abbreviation's stop or capitals ("L.P.2aa",
  // "L.P.203014)", "LLC@"): from the first digit or '@' there on, the
  // word's end is the marker's.
  const size_t final_word = text.rfind(' ') == std::string::npos ? 0 : text.rfind(' ') + 1;
  for (size_t i = final_word + 2; i < text.size(); ++i) {
    const char c = text[i], before = text[i - 1];
    if ((std::isdigit(static_cast<unsigned char>(c)) || c == '@') &&
        (before == '.' || std::isupper(static_cast<unsigned char>(before))) &&
        std::isupper(static_cast<unsigned char>(text[final_word]))) {
      marker.present = true;
      if (c != '@') marker.number = std::string(1, c);
      text.erase(i);
      break;
    }
  }
  bool found = true;
  while (found && !text.empty()) {
    found = false;
    // A closing parenthesis none opens: "Trust)", "Fund (Q), L.P.)", not "(right to buy)".
    if (text.back() == ')' && std::count(text.begin(), text.end(), ')') > std::count(text.begin(), text.end(), '(')) {
      text.pop_back();
      marker.present = true;
      found = true;
      continue;
    }
    for (std::string_view trace : kTraces) {
      if (text.size() > trace.size() && text.compare(text.size() - trace.size(), trace.size(), trace) == 0) {
        text.erase(text.size() - trace.size());
        marker.present = true;
        found = true;
      }
    }
  }
  // What a garbled marker left after an owner's name ends ("LLCO", "Lp(a",
  // "L.P.(60"): a digit it begins with is the marker's first number, as above.
  const size_t last_word = text.rfind(' ') == std::string::npos ? 0 : text.rfind(' ') + 1;
  if (const size_t end = OwnerNameEndBeforeDebris(std::string_view(text).substr(last_word)); end > 0) {
    const size_t digit = last_word + end + (text[last_word + end] == '(' ? 1 : 0);
    marker.present = true;
    if (digit < text.size() && text[digit] >= '1' && text[digit] <= '9') marker.number = std::string(1, text[digit]);
    text.erase(last_word + end);
  }
  // A marker's digits glued to the last word ("Trust2)", "L.P.2"): a word
  // of letters does not end in a digit.
  size_t digits = 0;
  while (digits < text.size() && digits < 3 && std::isdigit(static_cast<unsigned char>(text[text.size() - 1 - digits]))) {
    ++digits;
  }
  if (digits >= 1 && digits <= 2 && text.size() > digits + 2) {
    const char before = text[text.size() - 1 - digits];
    const char two_before = text[text.size() - 2 - digits];
    if (std::isalpha(static_cast<unsigned char>(two_before)) &&
        (std::islower(static_cast<unsigned char>(before)) || before == '.')) {
      marker = {true, text.substr(text.size() - digits)};
      text.erase(text.size() - digits);
    }
  }
  text = CollapseWhitespace(text);
}

// Markers on a line of their own right below the line a nature ends on
// ("Growth Fund, L.P." / "(2)(3)") are the nature's: the owner's name
// filled its narrow column and its markers went to the next line.
// `lines_of_row` are the row's lines in order; the nature's words are in
// `nature` already. A marker naming no footnote of the form is two
// consecutive ones whose parentheses between OCR lost ("(67)" for (6)(7),
// rule `ocr-marker-inferred`), else debris, left out.
void TakeMarkersBelow(const std::vector<std::string>& lines, const std::vector<size_t>& lines_of_row,
                      size_t footnote_count, const std::string& where, Cell& nature, std::vector<Warning>& warnings) {
  size_t last_text = lines.size();  // the row's last line of words before the current one
  for (size_t l : lines_of_row) {
    if (lines[l].empty()) continue;
    const std::string markers = MarkersAlone(lines[l]);
    if (markers.empty()) {
      last_text = l;
      continue;
    }
    const bool ends_nature =
        std::any_of(nature.parts.begin(), nature.parts.end(), [&](const auto& part) { return part.first == last_text; }) &&
        std::none_of(nature.parts.begin(), nature.parts.end(), [&](const auto& part) { return part.first > l; });
    if (!ends_nature) continue;
    for (size_t open = markers.find('('); open != std::string::npos; open = markers.find('(', open + 1)) {
      const std::string number = markers.substr(open + 1, markers.find(')', open) - open - 1);
      const int value = ParseSmallInt(number);
      if (value >= 1 && static_cast<size_t>(value) <= footnote_count) {
        nature.markers_below += "(" + number + ")";
        continue;
      }
      const std::string run = FootnoteRun(OcrNumber{number, ""}, footnote_count);
      if (run.empty()) continue;
      warnings.push_back({"ocr-marker-inferred", "info", where, "read '(" + number + ")' as the footnote markers " + run});
      nature.markers_below += run;
    }
  }
}

// A nature read on the lines around the value line ("See" / "Footnote"):
// the value line's markers and scraps in its column are no words of it ("I
// 4)", "I w", "I oo)"); a marker read whole is the nature's. A scrap may be a
// marker or a piece of a word, so it tells no marker.
void DropValueLineScraps(size_t value_line, Cell& nature) {
  const bool wrapped = std::any_of(nature.parts.begin(), nature.parts.end(),
                                   [&](const auto& part) { return part.first != value_line; });
  if (!wrapped) return;
  std::erase_if(nature.parts, [&](const auto& part) {
    if (part.first != value_line) return false;
    const Token token = Classify(part.second);
    if (token.kind == Kind::kMarker) {
      nature.marker = token.marker;
      return true;
    }
    if (!IsMarkScrap(part.second)) return false;
    const std::string& scrap = part.second;
    const size_t digits = static_cast<size_t>(
        std::find_if_not(scrap.begin(), scrap.end(), [](char c) { return c >= '0' && c <= '9'; }) - scrap.begin());
    if (digits > 0 && digits <= 2) nature.scrap_digits = scrap.substr(0, digits);
    return true;
  });
}

// Puts the words of a Table II row's wrapped lines (`row_lines`, the value
// line among them) in its title, underlying title and nature cells, line by
// line from the top (SplitWrappedLine).
void AddWrappedText(const std::vector<std::string>& lines, const std::vector<size_t>& row_lines, size_t value_line,
                    bool indirect, Cell& title, Cell& underlying, Cell& nature) {
  const auto is_text = [&](size_t l) {
    return l == value_line || (!lines[l].empty() && !IsMarkerLine(lines[l]) && MarkersAlone(lines[l]).empty());
  };
  bool title_has_words = false;
  for (size_t i = 0; i < row_lines.size(); ++i) {
    const size_t l = row_lines[i];
    if (l == value_line) {
      title_has_words = title_has_words || !title.parts.empty();
      continue;
    }
    if (!is_text(l)) continue;
    // The first word of the row's next line of text, to tell "Class B" /
    // "Common Class A" (the title's class) from "Class A" / "Restricted".
    std::string next;
    for (size_t j = i + 1; j < row_lines.size() && next.empty(); ++j) {
      if (!is_text(row_lines[j])) continue;
      const std::vector<std::string> words = TextWords(lines[row_lines[j]]);
      if (!words.empty()) next = words.front();
    }
    const std::string_view previous = i > 0 ? std::string_view(lines[row_lines[i - 1]]) : std::string_view();
    for (auto& [cell, word] :
         SplitWrappedLine(TextWords(lines[l], previous), indirect, !title_has_words && GoesOnFromClass(next))) {
      title_has_words = title_has_words || cell == WrappedCell::kTitle;
      Cell& target = cell == WrappedCell::kTitle ? title : cell == WrappedCell::kUnderlying ? underlying : nature;
      target.parts.emplace_back(l, std::move(word));
    }
  }
  // A marker follows a title's last word: one read on the value line of a
  // title that goes on below it (or a scrap of one, "eo)") is the next
  // column's as likely.
  for (Cell* cell : {&title, &underlying}) {
    if (std::none_of(cell->parts.begin(), cell->parts.end(), [&](const auto& part) { return part.first > value_line; })) {
      continue;
    }
    cell->marker = {};
    std::erase_if(cell->parts, [&](const auto& part) {
      return part.first == value_line && (Classify(part.second).kind == Kind::kMarker || IsMarkScrap(part.second));
    });
  }
  DropValueLineScraps(value_line, nature);
}

// Table I's indirect holdings each held by a holder of its own refer to
// consecutive footnotes naming holders, in the order of the rows: where the
// markers OCR read fit one such run (FitHolderRun), the rows whose marker it
// lost or misread take the run's (rule `ocr-holder-order`).
void FitHoldersInOrder(const std::vector<bool>& own_holding, const std::vector<int>& own_read, size_t nature_column,
                       const MarkerDecoder& markers, const std::vector<std::string>& places,
                       std::vector<std::vector<MarkedCell>>& rows, std::vector<Warning>& warnings) {
  std::vector<size_t> run;
  std::vector<int> read;
  for (size_t r = 0; r < rows.size(); ++r) {
    if (!own_holding[r] || nature_column >= rows[r].size()) continue;
    run.push_back(r);
    read.push_back(own_read[r]);
  }
  const std::vector<int> fit = FitHolderRun(read, markers.HolderFootnotes());
  for (size_t j = 0; j < fit.size(); ++j) {
    MarkedCell& cell = rows[run[j]][nature_column];
    std::string wanted = "(";
    wanted += std::to_string(fit[j]);
    wanted += ')';
    if (cell.markers == wanted) continue;
    warnings.push_back({"ocr-holder-order", "info", places[run[j]],
                        "the nature's footnote marker " + (cell.markers.empty() ? std::string("lost") : cell.markers) +
                            " taken as " + wanted +
                            ": the holdings' own footnotes are numbered down the table, as the markers read show"});
    cell.markers = wanted;
  }
}

// A transaction code's footnote (a plan's, a conversion's) is the code's in
// both tables: Table I's codes give it to Table II's rows of the same code
// whose code OCR read with a marker's debris ("cH", "co", "cf)" for C(1)),
// when every row of that code in Table I shows it whole (rule
// `ocr-marker-repeated`).
void ShareCodeMarkers(std::vector<std::vector<MarkedCell>>& rows, const std::vector<Column>& columns,
                      bool non_derivative, const std::vector<std::string>& places, MarkerDecoder& markers,
                      std::vector<Warning>& warnings) {
  const auto code_column = std::find_if(columns.begin(), columns.end(), [](const Column& c) { return c.role == Role::kCode; });
  if (code_column == columns.end()) return;
  const size_t c = static_cast<size_t>(code_column - columns.begin());
  for (size_t r = 0; r < rows.size(); ++r) {
    MarkedCell& code = rows[r][c];
    if (code.value.empty()) continue;
    if (non_derivative) {
      markers.AddCodeMarkers(code.value, code.inferred ? std::string() : code.markers);
      continue;
    }
    const std::string shown = markers.CodeMarkers(code.value);
    if (!code.debris || !code.markers.empty() || shown.empty()) continue;
    code.markers = shown;
    warnings.push_back({"ocr-marker-repeated", "info", places[r],
                        "'" + code.value + "': footnote marker " + shown +
                            " OCR left debris of, taken from Table I's rows of the code, which all show it"});
  }
}

}  // namespace

std::string MarkerDecoder::Decode(const std::string& column, const std::string& read, bool may_infer,
                                  const std::string& where, std::vector<Warning>& warnings, bool nature) {
  ColumnState& state = columns_[column];
  int number = 0;
  if (!read.empty()) {
    number = ParseSmallInt(read);
    if (number < 1 || static_cast<size_t>(number) > footnote_count_) return {};  // digits no footnote number could have
  } else {
    number = state.last;
    if (state.last == 0 || state.increasing) {  // a footnote not referred to before: the first number not yet used
      number = 1;
      while (used_.count(number) > 0) ++number;
    }
    if (number < 1 || static_cast<size_t>(number) > footnote_count_ || !may_infer) return {};
    if (nature && about_holders_.count(number) == 0) return {};
    warnings.push_back({"ocr-marker-inferred", "info", where,
                        "an unreadable footnote marker taken as (" + std::to_string(number) +
                            "): footnotes are numbered in the order the form first refers to them"});
  }
  if (state.last > 0 && number != state.last) state.increasing = number > state.last;
  state.last = number;
  used_.insert(number);
  return std::to_string(number);
}

std::string MarkerDecoder::DecodeOwnFootnote(const std::string& read, bool may_infer, const std::string& where,
                                             std::vector<Warning>& warnings) {
  if (!read.empty()) {
    const int number = ParseSmallInt(read);
    if (number < 1 || static_cast<size_t>(number) > footnote_count_) return {};
    used_.insert(number);
    return std::to_string(number);
  }
  const int highest = used_.empty() ? 0 : *used_.rbegin();
  const auto holder = holders_.upper_bound(highest);
  if (holder == holders_.end() || static_cast<size_t>(*holder) > footnote_count_) return {};
  const int number = *holder;
  used_.insert(number);
  if (!may_infer) return {};
  warnings.push_back({"ocr-marker-inferred", "info", where,
                      "the unreadable footnote marker of 'See Footnote' taken as (" + std::to_string(number) +
                          "): the first footnote naming a holder past those referred to before"});
  return std::to_string(number);
}

void ReadHolderFootnote(int number, std::string_view text, MarkerDecoder& markers) {
  if (NamesHolder(text)) markers.AddHolderFootnote(number);
  if (AboutHolder(text)) markers.AddAboutHolderFootnote(number);
}

std::vector<int> MarkerDecoder::FootnotesForPrice(double price, size_t decimals, bool as_read) const {
  std::vector<int> found;
  for (const PriceRange& range : ranges_) {
    const bool written_alike = decimals == range.decimals || (decimals <= 2 && range.decimals <= 2) ||
                               (as_read && decimals < range.decimals);
    if (range.Holds(price) && written_alike) found.push_back(range.number);
  }
  return found;
}

std::vector<int> MarkerDecoder::FootnotesHolding(double price) const {
  std::vector<int> found;
  for (const PriceRange& range : ranges_) {
    if (range.Holds(price)) found.push_back(range.number);
  }
  return found;
}

namespace {

// A price "$1,234.5678" written at [at, end) of a text: its value and how
// many decimals it shows.
struct WrittenPrice {
  size_t at = 0, end = 0;
  double value = 0;
  size_t decimals = 0;
};

std::optional<WrittenPrice> PriceAt(std::string_view text, size_t at) {
  if (at >= text.size() || text[at] != '$') return std::nullopt;
  std::string digits;
  size_t i = at + 1;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == ',' ||
                             (text[i] == '.' && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1]))))) {
    if (text[i] != ',') digits.push_back(text[i]);
    ++i;
  }
  if (digits.empty() || !std::isdigit(static_cast<unsigned char>(digits[0]))) return std::nullopt;
  const size_t point = digits.find('.');
  return WrittenPrice{at, i, ParseDouble(digits), point == std::string::npos ? 0 : digits.size() - point - 1};
}

// The ranges of prices a footnote writes ("from $25.95 to $26.40").
std::vector<std::pair<WrittenPrice, WrittenPrice>> WrittenRanges(std::string_view text) {
  std::vector<std::pair<WrittenPrice, WrittenPrice>> ranges;
  for (size_t at = text.find('$'); at != std::string_view::npos; at = text.find('$', at + 1)) {
    const std::optional<WrittenPrice> low = PriceAt(text, at);
    if (!low) continue;
    for (std::string_view joint : {" to ", " and ", " - ", " through "}) {
      if (text.substr(low->end, joint.size()) != joint) continue;
      const std::optional<WrittenPrice> high = PriceAt(text, low->end + joint.size());
      if (high && high->value >= low->value) ranges.emplace_back(*low, *high);
    }
  }
  return ranges;
}

}  // namespace

void ReadPriceRanges(int number, std::string_view text, MarkerDecoder& markers) {
  for (const auto& [low, high] : WrittenRanges(text)) {
    markers.AddPriceRange(number, low.value, high.value, std::max(low.decimals, high.decimals));
  }
}

std::optional<std::string> RestoreRangeZero(std::string& note) {
  for (const auto& [low, high] : WrittenRanges(note)) {
    const WrittenPrice& shorter = low.decimals < high.decimals ? low : high;
    const WrittenPrice& longer = low.decimals < high.decimals ? high : low;
    if (shorter.decimals == 0 || longer.decimals != shorter.decimals + 1) continue;
    const std::string_view decimals = std::string_view(note).substr(shorter.end - shorter.decimals, shorter.decimals);
    if (decimals.find_first_not_of('0') != std::string_view::npos) continue;
    std::string read = note.substr(shorter.at, shorter.end - shorter.at);
    note.insert(shorter.end, "0");
    return read;
  }
  return std::nullopt;
}

void AppendOcrTable(const std::vector<std::string>& lines, size_t title, size_t end, OcrTable table,
                    MarkerDecoder& markers, Grid& grid, std::vector<Warning>& warnings) {
  const std::vector<Column>& columns = ColumnsOf(table);
  grid.rows.push_back({{IsNonDerivative(table)
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
  // The headings end with the row of sub-column captions ("Code V Amount
  // (A) or (D) Price", "Code V (A) (D) Exercisable Date Title Shares"):
  // after it, the first line of other words begins the rows, though its words
  // be heading words too ("Stock", "Common").
  size_t first = title + 1;
  bool caption_row_seen = false;
  for (size_t l = title + 1; l < end && l < title + 40; ++l) {
    const std::vector<std::string> words = Words(lines[l]);
    if (words.empty()) continue;
    std::vector<Token> line_tokens;
    for (const std::string& word : words) line_tokens.push_back(Classify(word));
    size_t known = 0;
    for (const std::string& word : words) known += kHeadingWords.count(FoldForm(word)) > 0 || !HasAlnum(word);
    if (known * 2 < words.size() && (caption_row_seen || IsValueLine(line_tokens))) break;
    if (known * 2 >= words.size()) {
      if (caption_row_seen && words.size() <= 2 && FoldForm(words.front()) != "code") break;
      first = l + 1;
      caption_row_seen = caption_row_seen || (FoldForm(words.front()) == "code" && words.size() >= 3);
    }
  }

  // Value lines, and the wrapped text around them.
  std::vector<std::vector<Token>> tokens(end > first ? end - first : 0);
  std::vector<size_t> value_lines;
  for (size_t l = first; l < end; ++l) {
    for (const std::string& word : Words(lines[l])) {
      Token token = Classify(word);
      if (const std::string number = TeenMarkerNumber(word, markers.footnote_count()); !number.empty()) {
        token = {"(" + number + ")", Kind::kMarker, std::nullopt, "", {true, number}};
      }
      tokens[l - first].push_back(std::move(token));
    }
    if (IsValueLine(tokens[l - first])) value_lines.push_back(l);
  }
  // Rows read cell by cell first, where the table has them; then rows read
  // across, one value line each.
  std::optional<BlockRows> block = ReadBlockRows(lines, tokens, first, end, !IsNonDerivative(table),
                                                   table == OcrTable::kForm4NonDerivative ||
                                                       table == OcrTable::kForm5NonDerivative);
  const size_t across_from = block ? block->end : first;
  std::vector<size_t> across;
  for (size_t l : value_lines) {
    if (l >= across_from) across.push_back(l);
  }
  const size_t block_rows = block ? block->starts.size() : 0;
  std::vector<size_t> row_lines = block ? block->starts : std::vector<size_t>();
  std::vector<std::vector<Token>> row_values = block ? std::move(block->values) : std::vector<std::vector<Token>>();
  std::vector<std::vector<size_t>> lines_of_row = block ? std::move(block->text_lines) : std::vector<std::vector<size_t>>();
  if (!across.empty()) {
    // Lines between two value lines belong to the row above until a line
    // that begins a new cell's text ("By ...", "See ...", "Series ..."), not
    // going on with a title of the line before ("Common" / "Stock"), or
    // after a blank line or the end of an owner's name ("Fund, L.P.").
    std::vector<size_t> row_of(end - across_from, 0);
    for (size_t r = 0; r < across.size(); ++r) {
      const size_t from = r == 0 ? across_from : across[r - 1] + 1;
      const size_t to = across[r];
      size_t split = to;
      // An owner's name ended on Table I's value line above: the lines after
      // it but a title's end are the next row's.
      if (r > 0 && IsNonDerivative(table) && EndsOwnerName(lines[from - 1])) {
        split = from;
        while (split < to && !MarkersAlone(lines[split]).empty()) ++split;  // the name's markers below it
        while (split < to && ContinuesTitle(lines[split - 1], lines[split])) ++split;
      }
      for (size_t l = from; l < to && split == to; ++l) {
        if (lines[l].empty()) {
          split = l + 1;
        } else if (BeginsCellText(lines[l]) && !ContinuesTitle(lines[l - 1], lines[l])) {
          split = l;
        } else if (EndsOwnerName(lines[l])) {
          split = l + 1;
          while (split < to && !MarkersAlone(lines[split]).empty()) ++split;  // the name's markers below it
          while (split < to && ContinuesTitle(lines[split - 1], lines[split])) ++split;
        }
      }
      // Else a marker closing a line ends the cell above ("Fund, L.P.", "(2)(3)").
      for (size_t l = to; split == to && l-- > from;) {
        if (!lines[l].empty() && lines[l].back() == ')' && r > 0) split = l + 1;
      }
      for (size_t l = from; l < to; ++l) row_of[l - across_from] = r == 0 || l >= split ? r : r - 1;
      row_of[to - across_from] = r;
    }
    for (size_t l = across.back() + 1; l < end; ++l) row_of[l - across_from] = across.size() - 1;
    lines_of_row.resize(block_rows + across.size());
    for (size_t l = across_from; l < end; ++l) lines_of_row[block_rows + row_of[l - across_from]].push_back(l);
    for (size_t l : across) {
      row_lines.push_back(l);
      row_values.push_back(tokens[l - first]);
    }
  }
  if (row_lines.empty()) {
    grid.rows.push_back({});
    return;
  }

  size_t underlying_column = columns.size(), nature_column = columns.size();
  for (size_t c = 1; c < columns.size(); ++c) {
    if (columns[c].role == Role::kText) (c + 1 == columns.size() ? nature_column : underlying_column) = c;
  }
  std::vector<std::string> last_marker(columns.size());
  std::vector<std::vector<size_t>> alignments;  // each row's values in columns, aligned once
  alignments.reserve(row_values.size());
  for (const std::vector<Token>& values : row_values) alignments.push_back(AlignTokens(values, columns));
  const std::vector<std::optional<size_t>> price_decimals = ColumnPriceDecimals(row_values, alignments, columns);
  std::vector<std::vector<Cell>> rows;
  std::vector<std::string> places;  // "table I row 3", for warnings
  const std::string table_name = IsNonDerivative(table)
                                     ? "table I"
                                     : "table II";
  for (size_t r = 0; r < row_lines.size(); ++r) {
    const size_t value_line = row_lines[r];
    std::vector<Token> values = row_values[r];
    const std::vector<size_t>& assigned = alignments[r];
    std::vector<Cell> cells(columns.size());
    std::string where = table_name;
    where += " row ";
    where += std::to_string(r + 1);
    for (size_t i = 0; i < values.size(); ++i) {
      Token& token = values[i];
      const size_t c = assigned[i];
      Cell& cell = cells[c];
      switch (columns[c].role) {
        case Role::kText:
          if (token.kind != Kind::kJunk) cell.parts.emplace_back(value_line, token.text);
          break;
        case Role::kDate:
        case Role::kExerciseDate: {
          if (token.kind == Kind::kDate) cell.parts.emplace_back(value_line, token.date);
          const bool run_of_markers = token.kind == Kind::kText && ParenthesizedDigits(token.text);
          if (token.kind == Kind::kText && !run_of_markers) cell.parts.emplace_back(value_line, token.text);
          if (columns[c].role == Role::kExerciseDate && run_of_markers) {
            // Markers whose parentheses between them OCR lost ("(3233)" for (32)(33)).
            const std::string read =
                FootnoteRun(OcrNumber{token.text.substr(1, token.text.size() - 2), ")"}, markers.footnote_count());
            if (!read.empty()) {
              warnings.push_back({"ocr-marker-inferred", "info", where,
                                  "read '" + token.text + "' as the footnote markers " + read});
              cell.parts.emplace_back(value_line, read);
            } else {
              cell.debris = true;
            }
          }
          if (columns[c].role == Role::kExerciseDate &&
              (token.kind == Kind::kNumber || (token.kind == Kind::kMarker && !token.marker.number.empty()))) {
            // A date cell of footnotes alone, their parentheses lost ("2627)", "45)").
            const OcrNumber number = token.number ? *token.number : OcrNumber{token.marker.number, ")"};
            const std::string read = FootnoteRun(number, markers.footnote_count());
            if (!read.empty()) {
              warnings.push_back({"ocr-marker-inferred", "info", where,
                                  "read '" + token.text + "' as the footnote markers " + read});
              cell.parts.emplace_back(value_line, read);
              token.marker = {};
            }
          }
          break;
        }
        case Role::kAmount:
          if (token.kind == Kind::kText && std::isdigit(static_cast<unsigned char>(token.text[0]))) cell.smeared = true;
          if (token.kind == Kind::kNumber) {
            if (!ReadPriceByFootnote(token, markers, last_marker[c], price_decimals[c], IsPriceColumn(columns, c), where, warnings)) {
              SplitGluedMarker(token, markers.footnote_count(), last_marker[c]);
            }
            cell.parts.emplace_back(value_line, NumberCell(token));
          }
          break;
        case Role::kCode:
        case Role::kAcquiredDisposed:
        case Role::kDirectIndirect:
        case Role::kV:
          // An ownership form "I" may be read as the number 1.
          if (LooksLikeCode(token) || token.kind == Kind::kLetter ||
              (columns[c].role == Role::kDirectIndirect && token.text == "1")) {
            std::string letter(1, static_cast<char>(std::toupper(static_cast<unsigned char>(Stripped(token.text)[0]))));
            if (columns[c].role == Role::kCode && (letter == "5" || letter == "3")) letter = "S";
            if (columns[c].role == Role::kDirectIndirect && (letter == "1" || letter == "L")) letter = "I";
            // (A) or (D), D or I hold no other letter: one that is none is unread.
            if ((columns[c].role == Role::kAcquiredDisposed && letter != "A" && letter != "D") ||
                (columns[c].role == Role::kDirectIndirect && letter != "D" && letter != "I")) {
              break;
            }
            // "Ss" is the letter read twice, no marker.
            const bool doubled = token.text.size() == 2 && std::tolower(static_cast<unsigned char>(token.text[0])) ==
                                                             std::tolower(static_cast<unsigned char>(token.text[1]));
            if (columns[c].role == Role::kCode && token.text.size() > 1 && !doubled) {
              token.marker = ReadMarkerTrace(std::string_view(token.text).substr(1), false);
            }
            if (letter != token.text && Stripped(token.text) != letter) {
              warnings.push_back({"ocr-letter-read", "info", where, "read '" + token.text + "' as " + letter});
            }
            cell.parts.emplace_back(value_line, letter);
          }
          break;
      }
      if (token.kind == Kind::kMarker || token.kind == Kind::kJunk) {
        if (token.kind == Kind::kMarker) cell.marker = token.marker;
        if (token.kind == Kind::kJunk) cell.debris = true;
      } else if (token.marker.present) {
        cell.marker = token.marker;
      }
      if (!cell.marker.number.empty()) last_marker[c] = cell.marker.number;
    }
    // The wrapped text of the row's other lines: a title, the title of the
    // underlying security (Table II), the name of an indirect owner.
    const std::vector<std::pair<size_t, std::string>>& form = cells[columns.size() - 2].parts;
    const bool indirect = !form.empty() && form.front().second != "D";
    if (r >= block_rows && underlying_column < columns.size()) {
      // A row whose ownership form OCR lost may name an indirect owner.
      AddWrappedText(lines, lines_of_row[r], value_line, form.empty() || indirect, cells[0], cells[underlying_column],
                     cells[nature_column]);
      TakeMarkersBelow(lines, lines_of_row[r], markers.footnote_count(), where, cells[nature_column], warnings);
    } else {
      for (size_t l : lines_of_row[r]) {
        if (l == value_line || lines[l].empty() || IsMarkerLine(lines[l]) || !MarkersAlone(lines[l]).empty()) continue;
        for (const std::string& word : TextWords(lines[l], l > 0 ? std::string_view(lines[l - 1]) : std::string_view())) {
          // A block row's titles are read with its values: the rest is the
          // owner's name; in Table I, an indirect row's words no title is
          // made of are the owner's.
          const bool owner_name = r < block_rows || (indirect && !IsTitleWord(word));
          cells[owner_name ? nature_column : 0].parts.emplace_back(l, word);
        }
      }
      if (r >= block_rows) DropValueLineScraps(value_line, cells[nature_column]);
      if (nature_column < columns.size()) {
        TakeMarkersBelow(lines, lines_of_row[r], markers.footnote_count(), where, cells[nature_column], warnings);
      }
    }
    for (size_t c = 0; c < columns.size(); ++c) {
      Cell& cell = cells[c];
      std::stable_sort(cell.parts.begin(), cell.parts.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
      size_t last_line = 0;
      for (const auto& [line, part] : cell.parts) {
        if (line == last_line) {
          AppendWord(cell.text, part);
        } else {
          AppendWrapped(cell.text, part);  // "Non-" + "Qualified"
        }
        last_line = line;
      }
      if (columns[c].role == Role::kText) TakeTextMarker(cell.text, cell.marker);
      if (!cell.markers_below.empty()) {
        // Markers read whole: what traces the name's last word shows are of them.
        cell.text += cell.markers_below;
        cell.marker = {};
      }
    }
    rows.push_back(std::move(cells));
    places.push_back(where);
  }
  if (nature_column < columns.size()) {
    RepairRepeatedText(rows, nature_column, columns.size() - 2, places, warnings);
  }
  // Table I of Forms 4 and 5 chains its amounts: shares, (A) or (D), price,
  // owned after, from column 4 (5 on Form 4, after its V).
  const bool arithmetic = table == OcrTable::kForm4NonDerivative || table == OcrTable::kForm5NonDerivative;
  const size_t shares_column = table == OcrTable::kForm4NonDerivative ? 5 : 4;
  if (arithmetic) CheckHoldingsArithmetic(rows, shares_column, shares_column + 1, shares_column + 3, places, warnings);
  // Table I's transactions of one holding: a row whose amount owned before
  // is what an earlier row left is that holding's, and so its holder's.
  std::vector<bool> transactions(rows.size(), false);
  std::vector<HoldingStep> steps(rows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    for (size_t c = 0; c < columns.size(); ++c) {
      const Role role = columns[c].role;
      transactions[r] = transactions[r] || ((role == Role::kDate || role == Role::kCode) && !rows[r][c].text.empty());
    }
    if (!arithmetic || !transactions[r]) continue;  // no amounts: continues none, none continues it
    steps[r] = {rows[r][0].text, WholeNumber(rows[r][shares_column].text), rows[r][shares_column + 1].text,
                WholeNumber(rows[r][shares_column + 3].text)};
  }
  const std::vector<std::optional<size_t>> continued = ContinuedHoldings(steps);
  std::vector<HoldingNature> holding_natures(rows.size());
  for (size_t r = 0; r < rows.size() && IsNonDerivative(table) && nature_column < columns.size(); ++r) {
    holding_natures[r] = {rows[r][0].text, rows[r][nature_column].text,
                          !transactions[r] && rows[r][columns.size() - 2].text == "I"};
  }
  const std::vector<bool> shared_natures = SharedHoldingNatures(holding_natures);
  std::vector<std::string> own_numbers(rows.size());  // the footnote of a nature "See Footnote"
  std::vector<int> own_read(rows.size(), 0);           // its number as OCR read it, 0 for none
  std::vector<bool> own_holding(rows.size(), false);   // an indirect holding whose footnote is its own
  std::vector<std::vector<MarkedCell>> marked(rows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    // A transaction row's owner is often the row's before ("See Footnote"
    // naming one footnote on a sale and on the distribution after it): it is
    // given a footnote of its own only when the holdings arithmetic tells
    // the row begins a holding, and the footnote of the row it continues when
    // it tells that.
    const bool transaction = transactions[r];
    bool names_holder = false;  // a marker of the row names a holder's footnote
    for (size_t c = 0; c < columns.size(); ++c) {
      Cell& cell = rows[r][c];
      // An owner named "See Footnote" is named by a footnote: its marker is
      // there though OCR left no trace of it. So is one whose nature other
      // holdings of the security read alike ("By Fund" on each): its own.
      const bool own_footnote = NamesOwnFootnote(cell.text) || (c == nature_column && shared_natures[r]);
      if (cell.marker.present || (own_footnote && IsNonDerivative(table))) {
        // Markers are inferred in Table I's value columns only: a title's
        // trace is as often a quote OCR added, and Table II's few rows give
        // the order of first reference too little to go on.
        // Such an owner's footnote is its own: rows refer to different
        // ones, and no number follows from the others.
        const bool may_infer = c > 0 && IsNonDerivative(table) && !own_footnote;
        // Table I's owners named "See Footnote" mostly each have a footnote
        // not referred to before; Table II's mostly repeat Table I's.
        std::string number;
        if (own_footnote && IsNonDerivative(table) && cell.marker.number.empty() && continued[r] &&
            !own_numbers[*continued[r]].empty()) {
          number = own_numbers[*continued[r]];
          warnings.push_back({"ocr-holding-continued", "info", places[r],
                              "the unreadable footnote marker of 'See Footnote' taken as (" + number +
                                  "), that of " + places[*continued[r]] +
                                  ": the row's amount owned before is what that row left, one holding"});
        } else if (own_footnote && IsNonDerivative(table)) {
          // A row beginning a holding refers to a new holder's footnote, unless
          // one of its markers already names a holder (a footnote on how the
          // holder acquired the shares is on the holder too).
          const bool begins_holding = arithmetic && steps[r].shares && steps[r].owned_after &&
                                      (steps[r].direction == "A" || steps[r].direction == "D") && !continued[r] &&
                                      !names_holder;
          number = markers.DecodeOwnFootnote(cell.marker.number, !transaction || begins_holding, places[r], warnings);
        } else {
          number = markers.Decode(table_name + " column " + std::to_string(c), cell.marker.number, may_infer,
                                  places[r], warnings, c == nature_column);
        }
        if (own_footnote) own_numbers[r] = number;
        if (own_footnote && c == nature_column && !transaction && rows[r][columns.size() - 2].text == "I") {
          own_holding[r] = true;
          if (!cell.marker.number.empty() && !number.empty()) {
            own_read[r] = ParseSmallInt(number);
          } else if (!cell.scrap_digits.empty()) {
            own_read[r] = ParseSmallInt(cell.scrap_digits);  // a reading to weigh, not one to take
          }
        }
        if (!number.empty() && markers.IsHolderFootnote(ParseSmallInt(number))) names_holder = true;
        if (!number.empty()) {
          cell.text += "(";
          cell.text += number;
          cell.text += ")";
        }
      }
      MarkedCell split = SplitMarkers(cell.text);
      split.debris = cell.debris || (cell.marker.present && split.markers.empty());
      DropImpossibleMarkers(split, markers.footnote_count(), columns[c].role == Role::kText);
      // A code's marker inferred from a trace witnesses as one read: a code
      // column's markers are a plan's footnote, one on every row of a code.
      split.inferred = cell.marker.present && cell.marker.number.empty() && !split.markers.empty() &&
                       columns[c].role != Role::kCode;
      marked[r].push_back(std::move(split));
    }
  }
  if (IsNonDerivative(table)) FitHoldersInOrder(own_holding, own_read, nature_column, markers, places, marked, warnings);
  for (size_t r = 0; r < marked.size(); ++r) {
    for (size_t c = 0; c < columns.size(); ++c) {
      if (columns[c].role == Role::kDate || columns[c].role == Role::kExerciseDate || IsPriceColumn(columns, c)) {
        DropHolderMarkers(marked[r][c], markers, places[r], warnings);
      }
    }
  }
  RepeatColumnMarkers(marked, MarkerKeyColumns(columns), places, warnings);
  ShareCodeMarkers(marked, columns, IsNonDerivative(table), places, markers, warnings);
  for (const std::vector<MarkedCell>& cells : marked) {
    GridRow row;
    for (const MarkedCell& cell : cells) row.cells.push_back(cell.value + cell.markers);
    grid.rows.push_back(std::move(row));
  }
  grid.rows.push_back({});
}

}  // namespace form4::internal

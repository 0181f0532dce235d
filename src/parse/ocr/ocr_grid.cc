#include "parse/ocr/ocr_grid.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <map>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "check/calendar.h"
#include "parse/layout/header_rows.h"
#include "parse/layout/text_layout.h"
#include "parse/ocr/ocr_footnote_lines.h"
#include "parse/ocr/ocr_header.h"
#include "parse/ocr/ocr_table.h"
#include "parse/ocr/ocr_text.h"
#include "parse/rendered/lines.h"
#include "parse/rendered/values.h"
#include "util/text.h"

namespace form4::internal {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// The form's fine print below the signatures: it ends the sections above it.
bool IsFinePrint(const std::string& line) {
  for (std::string_view phrase : {"Reminder: Report on a separate line", "If the form is filed by more than one",
                                  "Intentional misstatements or omissions", "Note: File three copies of this Form",
                                  "Persons who respond to the collection"}) {
    if (ContainsPhrase(line.substr(0, std::min<size_t>(line.size(), 60)), phrase.substr(0, 28))) return true;
  }
  return false;
}

bool StartsWithWord(const std::string& line, std::string_view word) {
  const std::vector<std::string> words = Words(line);
  return !words.empty() && FoldForm(words.front()) == FoldForm(word);
}

// Where the form's parts begin in the OCR lines (kNone when absent).
struct Parts {
  char form = 0;  // '3', '4' or '5'
  size_t name_box = kNone;
  size_t table1 = kNone;
  size_t table2 = kNone;
  size_t explanation = kNone;
  size_t remarks = kNone;
  std::vector<size_t> owner_boxes;  // name boxes listed after the tables
  std::vector<size_t> signatures;   // lines of "** Signature of Reporting Person"
};

Parts FindParts(const std::vector<std::string>& lines) {
  Parts parts;
  for (size_t l = 0; l < lines.size(); ++l) {
    const std::string& line = lines[l];
    const std::string folded = FoldForm(line);
    if (parts.form == 0 && l >= 5) {  // below the title lines: the statement's name
      if (ContainsPhrase(line, "ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP", 30)) parts.form = '5';
      else if (ContainsPhrase(line, "INITIAL STATEMENT OF BENEFICIAL OWNERSHIP", 30)) parts.form = '3';
      else if (ContainsPhrase(line, "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP", 30)) parts.form = '4';
    }
    if (parts.form == 0 && l < 5) {  // "SEC Form 4", "FORM 4"
      for (char form : {'3', '4', '5'}) {
        if (folded.find(std::string("form") + form) != std::string::npos) parts.form = form;
      }
    }
    // Table II's title may be garbled past reading; the line under it still names its securities.
    const bool puts_below = l + 1 < lines.size() && ContainsPhrase(lines[l + 1], "(e.g., puts, calls, warrants, options");
    const bool table_title =
        folded.rfind("tabie", 0) == 0 && (folded.find("derivative") != std::string::npos || puts_below);
    if (table_title && folded.find("nonderivative") != std::string::npos) {
      if (parts.table1 == kNone) parts.table1 = l;
    } else if (table_title) {
      if (parts.table2 == kNone) parts.table2 = l;
    } else if (ContainsPhrase(line, "Explanation of Responses")) {
      if (parts.explanation == kNone) parts.explanation = l;
    } else if (StartsWithWord(line, "Remarks:") || folded.rfind("remarks", 0) == 0 || folded == "remark") {
      if (parts.remarks == kNone) parts.remarks = l;
    } else if (ContainsPhrase(line, "Signature of Reporting Person")) {
      parts.signatures.push_back(l);
    } else if (ContainsPhrase(line, "Name and Address of Reporting Person")) {
      if (parts.name_box == kNone) {
        parts.name_box = l;
      } else if (parts.table1 != kNone || parts.table2 != kNone) {
        parts.owner_boxes.push_back(l);
      }
    }
  }
  return parts;
}

// ---------------------------------------------------------------------------
// Header

// The printed words of the header boxes, longest first, removed from a line
// to leave its values.
const std::vector<std::string_view>& HeaderPrintedWords() {
  static const std::vector<std::string_view> kWords = {
      "Individual or Joint/Group Filing (Check Applicable Line)",
      "Form filed by More than One Reporting Person",
      "Date of Original Filed (Month/Day/Year)",
      "If Amendment, Date of Original Filed",
      "If Amendment,",
      "Statement for Issuer's Fiscal Year Ended (Month/Day/Year)",
      "Relationship of Reporting Person(s) to Issuer",
      "Issuer Name and Ticker or Trading Symbol",
      "Date of Earliest Transaction (Month/Day/Year)",
      "Date of Event Requiring Statement",
      "Date of Event Requiring",
      "Individual or Joint/Group Filing (Check",
      "Applicable Line)",
      "Name and Address of Reporting Person",
      "Form filed by One Reporting Person",
      "Form filed by More than One Reporting",
      "(Check Applicable Line)",
      "(Check all applicable)",
      "(Last) (First) (Middle)",
      "Officer (give title",
      "Other (specify",
      "(Month/Day/Year)",
      "(City) (State) (Zip)",
      "(Last) (First)",
      "10% Owner",
      "Director",
      "(Street)",
      "(Middle)",
      "(First)",
      "(Last)",
      "Statement",  // box 2 of Form 3, "Date of Event Requiring Statement", wrapped
      "(State)",
      "(City)",
      "(Zip)",
      "below)",
  };
  return kWords;
}

// `line` with the header's printed words taken out (and box numbers, stray
// marks): what the filer wrote on it.
std::string Values(const std::string& line) {
  std::string rest = line;
  for (std::string_view phrase : HeaderPrintedWords()) {
    for (int guard = 0; guard < 3; ++guard) {
      const std::optional<PhraseSpan> span = FindPhrase(rest, phrase, phrase.size() < 10 ? 100 : 8);
      if (!span) break;
      // Whole words only, with the punctuation around them ("(Street)").
      size_t begin = span->begin, end = span->end;
      const auto is_word = [&](size_t i) { return std::isalnum(static_cast<unsigned char>(rest[i])) != 0; };
      while (begin > 0 && rest[begin - 1] != ' ' && !is_word(begin - 1)) --begin;
      while (end < rest.size() && rest[end] != ' ' && !is_word(end)) ++end;
      if ((begin > 0 && rest[begin - 1] != ' ') || (end < rest.size() && rest[end] != ' ')) break;
      // A one-word caption in parentheses keeps one ("(Street)"): the bare
      // word is a value ("400 MILL STREET").
      const bool caption = phrase.size() < 10 && phrase.front() == '(';
      if (caption && rest.find_first_of("()", begin) >= end) break;
      // A box number read with a comma ("4, If Amendment") goes with its label.
      if (begin >= 3 && rest[begin - 1] == ' ' && rest[begin - 2] == ',' &&
          std::isdigit(static_cast<unsigned char>(rest[begin - 3])) && (begin == 3 || rest[begin - 4] == ' ')) {
        begin -= 3;
      }
      std::string next(rest, 0, begin);
      next.push_back(' ');
      next.append(rest, end, std::string::npos);
      rest.swap(next);
    }
  }
  std::string out;
  const std::vector<std::string> words = Words(rest);
  for (size_t w = 0; w < words.size(); ++w) {
    const std::string& word = words[w];
    const bool box_number = word.size() <= 3 && std::isdigit(static_cast<unsigned char>(word[0])) && word.back() == '.';
    // "™" is a mark, or the State box's TX read so when a ZIP follows ("AUSTIN ™ 78725").
    const bool state_mark = word.rfind("\u2122", 0) == 0 && w + 1 < words.size() &&
                            std::isdigit(static_cast<unsigned char>(words[w + 1][0]));
    if (box_number || word == "*" || word == "”" || (word == "™" && !state_mark)) continue;
    AppendWord(out, word);
  }
  return out;
}

bool IsMark(std::string_view word) {
  return word == "X" || word == "x" || word == "xX" || word == "Xx" || word == "X)" || word == "(X)";
}

struct Header {
  NameAndAddress owner;
  std::string issuer;  // "NAME [ TICKER ]"
  std::string period_label = "Date of Earliest Transaction (Month/Day/Year)";
  std::string period;
  std::string period_scraps;  // the digits OCR left of a period it could not read
  std::set<std::string> dates;  // every date read whole in the header
  std::string amendment;
  Relationship relationship;
  bool has_plan_box = false;
  bool plan = false;
  bool section16 = false;
  bool state_from_zip = false;  // the State box was a scrap its ZIP decided
  std::string name_completed_from;  // the name's last word as OCR cut it
};

// True when `text` holds a word of three letters or more: a name does, the
// scraps OCR makes of box edges and marks ("A", "Pp 1g") do not.
bool HasNameWord(std::string_view text) {
  size_t run = 0;
  for (char c : text) {
    run = std::isalpha(static_cast<unsigned char>(c)) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

// True when `line` holds the one-word caption `caption` ("(Street)") with a
// parenthesis left: the bare word may be a value ("400 MILL STREET").
bool HasCaption(const std::string& line, std::string_view caption) {
  const std::string target = FoldForm(caption);
  for (const std::string& word : Words(line)) {
    if (word.find_first_of("()") != std::string::npos && FoldForm(word) == target) return true;
  }
  return false;
}

std::optional<size_t> FindLine(const std::vector<std::string>& lines, size_t begin, size_t end,
                               std::string_view phrase) {
  for (size_t l = begin; l < end; ++l) {
    if (ContainsPhrase(lines[l], phrase)) return l;
  }
  return std::nullopt;
}

std::pair<size_t, size_t> SignatureLines(const std::vector<std::string>& lines, size_t label, size_t floor);

// The words of the signature blocks, as written.
std::vector<std::string> SignatureWords(const std::vector<std::string>& lines, const Parts& parts) {
  std::vector<std::string> words;
  for (size_t label : parts.signatures) {
    const auto [first, last] = SignatureLines(lines, label, 0);
    for (size_t l = first; l < last; ++l) {
      for (std::string& word : Words(lines[l])) words.push_back(std::move(word));
    }
  }
  return words;
}

// The words of a reporting person's name that the filing shows again, in the
// signatures or the owner boxes below the tables: they tell the name from the
// issuer's name when OCR put both on one line.
std::set<std::string> NamedWords(const std::vector<std::string>& lines, const Parts& parts) {
  std::set<std::string> words;
  for (const std::string& word : SignatureWords(lines, parts)) words.insert(FoldForm(word));
  for (size_t box : parts.owner_boxes) {
    for (size_t l = box + 1; l < box + 3 && l < lines.size(); ++l) {
      for (const std::string& word : Words(lines[l])) words.insert(FoldForm(word));
    }
  }
  return words;
}

// The word of `signed_words` that `cut` is the beginning of, OCR having lost
// its last letters at the box's edge ("Kathle" for the "Kathleen" the
// signature writes), in `cut`'s case; "" unless exactly one word, of one to
// three letters more, fits.
std::string CompletedWord(const std::string& cut, const std::vector<std::string>& signed_words) {
  constexpr size_t kMostLost = 3;
  const std::string folded = FoldForm(cut);
  if (folded.size() < 2 || folded.size() != cut.size()) return {};
  std::set<std::string> found;
  for (const std::string& word : signed_words) {
    std::string letters = word;
    while (!letters.empty() && !std::isalpha(static_cast<unsigned char>(letters.back()))) letters.pop_back();
    const bool all_letters =
        std::all_of(letters.begin(), letters.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    if (!all_letters || letters.size() <= cut.size() || letters.size() > cut.size() + kMostLost) continue;
    if (FoldForm(letters).rfind(folded, 0) != 0) continue;
    const bool capitals =
        std::none_of(cut.begin(), cut.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    if (capitals) {
      for (char& c : letters) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    found.insert(cut + letters.substr(cut.size()));
  }
  return found.size() == 1 ? *found.begin() : std::string();
}

std::string StrippedText(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(c);
  }
  return out;
}

// Splits "WILLIAMS JEFFREY E APPLE INC" into the reporting person's name and
// the issuer's: the longest run of leading words the filing names again
// below the tables; else two words (three with a middle initial).
size_t NameLength(const std::vector<std::string>& words, const std::set<std::string>& named) {
  size_t k = 0;
  const auto is_named = [&](size_t w) { return named.count(FoldForm(words[w])) > 0; };
  // An initial counts when a named word follows it ("Pate R. Hewitt").
  while (k + 1 < words.size() && is_named(k) &&
         (FoldForm(words[k]).size() > 1 || (k + 2 < words.size() && is_named(k + 1)))) {
    ++k;
  }
  if (k >= 1 && k + 1 < words.size() && StrippedText(words[k]).size() == 1) ++k;  // a middle initial
  if (k >= 2) return k;
  k = std::min<size_t>(2, words.size() > 1 ? words.size() - 1 : 0);
  if (k + 1 < words.size() && StrippedText(words[k]).size() == 1) ++k;
  return k;
}

// A word of three letters or more not written in capitals ("Affairs,"):
// no word of an address EDGAR prints.
bool IsTitleCaseWord(std::string_view word) {
  size_t letters = 0, lower = 0;
  for (char c : word) {
    letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
    lower += std::islower(static_cast<unsigned char>(c)) != 0;
  }
  return letters >= 3 && lower > 0 && std::isupper(static_cast<unsigned char>(word.front()));
}

// True when `word` is a word of titles, or such words joined by hyphens ("Co-CEO").
bool IsTitleWord(const std::string& word, const std::set<std::string>& title_words) {
  if (title_words.count(FoldForm(word)) > 0) return true;
  const size_t hyphen = word.find('-');
  if (hyphen == std::string::npos || hyphen == 0 || hyphen + 1 == word.size()) return false;
  const std::string head = FoldForm(word.substr(0, hyphen));
  return (head == "co" || title_words.count(head) > 0) && IsTitleWord(word.substr(hyphen + 1), title_words);
}

// Takes the words of an officer title off the end of a street line ("C/O
// TESLA, INC. CEO"): titles use a small vocabulary; stray marks go too.
// When `continuing` a title begun on the line above, a line of one word is
// the title's too, and so are words not written in capitals ("1600
// AMPHITHEATRE PKWY Global"): EDGAR prints addresses in capitals.
std::string TakeTrailingTitle(std::string& line, bool continuing) {
  static const std::set<std::string> kTitleWords = [] {
    std::set<std::string> words;
    for (std::string_view word :
         {"CEO", "CFO", "COO", "CTO", "CAO", "CIO", "CLO", "CCO", "President", "Chief", "Executive", "Officer",
          "Financial", "Operating", "Technology", "Accounting", "Legal", "Information", "SVP", "EVP", "VP", "GC",
          "Secretary", "General", "Counsel", "Treasurer", "Chairman", "Chair", "Vice", "Senior", "Controller", "and",
          "of", "the", "Board", "Principal", "Human", "Resources", "Marketing", "Sales", "Director"}) {
      words.insert(FoldForm(word));
    }
    return words;
  }();
  std::vector<std::string> words = Words(line);
  // A line of "and" alone joins two lines of a title ("SVP, GC" / "and" / "Secretary");
  // a word alone below a title's line goes on with it ("Co-CEO" / "CIB").
  const bool word_alone = words.size() == 1 && FoldForm(words[0]).size() > 1;
  if (word_alone && (FoldForm(words[0]) == "and" || words[0] == "&" || continuing)) {
    line.clear();
    return words[0];
  }
  std::vector<std::string> title;
  while (!words.empty()) {
    const std::string folded = FoldForm(words.back());
    const bool junk = folded.empty() || (folded.size() == 1 && !std::isdigit(static_cast<unsigned char>(folded[0]))) ||
                      IsMark(words.back());
    if (junk) {
      words.pop_back();
    } else if ((IsTitleWord(words.back(), kTitleWords) && (words.size() > 1 || continuing)) ||
               (continuing && IsTitleCaseWord(words.back()))) {
      title.insert(title.begin(), words.back());
      words.pop_back();
    } else {
      break;
    }
  }
  // A title begins with neither; on a line that continues one, "and" joins its lines.
  while (!title.empty() && !continuing && (FoldForm(title.front()) == "and" || FoldForm(title.front()) == "of")) {
    words.push_back(title.front());
    title.erase(title.begin());
  }
  line.clear();
  for (const std::string& word : words) AppendWord(line, word);
  // Titles' abbreviations are written in capitals; OCR lowers some ("vP", "coo").
  // (Folded: "cio" stands for CIO and CLO alike.)
  static const std::set<std::string> kAbbreviations = {"ceo", "cfo", "coo", "cto", "cao", "cio",
                                                       "cco", "svp", "evp", "vp", "gc"};
  std::string out;
  for (std::string word : title) {
    if (kAbbreviations.count(FoldForm(word)) > 0 && FoldForm(word).size() == word.size()) {
      for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    AppendWord(out, word);
  }
  return out;
}

// The two-letter code of a US state, with the letters OCR reads as digits
// repaired ("1X" for TX, "C4" for CA); "" when none fits.
std::string StateCode(std::string_view word) {
  if (word.size() != 2) return {};
  std::string code(word);
  if (IsStateCode(code)) return code;
  static const std::map<char, std::string> kAlike = {{'1', "TIL"}, {'4', "A"}, {'0', "OD"}, {'5', "S"},
                                                     {'8', "B"},   {'2', "Z"}, {'6', "G"},  {'7', "T"}};
  std::vector<std::string> found;
  for (size_t i = 0; i < 2; ++i) {
    const auto alike = kAlike.find(code[i]);
    if (alike == kAlike.end()) continue;
    for (char letter : alike->second) {
      std::string candidate = code;
      candidate[i] = letter;
      if (IsStateCode(candidate)) found.push_back(candidate);
    }
  }
  return found.size() == 1 ? found.front() : std::string();
}

// True when a word of `text` after its first is a ZIP code (five digits, O read for 0).
bool HasZip(const std::string& text) {
  const std::vector<std::string> words = Words(text);
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string& word = words[i];
    const auto zip_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == 'O'; };
    if (word.size() >= 5 && std::all_of(word.begin(), word.begin() + 5, zip_digit)) {
      return true;
    }
  }
  return false;
}

// True when `text` is words in capitals alone, of two letters or more ("FRANCISCO").
bool IsCapitalWords(const std::string& text) {
  const std::vector<std::string> words = Words(text);
  return !words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& word) {
    return word.size() >= 2 &&
           std::all_of(word.begin(), word.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  });
}

// The ZIP code ("78725", "98108-1226") that begins the last line of text
// above a "(Zip)" caption standing alone (two lines at most above it), where
// OCR read the ZIP apart from the city; "" when there is none.
std::string ZipOverCaption(const std::vector<std::string>& lines, size_t begin, size_t end) {
  for (size_t l = begin; l < end; ++l) {
    if (FoldForm(lines[l]) != "zip" || lines[l].find('(') == std::string::npos) continue;
    for (size_t above = l; above-- > begin && above + 3 >= l;) {
      if (lines[above].empty()) continue;
      const std::string word = Words(lines[above]).front();
      const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
      const bool five = word.size() >= 5 && std::all_of(word.begin(), word.begin() + 5, digit);
      const bool plus_four = word.size() == 10 && word[5] == '-' && std::all_of(word.begin() + 6, word.end(), digit);
      if (five && (word.size() == 5 || plus_four)) return word;
      break;
    }
  }
  return {};
}

// "MENLO PARK CA 94025 X Form filed ..." -> city, state and ZIP: the line
// ends with the ZIP; a two-letter state stands before it.
// `state_from_zip` tells that the state was a scrap the ZIP decided.
std::array<std::string, 3> ReadCityLine(const std::string& text, bool& state_from_zip) {
  std::vector<std::string> words = Words(text);
  size_t zip = words.size();
  for (size_t i = 0; i < words.size() && zip == words.size(); ++i) {
    std::string digits;
    for (char c : words[i]) digits.push_back(c == 'O' || c == 'o' ? '0' : c);
    const bool five = digits.size() >= 5 && std::all_of(digits.begin(), digits.begin() + 5, [](char c) { return c >= '0' && c <= '9'; });
    if (five && i > 0) {
      zip = i;
      words[i] = digits.substr(0, digits.size() >= 10 && digits[5] == '-' ? 10 : 5);
    }
  }
  std::array<std::string, 3> parts;
  if (zip == words.size()) {
    const CityStateZip split = SplitCityStateZip(text);
    return {split.city.value_or(""), split.state.value_or(""), split.zip.value_or("")};
  }
  parts[2] = words[zip];
  size_t city_end = zip;
  if (zip > 1) {
    std::string state = StateCode(StrippedText(words[zip - 1]));
    if (state.empty()) {
      state = StateFromScrap(words[zip - 1], parts[2]);
      state_from_zip = !state.empty();
    }
    if (!state.empty()) {
      parts[1] = state;
      city_end = zip - 1;
    }
  }
  for (size_t i = 0; i < city_end; ++i) {
    std::string word = words[i];
    // A comma after the city is the filer's ("TAMPA, FL"); other marks are OCR's.
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.back())) &&
           !(word.back() == ',' && i + 1 == city_end && word.size() > 2)) {
      word.pop_back();
    }
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.front()))) word.erase(word.begin());
    if (word.size() <= 1 && i == 0) continue;  // a stray mark before the city
    AppendWord(parts[0], word);
  }
  return parts;
}

Header ReadHeader(const std::vector<std::string>& lines, const Parts& parts, size_t end) {
  Header header;
  const size_t begin = parts.name_box == kNone ? 0 : parts.name_box;
  // The check boxes above the boxes.
  size_t plan_caption = kNone;
  for (size_t l = 0; l < begin; ++l) {
    const std::vector<std::string> words = Words(lines[l]);
    const bool marked = !words.empty() && (IsMark(words.front()) || words.front() == "Bl");
    if (ContainsPhrase(lines[l], "Check this box to indicate that a")) {
      header.has_plan_box = true;
      plan_caption = l;
    }
    // The box's mark stands before its caption's lines, or right above the name box.
    constexpr size_t kPlanCaptionLines = 7;
    const bool in_caption = plan_caption != kNone && l < plan_caption + kPlanCaptionLines;
    if (marked && (l + 8 > begin || in_caption)) header.plan = header.plan || header.has_plan_box;
    if (marked && ContainsPhrase(lines[l], "Section 16. Form 4 or Form 5")) header.section16 = true;
  }
  std::vector<std::string> values(end, "");
  for (size_t l = begin; l < end; ++l) values[l] = Values(lines[l]);

  // Issuer: the value with "[ TICKER ]"; the reporting person's name comes first.
  const std::set<std::string> named = NamedWords(lines, parts);
  size_t name_line = kNone;
  for (size_t l = begin + 1; l < end && name_line == kNone; ++l) {
    if (HasNameWord(values[l])) name_line = l;
  }
  // The issuer's line may come first: the name is then on a line below
  // whose first word the filing names again ("Tesla, Inc. [ TSLA ]" over
  // "Musk Elon x Director").
  if (name_line != kNone && values[name_line].find('[') != std::string::npos &&
      named.count(FoldForm(Words(values[name_line]).front())) == 0) {
    for (size_t l = name_line + 1; l < end && l <= name_line + 3; ++l) {
      const std::vector<std::string> words = Words(values[l]);
      if (words.size() < 2 || named.count(FoldForm(words.front())) == 0 || !HasNameWord(words.front())) continue;
      for (const std::string& word : words) {
        if (word.front() == '[') break;  // the ticker OCR repeated beside the name
        if (!IsMark(word)) AppendWord(header.owner.name, word);
      }
      break;
    }
  }
  for (size_t l = begin; l < end; ++l) {
    const size_t open = values[l].find('[');
    // The closing bracket OCR lost ends the line ("23andMe Holding Co. [ ME").
    const size_t close = std::min(values[l].find(']', open), values[l].size());
    if (open == std::string::npos) continue;
    std::string issuer = values[l].substr(0, open);
    if (l == name_line && !header.owner.name.empty()) name_line = kNone;  // the issuer's line alone
    if (l == name_line) {
      const std::vector<std::string> words = Words(issuer);
      const size_t k = NameLength(words, named);
      std::string name;
      for (size_t w = 0; w < words.size(); ++w) AppendWord(w < k ? name : header.issuer, words[w]);
      header.owner.name = name;
      issuer = header.issuer;
      header.issuer.clear();
    } else if (name_line != kNone && header.owner.name.empty() && name_line < l && l <= name_line + 2 &&
               ContainsPhrase(lines[name_line], "(Check all applicable)")) {
      // The line read across boxes 1, 2 and 5 holds the issuer's first words too
      // ("Chuang Tzu-Sou TAIWAN SEMICONDUCTOR (Check all applicable)" over
      // "MANUFACTURING CO LTD [ TSM ]").
      const std::vector<std::string> words = Words(values[name_line]);
      const size_t k = NameLength(words, named);
      std::string first_words;
      for (size_t w = 0; w < words.size(); ++w) AppendWord(w < k ? header.owner.name : first_words, words[w]);
      if (!first_words.empty()) issuer = first_words + " " + issuer;
    }
    // A name wrapped in its box ("TAIWAN SEMICONDUCTOR" over "MANUFACTURING CO LTD [ TSM ]"),
    // the box read alone: the lines in capitals between its label and the ticker's line.
    if (const std::optional<size_t> label = FindLine(lines, begin, l, "Issuer Name and Ticker or Trading Symbol");
        label && values[*label].empty() && l != name_line) {
      std::string above;
      bool capitals = true;
      for (size_t k = *label + 1; k < l; ++k) {
        if (values[k].empty()) continue;
        capitals = capitals && IsCapitalWords(values[k]);
        AppendWord(above, values[k]);
      }
      if (capitals && !above.empty()) issuer = above + " " + issuer;
    }
    std::string ticker = StrippedText(values[l].substr(open + 1, close - open - 1));
    for (char& c : ticker) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    // A lone lower-case letter before the name is a box edge's scrap ("i Reinvent ...").
    issuer = CollapseWhitespace(issuer);
    if (issuer.size() > 2 && std::islower(static_cast<unsigned char>(issuer[0])) && issuer[1] == ' ') {
      issuer.erase(0, 2);
    }
    header.issuer = issuer + " [ " + ticker + " ]";
    break;
  }
  if (header.owner.name.empty() && name_line != kNone) header.owner.name = values[name_line];
  // The name's last word cut at the box's edge, completed from the signature block.
  if (std::vector<std::string> words = Words(header.owner.name);
      words.size() >= 2 && named.count(FoldForm(words.back())) == 0) {
    if (std::string whole = CompletedWord(words.back(), SignatureWords(lines, parts)); !whole.empty()) {
      header.name_completed_from = words.back();
      words.back() = whole;
      header.owner.name.clear();
      for (const std::string& word : words) AppendWord(header.owner.name, word);
    }
  }

  // Dates: the period under its label, the original filing's under "If Amendment".
  std::optional<size_t> period_label = FindLine(lines, begin, end, "Date of Earliest Transaction");
  // OCR may cut the label over the date it frames ("Date of Earliest Tr tion").
  if (!period_label) period_label = FindLine(lines, begin, end, "3. Date of Earliest");
  const std::optional<size_t> event_label = FindLine(lines, begin, end, "Date of Event Requiring");
  const std::optional<size_t> fiscal_label = FindLine(lines, begin, end, "Statement for Issuer's Fiscal Year");
  const std::optional<size_t> amendment_label = FindLine(lines, begin, end, "If Amendment, Date of Original");
  if (event_label) header.period_label = "Date of Event Requiring Statement (Month/Day/Year)";
  if (fiscal_label) header.period_label = "Statement for Issuer's Fiscal Year Ended (Month/Day/Year)";
  const size_t period_from = period_label ? *period_label : event_label ? *event_label : fiscal_label ? *fiscal_label : begin;
  const size_t period_to = amendment_label && *amendment_label > period_from ? *amendment_label : end;
  // On the amendment label's line, what stands before the label is the period box's.
  const auto amendment_at = [&](size_t l) -> size_t {
    if (!amendment_label || l != *amendment_label) return 0;
    const std::optional<PhraseSpan> span = FindPhrase(lines[l], "If Amendment, Date of Original");
    return span ? span->begin : 0;
  };
  for (size_t l = period_from; l <= period_to && l < end && header.period.empty(); ++l) {
    const size_t cut = amendment_at(l);
    if (l == period_to && cut == 0) break;
    for (const std::string& word : Words(l == period_to ? lines[l].substr(0, cut) : lines[l])) {
      if (std::optional<std::string> date = ReadOcrDate(word)) {
        header.period = *date;
        break;
      }
    }
  }
  // Read in column order, the box's date may stand above its label ("12/31/2021"
  // over "2. Date of Event Requiring"), with only blank lines or captions between.
  const size_t label = period_label ? *period_label : event_label ? *event_label : fiscal_label ? *fiscal_label : begin;
  for (size_t l = label; header.period.empty() && l-- > begin && l + 4 >= label;) {
    const std::vector<std::string> words = Words(lines[l]);
    if (words.size() == 1 && ReadOcrDate(words[0])) header.period = *ReadOcrDate(words[0]);
    if (!values[l].empty()) break;
  }
  for (size_t l = begin; l < end; ++l) {
    for (const std::string& word : Words(lines[l])) {
      if (std::optional<std::string> date = ReadOcrDate(word)) header.dates.insert(*date);
    }
  }
  for (size_t l = period_from; header.period.empty() && (period_label || event_label || fiscal_label) &&
                              l < period_to && l < period_from + 3 && header.period_scraps.empty();
       ++l) {
    if (std::string digits = DateScrapDigits(values[l]); DigitsFitDate(digits, digits)) header.period_scraps = digits;
  }
  if (amendment_label) {
    for (size_t l = *amendment_label; l < end && l < *amendment_label + 3 && header.amendment.empty(); ++l) {
      for (const std::string& word : Words(std::string_view(lines[l]).substr(amendment_at(l)))) {
        std::optional<std::string> date = ReadOcrDate(word);
        if (date && *date != header.period) header.amendment = *date;
      }
    }
  }

  // Streets between (Last) and (Street). OCR may have put the officer title
  // written in box 5 on the same lines, after the street.
  std::string title;
  std::optional<size_t> last = FindLine(lines, begin, end, "(Last) (First)");
  for (size_t l = begin; l < end && !last; ++l) {
    if (HasCaption(lines[l], "(Last)")) last = l;  // "(Last) (Middle)", "(First)" below
  }
  std::optional<size_t> street;
  for (size_t l = begin; l < end && !street; ++l) {
    if (HasCaption(lines[l], "(Street)")) street = l;
  }
  // Without the name's captions above the street's (OCR may read them further
  // down, "(Last) (First) (Middle) 11/11/2021"), the streets follow the name's line.
  if (last && street && *last > *street) last.reset();
  for (size_t l = begin + 1; !last && street && !header.owner.name.empty() && l < *street; ++l) {
    if (values[l].rfind(header.owner.name, 0) == 0) last = l;
  }
  // The streets follow this line (kNone: not found).
  const size_t streets_after = last.value_or(kNone);
  // Without a (Street) caption the streets end at box 4's label, the city
  // line being the last value above (City) (State) (Zip).
  const std::optional<size_t> city_caption =
      FindLine(lines, streets_after != kNone ? streets_after : begin, end, "(City) (State)");
  std::optional<size_t> streets_end = street;
  std::optional<size_t> city_line;
  if (streets_after != kNone && !street && city_caption) {
    streets_end = FindLine(lines, streets_after, *city_caption, "If Amendment, Date of Original");
    for (size_t l = *city_caption; l-- > streets_after + 1 && !city_line;) {
      if (!values[l].empty()) city_line = l;
    }
    if (!streets_end || (city_line && *city_line < *streets_end)) streets_end = city_line;
  }
  if (streets_after != kNone && streets_end && *streets_end > streets_after) {
    for (size_t l = streets_after + 1; l < *streets_end; ++l) {
      if (values[l].empty() || values[l].find('[') != std::string::npos || ReadOcrDatePrefix(values[l])) continue;
      std::string rest = values[l];
      AppendWord(title, TakeTrailingTitle(rest, !title.empty()));
      // A word in capitals alone ends the street above, wrapped in its box
      // ("C/O MITHRIL CAPITAL MANAGEMENT" over "LLC").
      if (!header.owner.streets.empty() && Words(rest).size() == 1 && IsCapitalWords(rest)) {
        AppendWord(header.owner.streets.back(), rest);
      } else if (!rest.empty()) {
        header.owner.streets.push_back(rest);
      }
    }
  }
  // The title's last line may stand beside the (Street) caption ("(Street) Officer"),
  // when no other words share that line.
  if (street && !title.empty() && Words(values[*street]).size() + 1 == Words(lines[*street]).size()) {
    std::string rest = values[*street];
    const std::string more = TakeTrailingTitle(rest, true);
    if (rest.empty()) AppendWord(title, more);  // the title's words alone
  }
  // City, state and ZIP after (Street): what follows the ZIP is other boxes' text.
  if (city_line && *city_line >= *streets_end) {
    header.owner.city_state_zip = ReadCityLine(values[*city_line], header.state_from_zip);
    header.owner.has_city_line = true;
  } else if (street) {
    const std::optional<size_t> city = FindLine(lines, *street, end, "(City) (State)");
    std::string joined;
    std::vector<std::string> after_zip;  // lines below the one that ends with the ZIP
    for (size_t l = *street + 1; l < (city ? *city : std::min(end, *street + 3)); ++l) {
      if (HasZip(joined)) {
        after_zip.push_back(values[l]);
      } else {
        AppendWord(joined, values[l]);
      }
    }
    if (!joined.empty()) {
      header.owner.city_state_zip = ReadCityLine(joined, header.state_from_zip);
      header.owner.has_city_line = true;
    }
    // A city of two words OCR broke over lines ("SAN cA 94108" over "FRANCISCO"):
    // a line below in capitals alone ends it.
    for (const std::string& below : after_zip) {
      if (!header.owner.city_state_zip[0].empty() && IsCapitalWords(below)) {
        AppendWord(header.owner.city_state_zip[0], below);
      }
    }
  }
  // The ZIP read in a column of its own, over its "(Zip)" caption.
  if (header.owner.has_city_line && header.owner.city_state_zip[2].empty()) {
    header.owner.city_state_zip[2] = ZipOverCaption(lines, begin, end);
  }
  // An officer title under box 5's captions, where OCR kept the box apart.
  for (size_t l = begin; l < end && title.empty(); ++l) {
    if (FoldForm(lines[l]).find("beiow") == std::string::npos) continue;
    for (size_t next = l + 1; next < end && next < l + 5; ++next) {
      if (lines[next].empty()) continue;
      // A line with printed words or a box's mark ends it.
      if (values[next].empty() || values[next] != lines[next] || IsMark(values[next])) break;
      // The date box beside it may share the line ("12/04/2024 . /041 Chair, President & CEO").
      for (const std::string& word : Words(values[next])) {
        const bool letters =
            std::any_of(word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
        if (letters || word == "&") AppendWord(title, word);
      }
    }
  }
  header.relationship.officer_title = title;

  // Relationship: a check mark right before a caption ticks it.
  for (size_t l = begin; l < end; ++l) {
    const std::vector<std::string> words = Words(lines[l]);
    size_t below_seen = 0;
    for (size_t w = 0; w < words.size(); ++w) {
      const std::string folded = FoldForm(words[w]);
      const bool mark = w > 0 && IsMark(words[w - 1]);
      if (folded == "beiow)" || folded == "beiow") {
        if (mark) (below_seen == 0 ? header.relationship.officer : header.relationship.other) = true;
        ++below_seen;
      }
      if (!mark) continue;
      if (EditDistance(folded, "director", 2) <= 2) header.relationship.director = true;
      if (folded.rfind("io", 0) == 0 && w + 1 < words.size() && FoldForm(words[w + 1]).rfind("owner", 0) == 0) {
        header.relationship.ten_percent_owner = true;
      }
      if (EditDistance(folded, "officer", 2) <= 2) header.relationship.officer = true;
      if (EditDistance(folded, "other", 1) <= 1) header.relationship.other = true;
    }
    // "X Director x" over "10% Owner": the mark ending the line is the box
    // of the caption OCR put on a line below.
    const bool trailing_mark = words.size() >= 2 && IsMark(words.back()) &&
                               EditDistance(FoldForm(words[words.size() - 2]), "director", 2) <= 2;
    for (size_t next = l + 1; trailing_mark && next < end && next <= l + 3; ++next) {
      const std::vector<std::string> below = Words(lines[next]);
      if (below.size() >= 2 && below[0] == "10%" && FoldForm(below[1]).rfind("owner", 0) == 0) {
        header.relationship.ten_percent_owner = true;
      }
    }
  }
  return header;
}

void AppendHeader(const Header& header, char form, Grid& grid) {
  if (form == '3') AddRow(grid, "INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES");
  if (form == '4') AddRow(grid, "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP");
  if (form == '5') AddRow(grid, "ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP");
  AddRow(grid, CheckboxRow(header.section16, "Check this box if no longer subject to Section 16."));
  if (header.has_plan_box) {
    AddRow(grid, CheckboxRow(header.plan, "Check this box to indicate that a transaction was made pursuant to a "
                                          "contract, instruction or written plan"));
  }
  AddRow(grid, NameBoxCell(header.owner));
  AppendValueBox("Issuer Name and Ticker or Trading Symbol", header.issuer, grid);
  AppendValueBox(header.period_label, header.period, grid);
  AppendValueBox("If Amendment, Date of Original Filed (Month/Day/Year)", header.amendment, grid);
  AppendRelationshipBox(header.relationship, grid);
  AddRow(grid, "Individual or Joint/Group Filing (Check Applicable Line)");
}

// `name` (an owner's, a signer's) with the roman numeral II that OCR read
// as "I]" or "I1" ("Mithril I] GP LP") repaired: no word of a name is
// written so.
std::string WithRomanNumerals(const std::string& name) {
  std::string out;
  for (const std::string& word : Words(name)) AppendWord(out, word == "I]" || word == "I1" ? std::string("II") : word);
  return out;
}

// A reporting person listed after the tables (label at `begin`, box up to `end`).
NameAndAddress ReadOwnerBox(const std::vector<std::string>& lines, size_t begin, size_t end) {
  NameAndAddress owner;
  enum { kName, kStreet, kCity, kDone } part = kName;
  std::string city;
  for (size_t l = begin + 1; l < end; ++l) {
    const std::string& line = lines[l];
    if (ContainsPhrase(line, "(Last) (First)")) {
      part = kStreet;
      continue;
    }
    if (HasCaption(line, "(Street)")) {
      part = kCity;
      continue;
    }
    if (ContainsPhrase(line, "(City) (State)")) break;
    const std::string value = Values(line);
    if (value.empty()) continue;
    if (part == kName && owner.name.empty()) owner.name = WithRomanNumerals(value);
    if (part == kStreet) owner.streets.push_back(value);
    if (part == kCity) AppendWord(city, value);
  }
  if (!city.empty()) {
    const CityStateZip split = SplitCityStateZip(city);
    owner.city_state_zip = {split.city.value_or(""), split.state.value_or(""), split.zip.value_or("")};
    owner.has_city_line = true;
  }
  return owner;
}

// ---------------------------------------------------------------------------
// Footnotes, remarks, signatures

// The footnote number a line starts with ("1.", "12."; OCR may show "l." or "1,"), or 0.
int LeadingNumber(const std::string& line) {
  size_t i = 0;
  int number = 0;
  while (i < line.size() && i < 3) {
    char c = line[i];
    if (c == 'l' || c == 'I') c = '1';
    if (c == 'O') c = '0';
    if (c < '0' || c > '9') break;
    number = number * 10 + (c - '0');
    ++i;
  }
  if (i == 0 || i >= line.size() || (line[i] != '.' && line[i] != ',')) return 0;
  if (i + 1 < line.size() && line[i + 1] != ' ') return 0;
  return number;
}

// "N. text" from a footnote's first line, whatever separator OCR read ("1, THE").
std::string FootnoteText(int number, const std::string& line) {
  std::string note = std::to_string(number);
  note += '.';
  note.append(line, line.find_first_of(".,") + 1, std::string::npos);
  return note;
}

// True when line `l` reads as the start of a paragraph: a capital first,
// after a blank line or a line that ended a sentence.
bool StartsParagraph(const std::vector<std::string>& lines, size_t l, size_t floor) {
  if (lines[l].empty() || !std::isupper(static_cast<unsigned char>(lines[l][0]))) return false;
  if (l == floor || lines[l - 1].empty()) return true;
  const char last = lines[l - 1].back();
  return last == '.' || last == ':';
}

// The footnotes below "Explanation of Responses:" (line `title`). Where OCR
// garbled the numbers of a run of one-line footnotes ("PrNanrPw" for
// "3." to "8."), a number that skips k footnotes takes the k paragraphs
// before it as those footnotes, when there are k such lines right before it
// (rule `ocr-footnote-number`).
std::vector<std::string> ReadFootnotes(const std::vector<std::string>& lines, size_t title, size_t end,
                                       std::vector<Warning>& warnings) {
  constexpr int kMostMissing = 30;
  std::vector<std::string> notes;
  std::vector<size_t> first_line_of_note;  // the line each note's text starts on
  std::vector<size_t> wrapped;             // non-empty lines appended to the last note
  int last = 0;
  for (size_t l = title + 1; l < end; ++l) {
    const std::string& line = lines[l];
    if (line.empty()) continue;
    const int number = LeadingNumber(line);
    const int missing = number - last - 1;
    bool starts = number > last && number <= last + 3;
    if (!starts && !notes.empty() && missing >= 3 && missing <= kMostMissing &&
        wrapped.size() >= static_cast<size_t>(missing)) {
      const std::vector<size_t> taken(wrapped.end() - missing, wrapped.end());
      bool paragraphs = true;
      for (size_t t : taken) paragraphs = paragraphs && StartsParagraph(lines, t, title + 1);
      if (paragraphs) {
        // Rebuild the last note without the taken lines, then add one note per line.
        std::string kept = FootnoteText(last, lines[first_line_of_note.back()]);
        for (size_t w : wrapped) {
          if (w < taken.front()) AppendWrapped(kept, lines[w]);
        }
        notes.back() = kept;
        const std::string between = std::to_string(last) + " and " + std::to_string(number);
        for (size_t t : taken) {
          ++last;
          notes.push_back(std::to_string(last) + ". " + lines[t]);
          first_line_of_note.push_back(t);
          warnings.push_back({"ocr-footnote-number", "info", "footnotes.F" + std::to_string(last),
                              "footnote number unreadable: the paragraph '" + lines[t].substr(0, 40) +
                                  "' taken as footnote " + std::to_string(last) + ", one of those missing between " +
                                  between});
        }
        starts = true;
      }
    }
    if (starts) {
      last = number;
      notes.push_back(FootnoteText(number, line));
      first_line_of_note.push_back(l);
      wrapped.clear();
    } else if (!notes.empty()) {
      AppendWrapped(notes.back(), line);
      wrapped.push_back(l);
    }
  }
  return notes;
}

// True when line `l` is the page-wide prose of a footnote or remark: wider
// than the signature box holds, or the rest of such a line's sentence (the
// line above it, past one blank line OCR may put inside a paragraph, is one
// and does not end a sentence).
bool IsProseLine(const std::vector<std::string>& lines, size_t l) {
  constexpr size_t kSignatureBoxWidth = 100;  // characters; footnote lines run to 200
  if (lines[l].size() > kSignatureBoxWidth) return true;
  if (lines[l].empty() || l == 0) return false;
  const size_t above = lines[l - 1].empty() && l >= 2 ? l - 2 : l - 1;
  const std::string& text = lines[above];
  return text.size() > kSignatureBoxWidth && text.back() != '.' && text.back() != ':';
}

// The lines of the signature whose caption is at `label`: up to five lines
// of text above it (single blank lines may part them), up to a second blank
// line, a footnote, the fine print, "Remarks:" or another caption, or a
// paragraph's prose. Under "Remarks:" the remark comes first: the signature
// is then from its "/s/" or "By:" where it has one.
std::pair<size_t, size_t> SignatureLines(const std::vector<std::string>& lines, size_t label, size_t floor) {
  constexpr size_t kMostLines = 5;
  size_t last = label;
  while (last > floor && lines[last - 1].empty()) --last;
  size_t first = last;
  size_t taken = 0;
  bool under_remarks = false;
  while (first > floor && taken < kMostLines) {
    const std::string& above = lines[first - 1];
    if (above.empty() && (first - 1 == floor || lines[first - 2].empty())) break;
    under_remarks = StartsWithWord(above, "Remarks:") || FoldForm(above) == "remark";
    if (IsFinePrint(above) || LeadingNumber(above) > 0 || under_remarks ||
        ContainsPhrase(above, "Signature of Reporting Person") || ContainsPhrase(above, "Explanation of Responses") ||
        IsProseLine(lines, first - 1)) {
      break;
    }
    taken += !above.empty();
    --first;
  }
  while (first < last && lines[first].empty()) ++first;
  for (size_t l = first; l < last && under_remarks; ++l) {
    if (lines[l].rfind("/s/", 0) == 0 || lines[l].rfind("By:", 0) == 0) {
      first = l;
      break;
    }
  }
  return {first, last};
}

// `name` without the scraps of a date OCR could not read: at its end
// ("Q6/13/2021", "(2019", "UGE30/202 1"), or set among the name's words
// where the date beside a wrapped name was read into it ("Power, 99/9994
// of Attorney"): words mostly of digits, with a slash when inside. A
// signer's name does not end in a number nor holds a slashed one.
std::string WithoutDateScraps(const std::string& name) {
  std::vector<std::string> words;
  for (std::string& word : Words(name)) {
    if (!words.empty() && word.find('/') != std::string::npos && IsMostlyDigits(word)) continue;
    words.push_back(std::move(word));
  }
  while (words.size() > 1 && IsMostlyDigits(words.back())) words.pop_back();
  std::string out;
  for (const std::string& word : words) AppendWord(out, word);
  return out;
}

// `period` ("MM/DD/YYYY", as ReadOcrDate gives) plus `days`, in the same form.
std::optional<std::string> DateAfter(const std::string& period, int days) {
  if (period.size() != 10) return std::nullopt;
  const std::chrono::year_month_day start{
      std::chrono::year{std::stoi(period.substr(6, 4))},
      std::chrono::month{static_cast<unsigned>(std::stoi(period.substr(0, 2)))},
      std::chrono::day{static_cast<unsigned>(std::stoi(period.substr(3, 2)))}};
  if (!start.ok()) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::sys_days{start} + std::chrono::days{days}};
  char text[32];
  std::snprintf(text, sizeof text, "%02u/%02u/%04d", static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()), static_cast<int>(date.year()));
  return std::string(text);
}

// The signature date a scrap OCR could not read as a date stands for
// ("98/15/2022", "1128/2021"): a date from the period of report to the
// days a form of its kind is filed in after it, two edits at most from the
// scrap; dates on or before the form's deadline (Form 4: two business days
// after the period; Form 3: ten days; Form 5: 45 days) before later ones,
// as "1128/2021" is 11/23/2021 for a Form 4 of 11/23 rather than a late
// 11/28; then the nearest in characters; of equally near dates the
// earliest, as forms are mostly signed at once.
std::optional<std::string> SignatureDateFromScraps(const std::vector<std::string>& scraps,
                                                   const std::string& period, char form) {
  const int window = form == '5' ? 60 : 14;
  constexpr size_t kMaxEdits = 2;
  const std::optional<int> period_day =
      period.size() == 10 ? ToDayNumber(period.substr(6, 4) + "-" + period.substr(0, 2) + "-" + period.substr(3, 2))
                          : std::nullopt;
  if (!period_day) return std::nullopt;
  const int deadline = form == '5'   ? *period_day + 45
                       : form == '3' ? *period_day + 10
                                     : AddBusinessDays(*period_day, 2);
  std::optional<std::string> best;
  std::tuple<bool, size_t> best_rank{true, kMaxEdits + 1};
  for (int days = 0; days <= window; ++days) {
    const std::optional<std::string> candidate = DateAfter(period, days);
    if (!candidate) return std::nullopt;
    for (const std::string& scrap : scraps) {
      const size_t distance = EditDistance(scrap, *candidate, kMaxEdits);
      if (distance > kMaxEdits) continue;
      const std::tuple<bool, size_t> rank{*period_day + days > deadline, distance};
      if (rank < best_rank) {
        best_rank = rank;
        best = candidate;
      }
    }
  }
  return best;
}

// The dates of the signatures' Date column where OCR read it apart from
// the signatures, after line `from`: each a date alone on its line, next to
// (two lines at most above, else below) a "Date" caption alone on its line.
std::vector<std::string> DatesOverDateCaptions(const std::vector<std::string>& lines, size_t from) {
  std::vector<std::string> dates;
  const auto date_alone = [&](size_t l) -> std::optional<std::string> {
    const std::vector<std::string> words = Words(lines[l]);
    return words.size() == 1 ? ReadOcrDate(words[0]) : std::nullopt;
  };
  for (size_t l = from + 1; l < lines.size(); ++l) {
    if (FoldForm(lines[l]) != "date") continue;
    std::optional<std::string> date;
    for (size_t above = l; !date && above-- > from + 1 && above + 2 >= l;) date = date_alone(above);
    for (size_t below = l + 1; !date && below < lines.size() && below <= l + 2; ++below) date = date_alone(below);
    if (date) dates.push_back(*date);
  }
  return dates;
}

// A Form 4's period of report is the date of its earliest transaction (box
// 3). Where OCR left only scraps of it ("11 5 021"), the earliest
// transaction date of the tables is taken when the scraps' digits fit it
// (rule `ocr-period-from-transactions`).
void InferPeriodFromTransactions(const Grid& tables, Header& header, std::vector<Warning>& warnings) {
  if (!header.period.empty()) return;
  const std::optional<std::string> earliest = EarliestTransactionDate(tables);
  if (!earliest) return;
  if (header.dates.count(*earliest) > 0) {  // read whole, out of its box
    header.period = *earliest;
    warnings.push_back({"ocr-period-from-transactions", "info", "period_of_report",
                        "the header shows the earliest transaction date " + *earliest +
                            " away from its label; taken as the period"});
    return;
  }
  if (header.period_scraps.empty() || !DigitsFitDate(header.period_scraps, *earliest)) return;
  header.period = *earliest;
  warnings.push_back({"ocr-period-from-transactions", "info", "period_of_report",
                      "the period's scraps '" + header.period_scraps + "' fit the earliest transaction date " +
                          *earliest + ", taken as the period"});
}

}  // namespace

Grid OcrGrid(std::string_view input, std::vector<Warning>& warnings) {
  std::vector<std::string> ocr_lines = OcrLines(input);
  if (const size_t explanation = FindParts(ocr_lines).explanation; explanation != kNone) {
    RejoinFootnoteLines(ocr_lines, explanation + 1, warnings);
  }
  const std::vector<std::string> lines = std::move(ocr_lines);
  const Parts parts = FindParts(lines);
  const size_t size = lines.size();
  Grid grid;
  // The header holds some forty lines; a page without tables ends it there.
  constexpr size_t kHeaderLines = 80;
  const size_t header_end = std::min({parts.table1, parts.table2, parts.explanation, size,
                                      (parts.name_box == kNone ? 0 : parts.name_box) + kHeaderLines});
  Header header = ReadHeader(lines, parts, header_end);
  if (!header.name_completed_from.empty()) {
    warnings.push_back({"ocr-name-completed", "info", "reporting_owners[0].name",
                        "the name's last word '" + header.name_completed_from +
                            "' was cut at the box's edge; completed as the signature writes it"});
  }
  if (header.state_from_zip) {
    warnings.push_back({"ocr-state-from-zip", "info", "reporting_owners[0].state",
                        "the State box read as a scrap; taken as " + header.owner.city_state_zip[1] +
                            ", the state its ZIP " + header.owner.city_state_zip[2] + " belongs to"});
  }

  // Where each part ends: at the next part that follows it.
  std::vector<size_t> starts = {parts.table1, parts.table2, parts.explanation, parts.remarks, size};
  for (size_t l : parts.owner_boxes) starts.push_back(l);
  for (size_t l = 0; l < size; ++l) {
    if (IsFinePrint(lines[l])) starts.push_back(l);
  }
  std::vector<std::pair<size_t, size_t>> signatures;
  for (size_t label : parts.signatures) {
    signatures.push_back(SignatureLines(lines, label, header_end));
    starts.push_back(signatures.back().first);
    starts.push_back(label);
  }
  const auto end_of = [&](size_t from) {
    size_t end = size;
    for (size_t start : starts) {
      if (start != kNone && start > from) end = std::min(end, start);
    }
    return end;
  };

  std::vector<std::string> notes =
      parts.explanation == kNone ? std::vector<std::string>()
                                 : ReadFootnotes(lines, parts.explanation, end_of(parts.explanation), warnings);
  for (std::string& note : notes) {
    while (const std::optional<std::string> read = RestoreRangeZero(note)) {
      warnings.push_back({"ocr-range-zero", "info", "footnote " + std::to_string(LeadingNumber(note)),
                          "read '" + *read + "' as '" + *read + "0': the other bound of its range of prices shows " +
                              "one decimal more, and OCR drops a character of a run of zeros"});
    }
  }
  const bool form3 = parts.form == '3', form5 = parts.form == '5';
  MarkerDecoder markers(notes.size());
  for (size_t n = 0; n < notes.size(); ++n) {
    ReadPriceRanges(LeadingNumber(notes[n]), notes[n], markers);
    ReadHolderFootnote(LeadingNumber(notes[n]), notes[n], markers);
  }
  Grid tables;
  if (parts.table1 != kNone) {
    AppendOcrTable(lines, parts.table1, end_of(parts.table1),
                   form3   ? OcrTable::kForm3NonDerivative
                   : form5 ? OcrTable::kForm5NonDerivative
                           : OcrTable::kForm4NonDerivative,
                   markers, tables, warnings);
  }
  if (parts.table2 != kNone) {
    AppendOcrTable(lines, parts.table2, end_of(parts.table2),
                   form3 ? OcrTable::kForm3Derivative : form5 ? OcrTable::kForm5Derivative : OcrTable::kForm4Derivative,
                   markers, tables, warnings);
  }
  if (parts.form == '4') InferPeriodFromTransactions(tables, header, warnings);
  AppendHeader(header, parts.form, grid);
  grid.rows.insert(grid.rows.end(), tables.rows.begin(), tables.rows.end());
  for (size_t box : parts.owner_boxes) AddRow(grid, NameBoxCell(ReadOwnerBox(lines, box, end_of(box))));
  if (parts.explanation != kNone) {
    AddRow(grid, "Explanation of Responses:");
    for (const std::string& note : notes) AddRow(grid, note);
  }
  if (parts.remarks != kNone) {
    std::string remarks;
    // The caption alone on its line may have lost its "s" ("Remark:").
    const bool caption_alone = FoldForm(lines[parts.remarks]) == "remark";
    for (size_t l = parts.remarks; l < end_of(parts.remarks); ++l) {
      AppendWrapped(remarks, l == parts.remarks && caption_alone ? std::string("Remarks:") : lines[l]);
    }
    AddRow(grid, remarks);
  }
  struct Signature {
    std::string name, date;
    std::vector<std::string> scraps;
  };
  std::vector<Signature> signed_by(signatures.size());
  for (size_t s = 0; s < signatures.size(); ++s) {
    Signature& signature = signed_by[s];
    for (size_t l = signatures[s].first; l < signatures[s].second; ++l) {
      AppendSignatureLine(signature.name, SignatureLineText(lines[l], signature.date, signature.scraps));
    }
  }
  // Captions without their "Date": OCR read the Date column apart, below.
  std::vector<size_t> dateless;
  for (size_t s = 0; s < signed_by.size(); ++s) {
    const std::string folded = FoldForm(lines[parts.signatures[s]]);
    if (signed_by[s].date.empty() && (folded.size() < 4 || folded.substr(folded.size() - 4) != "date")) {
      dateless.push_back(s);
    }
  }
  if (!dateless.empty()) {
    const std::vector<std::string> dates = DatesOverDateCaptions(lines, parts.signatures.front());
    for (size_t d = 0; d < dateless.size() && dates.size() == dateless.size(); ++d) {
      signed_by[dateless[d]].date = dates[d];
    }
  }
  for (Signature& signature : signed_by) {
    if (signature.date.empty()) {
      std::vector<std::string> read;  // the dates the other signatures show
      for (const Signature& other : signed_by) {
        if (!other.date.empty()) read.push_back(other.date);
      }
      std::optional<std::string> found = NearestDate(signature.scraps, read);
      std::string why = ", a date another signature shows";
      if (!found && !header.period.empty()) {
        found = SignatureDateFromScraps(signature.scraps, header.period, parts.form);
        why = ", the nearest date after the period";
      }
      if (found) {
        signature.date = *found;
        warnings.push_back({"ocr-signature-date", "info", "signatures",
                            "read the signature date scrap as " + signature.date + why});
      }
    }
    AddSignatureRows(WithRomanNumerals(WithSignatureMark(WithoutDateScraps(signature.name))), signature.date, grid);
  }
  AddRow(grid, "Reminder: Report on a separate line for each class of securities beneficially owned.");
  return grid;
}

}  // namespace form4::internal

#include "parse/ocr/ocr_wrapped.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <set>
#include <string>

#include "parse/ocr/ocr_text.h"

namespace form4::internal {
namespace {

// The letters and digits of `word`: "(B)" is "B".
std::string Alnum(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(c);
  }
  return out;
}

// `words` as FoldForm compares them ("class" is "ciass").
std::set<std::string> Folded(std::initializer_list<std::string_view> words) {
  std::set<std::string> out;
  for (std::string_view word : words) out.insert(FoldForm(word));
  return out;
}

// `word` as FoldForm compares it, without what a footnote marker left after
// it ("Stock(14)", "Stock!)" are "stock").
std::string FoldWord(std::string_view word) {
  while (!word.empty() && !std::isalpha(static_cast<unsigned char>(word.back()))) word.remove_suffix(1);
  return FoldForm(word);
}

// The last word of a title: what the security is.
bool EndsTitle(std::string_view word) {
  static const std::set<std::string> kEnds = Folded({"stock", "shares", "share", "units", "unit", "option", "options",
                                                     "warrant", "warrants", "buy", "sell", "rights", "notes",
                                                     "interests"});
  return kEnds.count(FoldWord(word)) > 0;
}

// A class or series: a capital letter ("B", "(B)"), with a number after a
// hyphen ("D-1").
bool IsClassLetter(std::string_view word) {
  const std::string letters = Alnum(word);
  if (letters.empty() || !std::isupper(static_cast<unsigned char>(letters[0]))) return false;
  return letters.size() == 1 || (letters.size() <= 3 && word.size() > 2 && word[1] == '-' &&
                                 std::all_of(letters.begin() + 1, letters.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }));
}

// Whether a new title begins at `word` after `before` (and `before_class`
// before that) in one wrapped line: a word repeated ("Stock Stock"), any word
// but a parenthesis after a word that closes a title ("Units Stock"),
// "Class" or "Series" ("Common Stock, Class A" goes on after its comma),
// "Common" or "Ordinary" but after a class ("Restricted Common", "Series B
// Common", not "Class B Common").
bool BeginsNextTitle(std::string_view before_class, std::string_view before, std::string_view word) {
  static const std::set<std::string> kClosing = Folded({"units", "unit", "buy)", "sell)", "shares", "warrant",
                                                        "warrants", "rights", "awards", "notes", "interests", "rsus"});
  const std::string folded = FoldWord(word);
  if (folded.empty()) return false;
  if (FoldWord(before) == folded) return true;
  if (kClosing.count(FoldWord(before)) > 0 && !word.starts_with('(')) return true;
  if ((folded == "ciass" || folded == "series") && !before.ends_with(',')) return true;
  const bool after_class = IsClassLetter(before) && FoldWord(before_class) == "ciass";
  return (folded == "common" || folded == "ordinary") && !after_class;
}

// Words that begin the title of an underlying security rather than end a
// derivative security's ("Common", "Class", "Ordinary", OCR's "Ciass").
bool StartsUnderlying(std::string_view word) {
  const std::string folded = FoldWord(word);
  return folded == "common" || folded == "ciass" || folded == "ordinary";
}

}  // namespace


bool IsTitleWord(std::string_view word) {
  static const std::set<std::string> kWords = Folded(
      {"common", "stock", "class", "ordinary", "shares", "share", "preferred", "units", "unit",
       "restricted", "option", "options", "warrant", "warrants", "series", "convertible", "notes", "depositary",
       "american", "ads", "non-qualified", "qualified", "(right", "to", "buy)", "right", "buy", "performance",
       "private", "placement", "director", "employee", "incentive", "phantom", "deferred"});
  if (Alnum(word).size() == 1) return IsClassLetter(word);  // "Class B", not "b"
  return IsClassLetter(word) || kWords.count(FoldWord(word)) > 0;
}

bool EndsOwnerName(std::string_view line) {
  const std::vector<std::string> words = Words(line);
  if (words.empty()) return false;
  std::string letters;
  for (char c : words.back()) {
    if (std::isalpha(static_cast<unsigned char>(c))) letters.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return letters.size() <= 4 && (letters.starts_with("lp") || letters.starts_with("llc"));
}

std::string MarkersAlone(std::string_view line) {
  std::string markers;
  for (const std::string& word : Words(line)) {
    std::string_view rest = word;
    while (!rest.empty()) {
      size_t digits = 1;
      while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) ++digits;
      if (rest[0] != '(' || digits < 2 || digits > 3 || digits == rest.size() || rest[digits] != ')') return "";
      markers.append(rest.substr(0, digits + 1));
      rest.remove_prefix(digits + 1);
    }
  }
  return markers;
}

size_t OwnerNameEndBeforeDebris(std::string_view word) {
  static constexpr std::string_view kEnds[] = {"L.L.C.", "LLC", "L.P.", "LP.", "Lp.", "LP", "Lp"};
  for (std::string_view end : kEnds) {
    if (word == end) return 0;
    if (!word.starts_with(end)) continue;
    const std::string_view rest = word.substr(end.size());
    const auto letters = std::count_if(rest.begin(), rest.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    const bool debris = rest == "O" || (letters <= 2 && static_cast<size_t>(letters) < rest.size());
    return debris ? end.size() : 0;
  }
  return 0;
}

bool IsMarkScrap(std::string_view word) {
  static const std::set<std::string> kShortWords = {"by", "of", "to", "in", "at", "an", "on", "as", "or", "lp", "co"};
  const std::string letters = Alnum(word);
  if (letters.size() > 2 || word == "&") return false;
  std::string lower = letters;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // A capitalised scrap may be a misread short word ("PY", "Oy" for "by").
  return letters.empty() || (!std::isupper(static_cast<unsigned char>(letters[0])) && kShortWords.count(lower) == 0);
}

std::vector<std::string> TextWords(std::string_view line, std::string_view previous) {
  std::vector<std::string> words = Words(line);
  const std::vector<std::string> before = Words(previous);
  if (std::any_of(before.begin(), before.end(), [](const std::string& word) { return word.ends_with('-'); })) {
    return words;
  }
  const auto is_marker = [](const std::string& word) {
    const std::string letters = Alnum(word);
    return letters.size() <= 2 && std::all_of(letters.begin(), letters.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  };
  const auto first_text = std::find_if_not(words.begin(), words.end(), is_marker);
  if (first_text != words.end()) words.erase(words.begin(), first_text);
  return words;
}

bool ContinuesTitle(std::string_view previous, std::string_view line) {
  static const std::set<std::string> kAfterStock = Folded({"option", "options", "unit", "units", "appreciation",
                                                            "award", "awards", "(right"});
  const std::vector<std::string> words = TextWords(line), before = TextWords(previous);
  if (words.empty() || !EndsTitle(words.front())) return false;
  // A title begins with "Stock" ("Stock Option") after a complete one only.
  const bool may_begin = words.size() == 1 || kAfterStock.count(FoldWord(words[1])) > 0;
  return !may_begin || before.empty() || !EndsTitle(before.front());
}

bool GoesOnFromClass(std::string_view word) {
  static const std::set<std::string> kAfterClass =
      Folded({"common", "ordinary", "preferred", "convertible", "voting", "non-voting", "stock", "shares"});
  return kAfterClass.count(FoldWord(word)) > 0;
}

std::vector<std::pair<WrappedCell, std::string>> SplitWrappedLine(const std::vector<std::string>& words, bool indirect,
                                                                  bool class_begins_title) {
  std::vector<std::vector<std::string>> runs;
  std::vector<std::string> nature;
  for (const std::string& word : words) {
    if (!nature.empty() || (indirect && !IsTitleWord(word) && !Alnum(word).empty() &&
                            std::isupper(static_cast<unsigned char>(Alnum(word)[0])))) {
      nature.push_back(word);
      continue;
    }
    const std::vector<std::string>* run = runs.empty() ? nullptr : &runs.back();
    if (run == nullptr ||
        BeginsNextTitle(run->size() > 1 ? (*run)[run->size() - 2] : std::string(), run->back(), word)) {
      runs.emplace_back();
    }
    runs.back().push_back(word);
  }
  std::vector<std::pair<WrappedCell, std::string>> out;
  for (size_t i = 0; i < runs.size(); ++i) {
    WrappedCell cell = i == 0 ? WrappedCell::kTitle : WrappedCell::kUnderlying;
    // One run: an underlying's first words, but a class that begins the
    // row's text ("Class B" / "Common" / "Stock" / "Warrant").
    if (runs.size() == 1 && StartsUnderlying(runs[0].front()) &&
        (FoldWord(runs[0].front()) != "ciass" || !class_begins_title)) {
      cell = WrappedCell::kUnderlying;
    }
    for (const std::string& word : runs[i]) out.emplace_back(cell, word);
  }
  for (const std::string& word : nature) out.emplace_back(WrappedCell::kNature, word);
  return out;
}

}  // namespace form4::internal

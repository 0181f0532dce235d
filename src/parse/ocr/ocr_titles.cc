#include "parse/ocr/ocr_titles.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "parse/ocr/ocr_text.h"
#include "util/text.h"

namespace form4::internal {
namespace {

std::string Lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Words security titles are written in (SEC filings' Table II), lower case.
bool IsTitleWord(std::string_view word) {
  static const std::set<std::string, std::less<>> words = {
      "common", "stock", "class", "series", "convertible", "preferred", "option", "options", "(right", "to",
      "buy)", "sell)", "restricted", "units", "unit", "performance", "shares", "share", "ordinary", "warrant",
      "warrants", "phantom", "employee", "director", "incentive", "non-qualified", "qualified", "deferred",
      "rights", "award", "awards", "depositary", "american", "limited", "partnership", "interests", "membership",
      "notes", "senior", "subordinated", "call", "put", "equity", "performance-based", "time-based",
      "non-employee", "appreciation", "right", "rsu", "rsus", "psu", "psus", "profits", "cash-settled",
      "stock-settled", "voting", "non-voting", "cumulative", "redeemable", "exchangeable", "op", "ltip",
      "operating", "of", "and", "based", "vested", "unvested", "market", "share-settled"};
  return words.contains(Lower(word));
}

// The last word of a title: what the security is.
bool EndsTitle(std::string_view word) {
  static const std::set<std::string, std::less<>> ends = {
      "stock", "units", "unit", "option", "options", "buy)", "sell)", "shares", "share", "warrant", "warrants",
      "rights", "awards", "award", "notes", "interests", "rsus", "psus"};
  return ends.contains(Lower(word));
}

// Words after which a title goes on only with "(Right to Buy)" or the like;
// another word starts a second title.
bool ClosesTitle(std::string_view word) {
  static const std::set<std::string, std::less<>> closing = {
      "units", "unit", "buy)", "sell)", "shares", "warrant", "warrants", "rights", "awards", "notes",
      "interests", "rsus", "psus"};
  return closing.contains(Lower(word));
}

// Words a second title in the same cell starts with, after a complete one.
bool StartsTitle(std::string_view word) {
  static const std::set<std::string, std::less<>> starts = {"class", "series", "common", "restricted", "ordinary"};
  return starts.contains(Lower(word));
}

// A class or series: a capital letter, with a number after a hyphen ("D-1").
bool IsClassLetter(std::string_view word) {
  if (word.empty() || word[0] < 'A' || word[0] > 'Z') return false;
  if (word.size() == 1) return true;
  return word.size() <= 4 && word[1] == '-' && word.size() > 2 &&
         std::all_of(word.begin() + 2, word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The title word `word` is a misreading of, one letter wrong or missing
// ("Werrant", "Preferrd"): words of six letters or more beginning with the
// same letter, and only one word so near; else `word` itself.
std::string ReadTitleWord(const std::string& word) {
  static const std::vector<std::string_view> kWords = {"common", "preferred", "convertible", "warrant", "warrants",
                                                        "option", "options", "restricted", "ordinary", "series",
                                                        "performance", "qualified", "phantom", "deferred"};
  const std::string lower = Lower(word);
  if (lower.size() < 6 || IsTitleWord(lower)) return word;
  std::optional<std::string_view> found;
  for (std::string_view known : kWords) {
    if (known[0] != lower[0] || EditDistance(lower, known, 1) > 1) continue;
    if (found) return word;
    found = known;
  }
  if (!found) return word;
  std::string out(*found);
  if (std::isupper(static_cast<unsigned char>(word[0]))) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

// Whether a title ends between `before` and `word`: a closing word followed by
// anything but a parenthesis, a complete title followed by a second one's
// first word, or a word repeated ("Stock Stock").
bool EndsSegment(std::string_view before, std::string_view word) {
  if (Lower(before) == Lower(word)) return true;
  if (ClosesTitle(before) && !word.starts_with('(')) return true;
  return EndsTitle(before) && StartsTitle(word);
}

class TitleVocabulary {
 public:
  explicit TitleVocabulary(const Filing& filing) {
    for (const auto* table : {&filing.non_derivative_transactions, &filing.non_derivative_holdings}) {
      for (const Row& row : *table) {
        if (row.security_title) AddTitle(*row.security_title);
      }
    }
  }

  bool Knows(std::string_view word) const {
    return IsClassLetter(word) || IsTitleWord(word) || filing_words_.contains(word);
  }

  // A title whose words are all title words and whose last word ends a title;
  // "Stock" or "Shares" alone is a piece of one.
  bool IsClean(const std::vector<std::string>& words) const {
    if (words.empty() || !EndsTitle(words.back()) || !StartsRun(words.front())) return false;
    if (words.size() == 1 && (Lower(words[0]) == "stock" || Lower(words[0]).starts_with("share"))) return false;
    for (size_t i = 0; i < words.size(); ++i) {
      if (!Knows(words[i]) || (i > 0 && EndsSegment(words[i - 1], words[i]))) return false;
    }
    return true;
  }

  void AddTitle(const std::string& title) {
    const std::vector<std::string> words = Words(title);
    titles_.insert(title);
    for (const std::string& word : words) filing_words_.insert(word);
  }

  // A word a title can begin with: not a joining word ("to", "of", "and")
  // nor a word of "(Right to Buy)", which follows the title it qualifies.
  bool StartsRun(std::string_view word) const {
    static const std::set<std::string, std::less<>> inner = {"to", "of", "and", "(right", "buy)", "sell)"};
    return !inner.contains(Lower(word));
  }

  void AddCleanTitle(const std::string& title) { titles_.insert(title); }

  // The only known title that begins with `prefix` (whole words).
  std::optional<std::string> CompleteFrom(const std::vector<std::string>& prefix) const {
    std::optional<std::string> found;
    for (const std::string& title : titles_) {
      const std::vector<std::string> words = Words(title);
      if (words.size() <= prefix.size() || !std::equal(prefix.begin(), prefix.end(), words.begin())) continue;
      if (found) return std::nullopt;
      found = title;
    }
    return found;
  }

 private:
  std::set<std::string, std::less<>> filing_words_;
  std::set<std::string> titles_;
};

std::string Join(std::vector<std::string>::const_iterator begin, std::vector<std::string>::const_iterator end) {
  std::string out;
  for (auto it = begin; it != end; ++it) {
    if (!out.empty()) out += ' ';
    out += *it;
  }
  return out;
}

// A one- or two-letter scrap OCR made of a mark between a title's words.
bool IsScrap(std::string_view word) {
  return word.size() <= 2 && std::none_of(word.begin(), word.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

// The titles in `words`: runs of title words (scraps between them skipped),
// split where a title ends, each cut after its last title-ending word, of two
// words at least.
std::vector<std::string> TitleRuns(const std::vector<std::string>& words, const TitleVocabulary& vocabulary) {
  std::vector<std::vector<std::string>> segments(1);
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    std::vector<std::string>& current = segments.back();
    if (!vocabulary.Knows(word)) {
      const bool scrap_inside = IsScrap(word) && !current.empty() && i + 1 < words.size() && vocabulary.Knows(words[i + 1]);
      if (!scrap_inside && !current.empty()) segments.emplace_back();
      continue;
    }
    if (!current.empty() && EndsSegment(current.back(), word)) segments.emplace_back();
    segments.back().push_back(word);
  }
  std::vector<std::string> runs;
  for (std::vector<std::string>& segment : segments) {
    while (!segment.empty() && !EndsTitle(segment.back())) segment.pop_back();
    size_t first = 0;
    while (first < segment.size() && !vocabulary.StartsRun(segment[first])) ++first;
    if (segment.size() - first >= 2) runs.push_back(Join(segment.begin() + static_cast<long>(first), segment.end()));
  }
  return runs;
}

struct Repair {
  std::optional<std::string> title;
  std::optional<std::string> second;  // a further title found in the same cell
};

Repair RepairTitle(const std::string& text, const TitleVocabulary& vocabulary) {
  std::vector<std::string> words = Words(text);
  for (std::string& word : words) word = ReadTitleWord(word);
  // A title begins with a capital ("common Stock" is OCR's).
  if (!words.empty() && std::islower(static_cast<unsigned char>(words[0][0]))) {
    words[0][0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0][0])));
  }
  if (vocabulary.IsClean(words)) {
    const std::string read = Join(words.begin(), words.end());
    return {read == CollapseWhitespace(text) ? text : read, std::nullopt};
  }
  const std::vector<std::string> runs = TitleRuns(words, vocabulary);
  if (!runs.empty()) return {runs[0], runs.size() > 1 ? std::optional(runs.back()) : std::nullopt};
  std::vector<std::string> prefix;
  for (const std::string& word : words) {
    if (!vocabulary.Knows(word)) break;
    prefix.push_back(word);
  }
  if (prefix.empty()) return {};
  return {vocabulary.CompleteFrom(prefix), std::nullopt};
}

void Warn(Filing& filing, std::string path, const std::optional<std::string>& before,
          const std::optional<std::string>& after) {
  std::string message = "OCR title '";
  message += before.value_or("");
  message += after ? "' read as '" + *after + "'" : std::string("' left out: no security title in it");
  filing.warnings.push_back({"ocr-title-repaired", "info", std::move(path), std::move(message)});
}

void RepairRows(Filing& filing, std::vector<Row>& rows, std::string_view table, TitleVocabulary& vocabulary) {
  for (size_t i = 0; i < rows.size(); ++i) {
    Row& row = rows[i];
    std::string base(table);
    base += '[' + std::to_string(i) + "].";
    std::optional<std::string> spare;
    if (row.security_title) {
      Repair repair = RepairTitle(*row.security_title, vocabulary);
      if (repair.title != row.security_title) {
        Warn(filing, base + "security_title", row.security_title, repair.title);
        // The markers read in a smeared cell are its neighbours' as likely.
        row.footnote_ids.erase("security_title");
      }
      row.security_title = repair.title;
      spare = repair.second;
    }
    if (row.underlying_security_title) {
      Repair repair = RepairTitle(*row.underlying_security_title, vocabulary);
      if (repair.title != row.underlying_security_title) {
        Warn(filing, base + "underlying_security_title", row.underlying_security_title, repair.title);
      }
      row.underlying_security_title = repair.title;
    } else if (spare) {
      Warn(filing, base + "underlying_security_title", row.underlying_security_title, spare);
      row.underlying_security_title = spare;
    }
  }
}

// The one title in `titles`, if they hold exactly one.
std::optional<std::string> OnlyTitle(const std::set<std::string>& titles) {
  if (titles.size() != 1) return std::nullopt;
  return *titles.begin();
}

// The underlying title a row that lost its own most likely has: the one
// title of Table I (options and units are mostly on the stock the owner
// holds), else, without Table I, the one underlying title of Table II.
std::optional<std::string> LikelyUnderlying(const Filing& filing) {
  std::set<std::string> underlying;
  for (const auto* table : {&filing.derivative_transactions, &filing.derivative_holdings}) {
    for (const Row& row : *table) {
      if (row.underlying_security_title) underlying.insert(*row.underlying_security_title);
    }
  }
  std::set<std::string> table_one;
  for (const auto* table : {&filing.non_derivative_transactions, &filing.non_derivative_holdings}) {
    for (const Row& row : *table) {
      if (row.security_title) table_one.insert(*row.security_title);
    }
  }
  if (!table_one.empty()) return OnlyTitle(table_one);
  return OnlyTitle(underlying);
}

void FillMissingUnderlying(Filing& filing) {
  const std::optional<std::string> likely = LikelyUnderlying(filing);
  if (!likely) return;
  for (auto [rows, table] : {std::pair{&filing.derivative_transactions, "derivative_transactions"},
                             std::pair{&filing.derivative_holdings, "derivative_holdings"}}) {
    for (size_t i = 0; i < rows->size(); ++i) {
      Row& row = (*rows)[i];
      if (row.underlying_security_title) continue;
      row.underlying_security_title = likely;
      std::string path(table);
      path += '[' + std::to_string(i) + "].underlying_security_title";
      filing.warnings.push_back({"ocr-title-repaired", "info", std::move(path),
                                 "OCR lost the underlying title; taken as '" + *likely + "', the filing's one title"});
    }
  }
}

}  // namespace

void RepairDerivativeTitles(Filing& filing) {
  TitleVocabulary vocabulary(filing);
  for (const auto* table : {&filing.derivative_transactions, &filing.derivative_holdings}) {
    for (const Row& row : *table) {
      for (const OptString* title : {&row.security_title, &row.underlying_security_title}) {
        if (*title && vocabulary.IsClean(Words(**title))) vocabulary.AddCleanTitle(**title);
      }
    }
  }
  RepairRows(filing, filing.derivative_transactions, "derivative_transactions", vocabulary);
  RepairRows(filing, filing.derivative_holdings, "derivative_holdings", vocabulary);
  FillMissingUnderlying(filing);
}

}  // namespace form4::internal

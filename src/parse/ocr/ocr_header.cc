#include "parse/ocr/ocr_header.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "parse/layout/text_layout.h"
#include "parse/ocr/ocr_text.h"
#include "util/text.h"

namespace form4::internal {
namespace {

// The Postal Service's ZIP code prefixes (first three digits) by state.
struct ZipRange {
  int first;
  int last;
  const char* state;
};
const std::vector<ZipRange>& ZipRanges() {
  static const std::vector<ZipRange> kRanges = {
    {5, 5, "NY"},     {6, 7, "PR"},     {9, 9, "PR"},     {10, 27, "MA"},   {28, 29, "RI"},   {30, 38, "NH"},
    {39, 49, "ME"},   {50, 54, "VT"},   {55, 55, "MA"},   {56, 59, "VT"},   {60, 69, "CT"},   {70, 89, "NJ"},
    {100, 149, "NY"}, {150, 196, "PA"}, {197, 199, "DE"}, {200, 200, "DC"}, {201, 201, "VA"}, {202, 205, "DC"},
    {206, 219, "MD"}, {220, 246, "VA"}, {247, 268, "WV"}, {270, 289, "NC"}, {290, 299, "SC"}, {300, 319, "GA"},
    {320, 339, "FL"}, {341, 349, "FL"}, {350, 369, "AL"}, {370, 385, "TN"}, {386, 397, "MS"}, {398, 399, "GA"},
    {400, 427, "KY"}, {430, 459, "OH"}, {460, 479, "IN"}, {480, 499, "MI"}, {500, 528, "IA"}, {530, 549, "WI"},
    {550, 567, "MN"}, {569, 569, "DC"}, {570, 577, "SD"}, {580, 588, "ND"}, {590, 599, "MT"}, {600, 629, "IL"},
    {630, 658, "MO"}, {660, 679, "KS"}, {680, 693, "NE"}, {700, 714, "LA"}, {716, 729, "AR"}, {730, 731, "OK"},
    {733, 733, "TX"}, {734, 749, "OK"}, {750, 799, "TX"}, {800, 816, "CO"}, {820, 831, "WY"}, {832, 838, "ID"},
    {840, 847, "UT"}, {850, 865, "AZ"}, {870, 884, "NM"}, {885, 885, "TX"}, {889, 898, "NV"}, {900, 961, "CA"},
    {967, 968, "HI"}, {970, 979, "OR"}, {980, 994, "WA"}, {995, 999, "AK"},
  };
  return kRanges;
}

// A character OCR read for a digit in a printed number, as that digit; else 0.
char AsDigit(char c) {
  if (c >= '0' && c <= '9') return c;
  if (c == 'O' || c == 'o') return '0';
  if (c == 'l' || c == 'I') return '1';
  return 0;
}

}  // namespace

bool IsStateCode(std::string_view code) {
  static const std::set<std::string, std::less<>> kStates = {
      "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
      "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
      "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR"};
  return kStates.count(code) > 0;
}

std::optional<std::string> EarliestTransactionDate(const Grid& tables) {
  std::optional<std::string> earliest;  // as YYYYMMDD, to compare
  std::optional<std::string> shown;
  size_t column = static_cast<size_t>(-1);
  for (const GridRow& row : tables.rows) {
    if (row.cells.empty() || (row.cells.size() == 1 && row.cells[0].empty())) {
      column = static_cast<size_t>(-1);
      continue;
    }
    if (column == static_cast<size_t>(-1)) {
      for (size_t c = 0; c < row.cells.size(); ++c) {
        if (row.cells[c].find("Transaction Date") != std::string::npos) column = c;
      }
      continue;
    }
    if (column >= row.cells.size()) continue;
    const std::optional<OcrDate> date = ReadOcrDatePrefix(row.cells[column]);
    if (!date) continue;
    const std::string key = date->date.substr(6, 4) + date->date.substr(0, 2) + date->date.substr(3, 2);
    if (!earliest || key < *earliest) {
      earliest = key;
      shown = date->date;
    }
  }
  return shown;
}

std::string DateScrapDigits(std::string_view line) {
  std::string out;
  for (const std::string& word : Words(line)) {
    size_t digits = 0, others = 0;
    std::string kept;
    for (char c : word) {
      if (const char digit = AsDigit(c)) {
        kept.push_back(digit);
        digits += std::isdigit(static_cast<unsigned char>(c)) != 0;
      } else if (std::isalpha(static_cast<unsigned char>(c))) {
        ++others;
      }
    }
    const bool box_number = word.size() <= 3 && word.back() == '.' && std::isdigit(static_cast<unsigned char>(word[0]));
    if (box_number || digits == 0 || others * 2 > digits) continue;
    out += kept;
  }
  return out;
}

bool DigitsFitDate(std::string_view digits, std::string_view date) {
  constexpr size_t kFewestDigits = 4;
  if (digits.size() < kFewestDigits) return false;
  size_t d = 0;
  for (char c : date) {
    if (d < digits.size() && c == digits[d]) ++d;
  }
  return d == digits.size();
}

std::string StateOfZip(std::string_view zip) {
  if (zip.size() < 3 || !std::all_of(zip.begin(), zip.begin() + 3, [](char c) { return c >= '0' && c <= '9'; })) {
    return {};
  }
  const int prefix = (zip[0] - '0') * 100 + (zip[1] - '0') * 10 + (zip[2] - '0');
  for (const ZipRange& range : ZipRanges()) {
    if (prefix >= range.first && prefix <= range.last) return range.state;
  }
  return {};
}

std::string StateFromScrap(std::string_view scrap, std::string_view zip) {
  std::vector<std::string> candidates;
  constexpr std::string_view kTrademark = "\u2122";  // "™": a T with the state's second letter shrunk
  if (scrap == kTrademark) {
    candidates = {"TN", "TX"};
  } else if (scrap.size() == kTrademark.size() + 1 && scrap.substr(0, kTrademark.size()) == kTrademark &&
             IsStateCode(std::string("T") + scrap.back())) {
    candidates = {std::string("T") + scrap.back()};  // "™N" for TN
  } else if (scrap.size() == 2 && std::isalpha(static_cast<unsigned char>(scrap[0])) &&
             std::isalpha(static_cast<unsigned char>(scrap[1]))) {
    std::string upper(scrap);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (IsStateCode(upper)) candidates.push_back(upper);
  }
  const std::string zip_state = StateOfZip(zip);
  if (!zip_state.empty()) {
    std::erase_if(candidates, [&](const std::string& state) { return state != zip_state; });
  } else if (candidates.size() == 1 && scrap.size() == 2 && !std::isupper(static_cast<unsigned char>(scrap[0]))) {
    candidates.clear();  // a word in lower case is the form's unless the ZIP confirms it
  }
  return candidates.size() == 1 ? candidates.front() : std::string();
}

bool IsMostlyDigits(std::string_view word) {
  size_t digits = 0, letters = 0;
  for (char c : word) {
    digits += std::isdigit(static_cast<unsigned char>(c)) != 0;
    letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
  }
  return digits > 0 && letters * 2 <= digits;
}

std::string SlashedDateScrap(std::string_view word) {
  if (word.find('/') == std::string_view::npos || word.find("/s/") != std::string_view::npos) return {};
  static const std::string_view kFrom = "OoDQUIlLi|ZzSsGbTBgq";
  static const std::string_view kTo = "00000111112255667899";
  std::string out;
  for (char c : word) {
    if (c == '.' || c == ',') continue;
    const size_t alike = kFrom.find(c);
    out.push_back(alike == std::string_view::npos ? c : kTo[alike]);
  }
  // Two digits or more of its own: a word of letters is not a date's scrap.
  const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  const size_t own = static_cast<size_t>(std::count_if(word.begin(), word.end(), digit));
  return own >= 2 && IsMostlyDigits(out) ? out : std::string();
}

std::string SignatureLineText(std::string_view line, std::string& date, std::vector<std::string>& scraps) {
  std::vector<std::string> words;
  bool cut = false;
  for (std::string& word : Words(line)) {
    if (std::optional<std::string> found = ReadOcrDate(word)) {
      if (date.empty()) date = *found;  // the date may be printed twice
      cut = true;
    } else {
      words.push_back(std::move(word));
    }
  }
  const auto letters = [](const std::string& word) {
    return std::count_if(word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  };
  while (!words.empty()) {
    const std::string& last = words.back();
    const std::string slashed = SlashedDateScrap(last);
    if (!slashed.empty() || IsMostlyDigits(last)) {
      scraps.push_back(slashed.empty() ? last : slashed);
    } else if (letters(last) > 0 && !(cut && last.size() == 1)) {
      break;  // a word of the name; a lone letter after a date's place is a mark
    }
    words.pop_back();
    cut = true;
  }
  const bool has_word = std::any_of(words.begin(), words.end(), [&](const std::string& word) {
    return letters(word) >= 2 || word.find("/s/") != std::string::npos;
  });
  std::string out;
  if (!has_word) return out;
  for (const std::string& word : words) AppendWord(out, word);
  return out;
}

void AppendSignatureLine(std::string& name, std::string_view piece) {
  if (piece.empty()) return;
  const bool continues = piece.size() > 3 && (piece[0] == 'i' || piece[0] == 'I') && piece[1] == 'n' && piece[2] == '-';
  const bool colon_after_word =
      name.size() >= 2 && name.back() == ':' && std::isalpha(static_cast<unsigned char>(name[name.size() - 2]));
  if (continues && colon_after_word) {
    name.back() = '-';
  }
  AppendWrapped(name, piece);
}

std::optional<std::string> NearestDate(const std::vector<std::string>& scraps, const std::vector<std::string>& dates) {
  constexpr size_t kMaxEdits = 2;
  std::optional<std::string> best;
  size_t best_distance = kMaxEdits + 1;
  bool tied = false;
  for (const std::string& date : dates) {
    for (const std::string& scrap : scraps) {
      const size_t distance = EditDistance(scrap, date, kMaxEdits);
      if (distance < best_distance) {
        best_distance = distance;
        best = date;
        tied = false;
      } else if (distance == best_distance && best && *best != date) {
        tied = true;
      }
    }
  }
  return tied ? std::nullopt : best;
}

std::string WithSignatureMark(const std::string& name) {
  static const std::set<std::string, std::less<>> kMisreadMarks = {"ls", "isl", "Isl", "Is/", "is/", "ls/", "/s", "s/"};
  const size_t space = name.find(' ');
  if (space == std::string::npos || kMisreadMarks.count(std::string_view(name).substr(0, space)) == 0) return name;
  std::string out = "/s/";
  out.append(name, space, std::string::npos);
  return out;
}

namespace {

// True when `part` is `whole` with characters left out (a subsequence).
bool IsSubsequence(std::string_view part, std::string_view whole) {
  size_t p = 0;
  for (char c : whole) {
    if (p < part.size() && part[p] == c) ++p;
  }
  return p == part.size();
}

}  // namespace

void CompleteIssuerName(Filing& filing) {
  if (!filing.issuer.name) return;
  const std::string& read = *filing.issuer.name;
  const size_t count = Words(read).size();
  constexpr size_t kMostDropped = 2;
  std::set<std::string> found;
  bool written_as_read = false;
  const auto search = [&](const OptString& text) {
    if (!text) return;
    const std::vector<std::string> words = Words(*text);
    for (size_t w = 0; w + count <= words.size(); ++w) {
      std::string run;
      for (size_t k = w; k < w + count; ++k) AppendWord(run, words[k]);
      // The run without the prose's punctuation around it ("\"Joby Aviation, Inc.\",").
      while (!run.empty() && std::string_view(",;:\")'").find(run.back()) != std::string_view::npos) run.pop_back();
      while (!run.empty() && (run.front() == '"' || run.front() == '(' || run.front() == '\'')) run.erase(run.begin());
      const bool longer = run.size() > read.size() && run.size() <= read.size() + kMostDropped;
      if (longer && IsSubsequence(read, run)) found.insert(run);
      written_as_read = written_as_read || run == read;
    }
  };
  for (const Footnote& footnote : filing.footnotes) search(footnote.text);
  search(filing.remarks);
  if (found.size() != 1 || written_as_read) return;
  filing.warnings.push_back({"ocr-issuer-from-text", "info", "issuer.name",
                             "OCR read the issuer as '" + read + "'; the filing's text writes it '" + *found.begin() +
                                 "'"});
  filing.issuer.name = *found.begin();
}

}  // namespace form4::internal

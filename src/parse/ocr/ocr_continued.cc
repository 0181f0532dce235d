#include "parse/ocr/ocr_continued.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "parse/ocr/ocr_text.h"

namespace form4::internal {
namespace {

// "F12" -> 12; 0 for an id of another shape.
int IdNumber(const std::string& id) {
  if (id.size() < 2 || id[0] != 'F') return 0;
  int number = 0;
  for (size_t i = 1; i < id.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(id[i])) || number > 100000) return 0;
    number = number * 10 + (id[i] - '0');
  }
  return number;
}

// Footnote ids in the order of their numbers.
bool ByNumber(const std::string& a, const std::string& b) { return IdNumber(a) < IdNumber(b); }

}  // namespace

std::optional<int> ContinuedFrom(std::string_view text) {
  const std::string folded = FoldForm(text.substr(0, 48));
  if (!folded.starts_with("continuedfromfootnote") && !folded.starts_with("continuedfromnote")) return std::nullopt;
  // The number is read from the text as written: folded, a 1 and an I are
  // one letter ("2) In addition", "31)As of").
  std::string lower(text.substr(0, 64));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const size_t note = lower.find("note");
  if (note == std::string::npos) return std::nullopt;
  size_t at = note + 4;
  while (at < lower.size() && lower[at] == ' ') ++at;
  size_t end = at;
  while (end < lower.size() && std::isalnum(static_cast<unsigned char>(lower[end]))) ++end;
  const std::string_view word = std::string_view(lower).substr(at, end - at);
  // A word of digits and the letters OCR reads for them ("l2") is the
  // number; else its leading digits are ("2In" run together).
  std::string digits;
  for (char c : word) {
    const char digit = std::isdigit(static_cast<unsigned char>(c)) ? c : c == 'l' || c == 'i' ? '1' : c == 'o' ? '0' : 0;
    if (digit == 0) {
      digits.clear();
      for (char d : word) {
        if (!std::isdigit(static_cast<unsigned char>(d))) break;
        digits += d;
      }
      break;
    }
    digits += digit;
  }
  if (digits.empty() || digits.size() > 3) return std::nullopt;
  const int number = std::stoi(digits);
  return number > 0 ? std::optional<int>(number) : std::nullopt;
}

void AddContinuedFootnotes(Filing& filing) {
  std::set<std::string> ids;
  for (const Footnote& footnote : filing.footnotes) {
    if (footnote.id) ids.insert(*footnote.id);
  }
  std::map<std::string, std::string> continuation;  // footnote id -> the id of the one continuing it
  for (const Footnote& footnote : filing.footnotes) {
    if (!footnote.id || !footnote.text) continue;
    const std::optional<int> from = ContinuedFrom(*footnote.text);
    if (!from) continue;
    const std::string base = "F" + std::to_string(*from);
    if (ids.count(base) > 0 && base != *footnote.id) continuation[base] = *footnote.id;
  }
  if (continuation.empty()) return;
  std::map<std::string, std::string> continued;  // continuation id -> the id it continues
  for (const auto& [base, next] : continuation) continued[next] = base;
  for (const auto& [kind, name] : kTableKeys) {
    std::vector<Row>& rows = filing.Table(kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      for (auto& [field, refs] : rows[i].footnote_ids) {
        std::set<std::string> whole(refs.begin(), refs.end());
        // Each step adds a new id of the footnotes: the walk ends.
        for (std::vector<std::string> pending(refs.begin(), refs.end()); !pending.empty();) {
          const std::string id = pending.back();
          pending.pop_back();
          for (const auto* link : {&continuation, &continued}) {
            const auto other = link->find(id);
            if (other != link->end() && whole.insert(other->second).second) pending.push_back(other->second);
          }
        }
        if (whole.size() == refs.size()) continue;
        std::vector<std::string> before = refs;
        std::sort(before.begin(), before.end());
        std::vector<std::string> added;
        std::set_difference(whole.begin(), whole.end(), before.begin(), before.end(), std::back_inserter(added));
        refs.assign(whole.begin(), whole.end());
        std::sort(refs.begin(), refs.end(), ByNumber);
        std::string path(name);
        path.append("[").append(std::to_string(i)).append("].footnote_ids.").append(field);
        std::string message = "a continued footnote is referred to as a whole: added";
        for (const std::string& id : added) message.append(" ").append(id);
        filing.warnings.push_back({"ocr-footnote-continued", "info", std::move(path), std::move(message)});
      }
    }
  }
}

}  // namespace form4::internal

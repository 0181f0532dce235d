#include "parse/ocr/ocr_terms.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <utility>
#include <vector>

#include "parse/ocr/ocr_text.h"

namespace form4::internal {
namespace {

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// Whether `key` (lower case) stands in `text` (lower case) as whole words,
// a plural's "s" after it allowed; a series or class goes on with a hyphen
// ("series b-1") is another one.
bool NamesKey(const std::string& text, const std::string& key) {
  for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + 1)) {
    if (at > 0 && IsAlnum(text[at - 1])) continue;
    size_t end = at + key.size();
    if (end < text.size() && text[end] == 's') ++end;
    if (end < text.size() && (IsAlnum(text[end]) || text[end] == '-')) continue;
    return true;
  }
  return false;
}

// SpeaksOfTerms of a text already in lower case.
bool LowerSpeaksOfTerms(const std::string& lower, Terms terms) {
  static constexpr std::array<std::string_view, 4> kDateTerms = {"exercisable", "convert", "expir", "vest"};
  if (terms == Terms::kConversion) return lower.find("convert") != std::string::npos;
  return std::any_of(kDateTerms.begin(), kDateTerms.end(),
                     [&](std::string_view term) { return lower.find(term) != std::string::npos; });
}

// A footnote's id and its text in lower case.
struct LowerNote {
  std::string id;
  std::string lower;
};

// The fields of a Table II row a footnote on the security's terms stands
// for when the filer wrote no value, and what that footnote speaks of.
struct TermField {
  const char* name;
  bool empty;
  Terms terms;
};

// The footnote of `notes` on the `terms` of a security whose title has
// `key`: the one that ExplainsTerms; when none names the security (or the
// title has no key), the one footnote of the filing that SpeaksOfTerms at
// all, unless it names another of the filing's securities (`keys`). nullptr
// when there is no such one footnote. `named` tells which.
const std::string* TermsFootnote(const std::vector<LowerNote>& notes, const std::optional<std::string>& key,
                                 const std::set<std::string>& keys, Terms terms, bool& named) {
  const LowerNote* naming = nullptr;
  const LowerNote* speaking = nullptr;
  size_t naming_count = 0;
  size_t speaking_count = 0;
  for (const LowerNote& note : notes) {
    if (!LowerSpeaksOfTerms(note.lower, terms)) continue;
    speaking = &note;
    ++speaking_count;
    if (key && NamesKey(note.lower, *key)) {
      naming = &note;
      ++naming_count;
    }
  }
  named = naming_count > 0;
  if (naming_count > 0) return naming_count == 1 ? &naming->id : nullptr;
  if (speaking_count != 1) return nullptr;
  const bool names_another = std::any_of(keys.begin(), keys.end(),
                                         [&](const std::string& other) { return NamesKey(speaking->lower, other); });
  return names_another ? nullptr : &speaking->id;
}

void InferRowTerms(Row& row, const std::vector<LowerNote>& notes, const std::set<std::string>& keys,
                   const std::string& path, std::vector<Warning>& warnings) {
  const std::optional<std::string> key = row.security_title ? TitleKey(*row.security_title) : std::nullopt;
  const std::array<TermField, 3> fields = {
      {{"exercise_date", !row.exercise_date, Terms::kDates},
       {"expiration_date", !row.expiration_date, Terms::kDates},
       {"conversion_or_exercise_price", !row.conversion_or_exercise_price, Terms::kConversion}}};
  for (const TermField& field : fields) {
    if (!field.empty) continue;
    bool named = false;
    const std::string* explaining = TermsFootnote(notes, key, keys, field.terms, named);
    if (!explaining) continue;
    std::vector<std::string>& ids = row.footnote_ids[field.name];
    if (!ids.empty()) continue;
    ids.push_back(*explaining);
    std::string where = path;
    where.append(".footnote_ids.").append(field.name);
    std::string message = "the row shows no ";
    message.append(field.name).append(" and OCR read no marker there; ").append(*explaining);
    if (named) {
      message.append(", the one footnote on the terms of '").append(*row.security_title).append("'");
    } else {
      message.append(", the filing's one footnote on a security's terms");
    }
    warnings.push_back({"ocr-terms-footnote", "info", std::move(where), std::move(message)});
  }
}

}  // namespace

std::optional<std::string> TitleKey(std::string_view title) {
  const std::vector<std::string> words = Words(title);
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& tag = words[i + 1];
    if ((words[i] == "Series" || words[i] == "Class") &&
        (std::isupper(static_cast<unsigned char>(tag[0])) || std::isdigit(static_cast<unsigned char>(tag[0])))) {
      std::string key = Lower(words[i]);
      key.append(" ").append(Lower(tag));
      return key;
    }
  }
  std::string plain;
  size_t count = 0;
  for (const std::string& word : words) {
    if (word.starts_with('(')) break;  // "(right to buy)" is no part of the name
    if (!plain.empty()) plain += ' ';
    plain += Lower(word);
    ++count;
  }
  if (count < 2) return std::nullopt;
  if (plain.ends_with('s')) plain.pop_back();
  return plain;
}

bool SpeaksOfTerms(std::string_view text, Terms terms) { return LowerSpeaksOfTerms(Lower(text), terms); }

bool ExplainsTerms(std::string_view text, std::string_view key, Terms terms) {
  const std::string lower = Lower(text);
  return LowerSpeaksOfTerms(lower, terms) && NamesKey(lower, std::string(key));
}

void InferTermsFootnotes(Filing& filing) {
  constexpr std::pair<TableKind, const char*> kTables[] = {
      {TableKind::kDerivativeTransactions, "derivative_transactions"},
      {TableKind::kDerivativeHoldings, "derivative_holdings"}};
  // The keys of the filing's derivative securities but those of underlying
  // securities: a footnote on converting names what a security converts
  // into, and OCR may have read an underlying title for a title.
  std::set<std::string> keys;
  std::set<std::string> underlying_keys;
  for (const auto& [kind, name] : kTables) {
    for (const Row& row : filing.Table(kind)) {
      if (row.security_title) {
        if (std::optional<std::string> key = TitleKey(*row.security_title)) keys.insert(std::move(*key));
      }
      if (row.underlying_security_title) {
        if (std::optional<std::string> key = TitleKey(*row.underlying_security_title)) {
          underlying_keys.insert(std::move(*key));
        }
      }
    }
  }
  for (const std::string& key : underlying_keys) keys.erase(key);
  std::vector<LowerNote> notes;
  for (const Footnote& footnote : filing.footnotes) {
    if (footnote.id && footnote.text) notes.push_back({*footnote.id, Lower(*footnote.text)});
  }
  for (const auto& [kind, name] : kTables) {
    std::vector<Row>& rows = filing.Table(kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      std::string path(name);
      path.append("[").append(std::to_string(i)).append("]");
      InferRowTerms(rows[i], notes, keys, path, filing.warnings);
    }
  }
}

}  // namespace form4::internal

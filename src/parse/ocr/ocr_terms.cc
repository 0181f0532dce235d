#include "parse/ocr/ocr_terms.h"

#include <algorithm>
#include <array>
#include <cctype>
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

// The fields of a Table II row a footnote on the security's terms stands
// for when the filer wrote no value, and what that footnote speaks of.
struct TermField {
  const char* name;
  bool empty;
  Terms terms;
};

// The one footnote of `footnotes` that ExplainsTerms(`terms`, `key`), else
// nullptr.
const std::string* TermsFootnote(const std::vector<Footnote>& footnotes, const std::string& key, Terms terms) {
  const std::string* explaining = nullptr;
  for (const Footnote& footnote : footnotes) {
    if (!footnote.id || !footnote.text || !ExplainsTerms(*footnote.text, key, terms)) continue;
    if (explaining) return nullptr;
    explaining = &*footnote.id;
  }
  return explaining;
}

void InferRowTerms(Row& row, const std::vector<Footnote>& footnotes, const std::string& path,
                   std::vector<Warning>& warnings) {
  if (!row.security_title) return;
  const std::optional<std::string> key = TitleKey(*row.security_title);
  if (!key) return;
  const std::array<TermField, 3> fields = {
      {{"exercise_date", !row.exercise_date, Terms::kDates},
       {"expiration_date", !row.expiration_date, Terms::kDates},
       {"conversion_or_exercise_price", !row.conversion_or_exercise_price, Terms::kConversion}}};
  for (const TermField& field : fields) {
    if (!field.empty) continue;
    const std::string* explaining = TermsFootnote(footnotes, *key, field.terms);
    if (!explaining) continue;
    std::vector<std::string>& ids = row.footnote_ids[field.name];
    if (!ids.empty()) continue;
    ids.push_back(*explaining);
    std::string where = path;
    where.append(".footnote_ids.").append(field.name);
    std::string message = "the row shows no ";
    message.append(field.name).append(" and OCR read no marker there; ").append(*explaining);
    message.append(", the one footnote on the terms of '").append(*row.security_title).append("'");
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

bool ExplainsTerms(std::string_view text, std::string_view key, Terms terms) {
  static constexpr std::array<std::string_view, 4> kDateTerms = {"exercisable", "convert", "expir", "vest"};
  const std::string lower = Lower(text);
  const bool speaks_of_terms =
      terms == Terms::kConversion
          ? lower.find("convert") != std::string::npos
          : std::any_of(kDateTerms.begin(), kDateTerms.end(),
                        [&](std::string_view term) { return lower.find(term) != std::string::npos; });
  return speaks_of_terms && NamesKey(lower, std::string(key));
}

void InferTermsFootnotes(Filing& filing) {
  constexpr std::pair<TableKind, const char*> kTables[] = {
      {TableKind::kDerivativeTransactions, "derivative_transactions"},
      {TableKind::kDerivativeHoldings, "derivative_holdings"}};
  for (const auto& [kind, name] : kTables) {
    std::vector<Row>& rows = filing.Table(kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      std::string path(name);
      path.append("[").append(std::to_string(i)).append("]");
      InferRowTerms(rows[i], filing.footnotes, path, filing.warnings);
    }
  }
}

}  // namespace form4::internal

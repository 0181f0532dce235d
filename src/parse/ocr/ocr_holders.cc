#include "parse/ocr/ocr_holders.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

#include "parse/ocr/ocr_marks.h"
#include "parse/ocr/ocr_text.h"
#include "util/text.h"

namespace form4::internal {

std::vector<std::optional<size_t>> ContinuedHoldings(const std::vector<HoldingStep>& steps) {
  std::vector<std::optional<size_t>> continued(steps.size());
  for (size_t r = 0; r < steps.size(); ++r) {
    const HoldingStep& step = steps[r];
    if (!step.shares || !step.owned_after || *step.shares <= 0 || (step.direction != "A" && step.direction != "D")) {
      continue;
    }
    const long long before = step.direction == "A" ? *step.owned_after - *step.shares : *step.owned_after + *step.shares;
    for (size_t earlier = r; earlier-- > 0;) {
      if (steps[earlier].title == step.title && steps[earlier].owned_after == before) {
        continued[r] = earlier;
        break;
      }
    }
  }
  return continued;
}

std::vector<bool> SharedHoldingNatures(const std::vector<HoldingNature>& rows) {
  std::vector<bool> shared(rows.size(), false);
  for (size_t r = 0; r < rows.size(); ++r) {
    if (!rows[r].indirect_holding || FoldForm(rows[r].nature).empty()) continue;
    for (size_t other = 0; other < rows.size() && !shared[r]; ++other) {
      shared[r] = other != r && rows[other].indirect_holding && rows[other].title == rows[r].title &&
                  FoldForm(rows[other].nature) == FoldForm(rows[r].nature);
    }
  }
  return shared;
}

std::vector<int> FitHolderRun(const std::vector<int>& read, const std::vector<int>& holders) {
  size_t readings = 0;
  for (int number : read) readings += number > 0;
  if (read.empty() || holders.size() < read.size()) return {};
  size_t best = 0, best_agreeing = 0, ties = 0;
  for (size_t p = 0; p + read.size() <= holders.size(); ++p) {
    size_t agreeing = 0;
    for (size_t j = 0; j < read.size(); ++j) agreeing += read[j] > 0 && read[j] == holders[p + j];
    if (agreeing > best_agreeing) {
      best = p;
      best_agreeing = agreeing;
      ties = 0;
    } else if (agreeing == best_agreeing) {
      ++ties;
    }
  }
  if (best_agreeing < 2 || best_agreeing * 2 <= readings || ties > 0) return {};
  return std::vector<int>(holders.begin() + static_cast<std::ptrdiff_t>(best),
                          holders.begin() + static_cast<std::ptrdiff_t>(best + read.size()));
}

namespace {

bool NaturesAlike(const OptString& a, const OptString& b) {
  if (!a || !b) return false;
  return FoldForm(*a) == FoldForm(*b) || (NamesOwnFootnote(*a) && NamesOwnFootnote(*b));
}

// Gives `to` the nature footnotes of `from` (a row of the other table).
void TakeNatureFootnotes(const Row& from, Row& to, const std::string& path, std::vector<Warning>& warnings) {
  const auto refs = from.footnote_ids.find("nature_of_ownership");
  if (refs == from.footnote_ids.end() || refs->second.empty() || to.footnote_ids.count("nature_of_ownership") > 0) {
    return;
  }
  to.footnote_ids["nature_of_ownership"] = refs->second;
  std::string message = "the nature's marker was lost; the conversion's other row (same date, same shares) refers to";
  for (const std::string& id : refs->second) message.append(" ").append(id);
  message.append(": the converted and the received shares are one holder's");
  warnings.push_back({"ocr-conversion-holder", "info", path, std::move(message)});
}

}  // namespace

void ShareConversionHolders(Filing& filing) {
  for (size_t d = 0; d < filing.derivative_transactions.size(); ++d) {
    Row& conversion = filing.derivative_transactions[d];
    if (conversion.code != "C" || !conversion.shares || !conversion.transaction_date) continue;
    Row* produced = nullptr;
    size_t produced_index = 0, matches = 0;
    for (size_t n = 0; n < filing.non_derivative_transactions.size(); ++n) {
      Row& row = filing.non_derivative_transactions[n];
      if (row.code == "C" && row.transaction_date == conversion.transaction_date && row.shares &&
          row.shares->text == conversion.shares->text) {
        produced = &row;
        produced_index = n;
        ++matches;
      }
    }
    if (matches != 1 || !NaturesAlike(produced->nature_of_ownership, conversion.nature_of_ownership)) continue;
    TakeNatureFootnotes(*produced, conversion,
                        "derivative_transactions[" + std::to_string(d) + "].footnote_ids.nature_of_ownership",
                        filing.warnings);
    TakeNatureFootnotes(conversion, *produced,
                        "non_derivative_transactions[" + std::to_string(produced_index) +
                            "].footnote_ids.nature_of_ownership",
                        filing.warnings);
  }
}

namespace {

// "Footnote", "Footnotes", "Footnote(!5)", "footnote”": the word as read, marks after it aside.
std::optional<std::string> FootnoteWord(const std::string& word) {
  for (const std::string_view form : {"Footnotes", "Footnote"}) {
    if (word.size() < form.size() || FoldForm(word.substr(0, form.size())) != FoldForm(form)) continue;
    const std::string_view rest = std::string_view(word).substr(form.size());
    if (std::any_of(rest.begin(), rest.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; })) {
      continue;
    }
    return word.substr(0, form.size());  // in the case read ("See footnote")
  }
  return std::nullopt;
}

}  // namespace

void DropFootnoteNatureDebris(Filing& filing) {
  for (const auto& [kind, name] : kTableKeys) {
    std::vector<Row>& rows = filing.Table(kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      OptString& nature = rows[i].nature_of_ownership;
      if (!nature) continue;
      const std::vector<std::string> words = Words(*nature);
      if (words.size() < 2) continue;
      const std::optional<std::string> last = FootnoteWord(words.back());
      if (!last) continue;
      std::string see;
      bool debris = true;
      for (size_t w = 0; w + 1 < words.size(); ++w) {
        if (FoldForm(words[w]) == "see" && see.empty()) {
          see = words[w];
        } else {
          debris = debris && words[w].size() <= 3;
        }
      }
      std::string cleaned = see;
      AppendWord(cleaned, *last);
      if (!debris || cleaned == *nature) continue;
      std::string path(name);
      path.append("[").append(std::to_string(i)).append("].nature_of_ownership");
      filing.warnings.push_back({"ocr-nature-completed", "info", std::move(path),
                                 "OCR nature of ownership '" + *nature + "' held a marker's debris; read as '" +
                                     cleaned + "'"});
      *nature = cleaned;
    }
  }
}

bool ExplainsUntradedHolding(std::string_view text) {
  // FoldForm reads an l as i: the phrases are written folded alike.
  const std::string folded = FoldForm(text);
  const bool no_transaction = folded.find("notsubjecttoaparticuiartransaction") != std::string::npos ||
                              folded.find("notsubjecttoatransaction") != std::string::npos ||
                              folded.find("notsubjecttoanytransaction") != std::string::npos;
  return no_transaction || folded.find("iistedheretodisciose") != std::string::npos;
}

void ReferHoldingsToUntradedFootnote(Filing& filing) {
  if (!filing.document_type || !filing.document_type->starts_with("4")) return;
  std::string untraded;
  for (const Footnote& footnote : filing.footnotes) {
    if (!footnote.id || !footnote.text || !ExplainsUntradedHolding(*footnote.text)) continue;
    if (!untraded.empty()) return;  // two: which one a row refers to is not told
    untraded = *footnote.id;
  }
  if (untraded.empty()) return;
  for (const std::vector<Row>* transactions : {&filing.non_derivative_transactions, &filing.derivative_transactions}) {
    for (const Row& row : *transactions) {
      for (const auto& [field, refs] : row.footnote_ids) {
        if (std::find(refs.begin(), refs.end(), untraded) != refs.end()) return;  // about transactions too
      }
    }
  }
  for (const auto& [kind, name] : kTableKeys) {
    if (kind != TableKind::kNonDerivativeHoldings && kind != TableKind::kDerivativeHoldings) continue;
    std::vector<Row>& rows = filing.Table(kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      Row& row = rows[i];
      if (!row.shares_owned_following || row.footnote_ids.count("shares_owned_following") > 0) continue;
      row.footnote_ids["shares_owned_following"] = {untraded};
      std::string path(name);
      path.append("[").append(std::to_string(i)).append("].footnote_ids.shares_owned_following");
      filing.warnings.push_back({"ocr-holding-footnote", "info", std::move(path),
                                 "no marker read after the amount; " + untraded +
                                     ", the filing's one footnote on holdings in no transaction"});
    }
  }
}

}  // namespace form4::internal

#include "parse/ocr/ocr_natures.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "parse/ocr/ocr_text.h"

namespace form4::internal {
namespace {

constexpr std::pair<TableKind, const char*> kTables[] = {
    {TableKind::kNonDerivativeTransactions, "non_derivative_transactions"},
    {TableKind::kNonDerivativeHoldings, "non_derivative_holdings"},
    {TableKind::kDerivativeTransactions, "derivative_transactions"},
    {TableKind::kDerivativeHoldings, "derivative_holdings"}};

// Whether `piece` is a run of consecutive whole words of `whole`, shorter.
bool IsPieceOf(const std::vector<std::string>& piece, const std::vector<std::string>& whole) {
  if (piece.empty() || piece.size() >= whole.size()) return false;
  return std::search(whole.begin(), whole.end(), piece.begin(), piece.end()) != whole.end();
}

}  // namespace

void CompleteNatureFragments(Filing& filing) {
  std::map<std::string, int> natures;  // text -> rows showing it
  for (const auto& [kind, name] : kTables) {
    for (const Row& row : filing.Table(kind)) {
      if (row.nature_of_ownership) ++natures[*row.nature_of_ownership];
    }
  }
  for (const auto& [kind, name] : kTables) {
    std::vector<Row>& rows = filing.Table(kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      OptString& nature = rows[i].nature_of_ownership;
      if (!nature) continue;
      const std::vector<std::string> piece = Words(*nature);
      std::set<std::string> wholes;
      // A whole is read alike in two rows at least: a smeared read is not.
      for (const auto& [other, rows_showing] : natures) {
        if (rows_showing >= 2 && IsPieceOf(piece, Words(other))) wholes.insert(other);
      }
      std::string path(name);
      path += '[' + std::to_string(i) + "].nature_of_ownership";
      if (wholes.empty()) {
        if (piece.size() == 1) {
          filing.warnings.push_back({"ocr-nature-completed", "info", std::move(path),
                                     "OCR kept one word '" + *nature + "' of a nature of ownership; left out"});
          nature.reset();
        }
        continue;
      }
      std::string message = "OCR kept a piece '" + *nature + "' of a longer nature of ownership";
      if (wholes.size() == 1) {
        nature = *wholes.begin();
        message += "; completed as '" + *nature + "'";
      } else {
        nature.reset();
        message += " that several owners' names hold; left out";
      }
      filing.warnings.push_back({"ocr-nature-completed", "info", std::move(path), std::move(message)});
    }
  }
}

}  // namespace form4::internal

#include "form4/model.h"

namespace form4 {

std::vector<Row>& Filing::Table(TableKind kind) {
  switch (kind) {
    case TableKind::kNonDerivativeTransactions: return non_derivative_transactions;
    case TableKind::kNonDerivativeHoldings: return non_derivative_holdings;
    case TableKind::kDerivativeTransactions: return derivative_transactions;
    case TableKind::kDerivativeHoldings: return derivative_holdings;
  }
  return non_derivative_transactions;  // unreachable: every enumerator is handled
}

const std::vector<Row>& Filing::Table(TableKind kind) const {
  return const_cast<Filing*>(this)->Table(kind);
}

Filing CanonicalFacts(Filing filing) {
  filing.source = Source{};
  filing.warnings.clear();
  filing.derived = FilingDerived{};
  for (TableKind kind : {TableKind::kNonDerivativeTransactions, TableKind::kNonDerivativeHoldings,
                         TableKind::kDerivativeTransactions, TableKind::kDerivativeHoldings}) {
    for (Row& row : filing.Table(kind)) row.derived = RowDerived{};
  }
  return filing;
}

}  // namespace form4

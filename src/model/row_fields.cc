#include "model/row_fields.h"

#include <array>

namespace form4::internal {
namespace {

// Order and presence follow shared/spec/canonical-json.md.
const std::array<RowField, 21> kRowFields = {{
    {"security_title", &Row::security_title, false, true, true},
    {"conversion_or_exercise_price", &Row::conversion_or_exercise_price, false, false, true},
    {"transaction_date", &Row::transaction_date, true, true, false},
    {"deemed_execution_date", &Row::deemed_execution_date, true, true, false},
    {"form_type", &Row::form_type, false, true, true},
    {"code", &Row::code, false, true, false},
    {"equity_swap_involved", &Row::equity_swap_involved, false, true, false},
    {"timeliness", &Row::timeliness, false, true, false},
    {"shares", &Row::shares, false, true, false},
    {"total_value", &Row::total_value, false, false, false},
    {"price_per_share", &Row::price_per_share, false, true, false},
    {"acquired_disposed", &Row::acquired_disposed, false, true, false},
    {"exercise_date", &Row::exercise_date, true, false, true},
    {"expiration_date", &Row::expiration_date, true, false, true},
    {"underlying_security_title", &Row::underlying_security_title, false, false, true},
    {"underlying_security_shares", &Row::underlying_security_shares, false, false, true},
    {"underlying_security_value", &Row::underlying_security_value, false, false, true},
    {"shares_owned_following", &Row::shares_owned_following, false, true, true},
    {"value_owned_following", &Row::value_owned_following, false, true, true},
    {"direct_or_indirect", &Row::direct_or_indirect, false, true, true},
    {"nature_of_ownership", &Row::nature_of_ownership, false, true, true},
}};

}  // namespace

std::span<const RowField> RowFields() { return kRowFields; }

bool TableHasField(TableKind table, const RowField& field) {
  const bool derivative =
      table == TableKind::kDerivativeTransactions || table == TableKind::kDerivativeHoldings;
  const bool holding =
      table == TableKind::kNonDerivativeHoldings || table == TableKind::kDerivativeHoldings;
  return (derivative || field.in_non_derivative) && (!holding || field.in_holdings);
}

const RowField* FindRowField(std::string_view name) {
  for (const RowField& field : kRowFields) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

}  // namespace form4::internal

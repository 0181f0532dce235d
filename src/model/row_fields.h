// The fields of a table row (Row in model.h) in canonical order, with the
// tables that carry each one. The JSON writer and the readers share this list,
// so a field's name, type and presence are defined once.
#ifndef FORM4_MODEL_ROW_FIELDS_H_
#define FORM4_MODEL_ROW_FIELDS_H_

#include <span>
#include <string_view>
#include <variant>

#include "form4/model.h"

namespace form4::internal {

/// A pointer to one Row member; dates are OptString members flagged `is_date`.
using RowMember = std::variant<OptString Row::*, OptNumber Row::*, OptBool Row::*>;

struct RowField {
  std::string_view name;  // canonical JSON key
  RowMember member;
  bool is_date;
  bool in_non_derivative;  // carried by Table I rows
  bool in_holdings;        // carried by holding rows (not only transactions)
};

/// All row fields, in the order canonical JSON writes them.
std::span<const RowField> RowFields();

/// True when rows of `table` carry `field`.
bool TableHasField(TableKind table, const RowField& field);

/// The field named `name`, or nullptr.
const RowField* FindRowField(std::string_view name);

}  // namespace form4::internal

#endif  // FORM4_MODEL_ROW_FIELDS_H_

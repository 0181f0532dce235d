// Where each Row field lives in an <ownershipDocument> table row, as data shared
// by the reader (ownership_xml.cc) and the writer (write/edgar_xml.cc), so the
// two directions cannot drift apart.
#ifndef FORM4_PARSE_OWNERSHIP_XML_PATHS_H_
#define FORM4_PARSE_OWNERSHIP_XML_PATHS_H_

#include <array>
#include <string_view>

#include "model/row_fields.h"

namespace form4::internal {

// A Row field at `group/element` inside a table row element, or at `element`
// when `group` is empty.
struct RowElementPath {
  const char* group;  // "" for none
  const char* element;
  std::string_view field;
};

// In the schema's element order (ownershipxmltechspec-v5 section 3.5), which is
// also the canonical field order.
inline constexpr std::array<RowElementPath, 21> kRowElementPaths = {{
    {"", "securityTitle", "security_title"},
    {"", "conversionOrExercisePrice", "conversion_or_exercise_price"},
    {"", "transactionDate", "transaction_date"},
    {"", "deemedExecutionDate", "deemed_execution_date"},
    {"transactionCoding", "transactionFormType", "form_type"},
    {"transactionCoding", "transactionCode", "code"},
    {"transactionCoding", "equitySwapInvolved", "equity_swap_involved"},
    {"", "transactionTimeliness", "timeliness"},
    {"transactionAmounts", "transactionShares", "shares"},
    {"transactionAmounts", "transactionTotalValue", "total_value"},
    {"transactionAmounts", "transactionPricePerShare", "price_per_share"},
    {"transactionAmounts", "transactionAcquiredDisposedCode", "acquired_disposed"},
    {"", "exerciseDate", "exercise_date"},
    {"", "expirationDate", "expiration_date"},
    {"underlyingSecurity", "underlyingSecurityTitle", "underlying_security_title"},
    {"underlyingSecurity", "underlyingSecurityShares", "underlying_security_shares"},
    {"underlyingSecurity", "underlyingSecurityValue", "underlying_security_value"},
    {"postTransactionAmounts", "sharesOwnedFollowingTransaction", "shares_owned_following"},
    {"postTransactionAmounts", "valueOwnedFollowingTransaction", "value_owned_following"},
    {"ownershipNature", "directOrIndirectOwnership", "direct_or_indirect"},
    {"ownershipNature", "natureOfOwnership", "nature_of_ownership"},
}};

// The RowField of kRowElementPaths[index], resolved once.
inline const RowField& RowElementField(size_t index) {
  static const auto resolved = [] {
    std::array<const RowField*, kRowElementPaths.size()> fields{};
    for (size_t i = 0; i < fields.size(); ++i) fields[i] = FindRowField(kRowElementPaths[i].field);
    return fields;
  }();
  return *resolved[index];
}

// A footnote on a whole group annotates the group's first field (canonical-json.md).
struct GroupFootnoteField {
  const char* group;
  std::string_view field;
};
inline constexpr std::array<GroupFootnoteField, 5> kGroupFootnoteFields = {{
    {"transactionCoding", "code"},
    {"transactionAmounts", "shares"},
    {"underlyingSecurity", "underlying_security_title"},
    {"postTransactionAmounts", "shares_owned_following"},
    {"ownershipNature", "direct_or_indirect"},
}};

}  // namespace form4::internal

#endif  // FORM4_PARSE_OWNERSHIP_XML_PATHS_H_

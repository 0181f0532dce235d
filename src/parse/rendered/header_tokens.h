// The header of a rendered form (boxes 1-6 and the check boxes) as a stream of
// tokens: the form's printed labels, the filled-in values and the check boxes.
#ifndef FORM4_PARSE_RENDERED_HEADER_TOKENS_H_
#define FORM4_PARSE_RENDERED_HEADER_TOKENS_H_

#include <string>
#include <string_view>
#include <vector>

namespace form4::internal {

/// The printed labels of the form's header that locate its values.
enum class Label {
  kName,          // 1. Name and Address of Reporting Person
  kIssuer,        // Issuer Name and Ticker or Trading Symbol
  kPeriod,        // Date of Earliest Transaction / of Event Requiring Statement / Fiscal Year Ended
  kAmendment,     // If Amendment, Date of Original Filed
  kRelationship,  // Relationship of Reporting Person(s) to Issuer
  kJointFiling,   // Individual or Joint/Group Filing
  kPlanBox,       // Rule 10b5-1(c) Transaction Indication
  kPlanSentence,  // "... intended to satisfy the affirmative defense conditions of Rule 10b5-1(c)"
  kSection16,     // Check this box if no longer subject to Section 16
  kLast,          // (Last) (First) (Middle)
  kStreet,        // (Street)
  kCity,          // (City) (State) (Zip)
  kDirector,
  kTenPercentOwner,
  kOfficer,       // Officer (give title below)
  kOther,         // Other (specify below)
};

struct HeaderToken {
  enum class Kind { kLabel, kValue, kCheckbox, kText };
  Kind kind;
  Label label = Label::kName;  // kLabel only
  bool checked = false;        // kCheckbox only
  std::string text;            // kValue: the value as written; kText: other printed text;
                               // kLabel: the label's words as written
};

/// Splits one cell into tokens, in order. `<u>…</u>` is a value; checkboxes are
/// checkbox tokens; known label phrases become label tokens; other text is kept
/// as text tokens (boilerplate or, in renderings without `<u>`, values).
std::vector<HeaderToken> TokenizeHeaderCell(std::string_view cell);

}  // namespace form4::internal

#endif  // FORM4_PARSE_RENDERED_HEADER_TOKENS_H_

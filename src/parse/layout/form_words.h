// Printed words of Forms 3, 4 and 5 that readers of printed forms recognize.
#ifndef FORM4_PARSE_LAYOUT_FORM_WORDS_H_
#define FORM4_PARSE_LAYOUT_FORM_WORDS_H_

#include <string_view>

namespace form4::internal {

/// The words of Table I and II's column headings on Forms 3, 4 and 5.
inline constexpr std::string_view kTableHeadingText =
    "1. Title of Security (Instr. 3) 2. Transaction Date (Month/Day/Year) 2A. Deemed Execution Date, if any "
    "(Month/Day/Year) 3. Transaction Code (Instr. 8) 4. Securities Acquired (A) or Disposed Of (D) (Instr. 3, 4 "
    "and 5) 5. Amount of Securities Beneficially Owned Following Reported Transaction(s) (Instr. 3 and 4) "
    "6. Ownership Form: Direct (D) or Indirect (I) (Instr. 4) 7. Nature of Indirect Beneficial Ownership "
    "(Instr. 4) Code V Amount (A) or (D) Price "
    "1. Title of Derivative Security (Instr. 3) 2. Conversion or Exercise Price of Derivative Security "
    "3. Transaction Date 3A. Deemed Execution Date 4. Transaction Code 5. Number of Derivative Securities "
    "Acquired (A) or Disposed of (D) 6. Date Exercisable and Expiration Date 7. Title and Amount of Securities "
    "Underlying Derivative Security 8. Price of Derivative Security (Instr. 5) 9. Number of derivative "
    "Securities Beneficially Owned Following Reported Transaction(s) 10. Ownership Form: Direct (D) or Indirect "
    "(I) 11. Nature of Indirect Beneficial Ownership Date Exercisable Expiration Date Title Amount or Number of "
    "Shares at end of Issuer's Fiscal Year 2. Amount of Securities Beneficially Owned 3. Ownership Form "
    "4. Nature of Indirect Beneficial Ownership 4. Conversion or Exercise Price 5. Ownership Form "
    "6. Nature of Indirect Beneficial Ownership";

}  // namespace form4::internal

#endif  // FORM4_PARSE_LAYOUT_FORM_WORDS_H_

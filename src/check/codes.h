// The SEC's transaction codes (Form 4 General Instruction 8; the XML technical
// specification's TransCodeList).
#ifndef FORM4_CHECK_CODES_H_
#define FORM4_CHECK_CODES_H_

#include <string_view>

#include "form4/model.h"

namespace form4::internal {

/// The meaning of a one-letter transaction code ("S" -> "Open market or private
/// sale of non-derivative or derivative security"); "" for anything else.
std::string_view CodeMeaning(std::string_view code);

/// The row's code meaning, followed by "; K: …" when the row involves an equity
/// swap and "; V: …" when it was reported earlier than required (a Form 5
/// transaction reported on a Form 4, or timeliness "E"). Nullopt without a
/// known code.
OptString CodeDescription(const Row& row);

/// True for P and S (open market or private purchase or sale), false for any
/// other known code, nullopt without a known code.
OptBool IsOpenMarket(const Row& row);

}  // namespace form4::internal

#endif  // FORM4_CHECK_CODES_H_

#include "check/codes.h"

#include <array>
#include <utility>

namespace form4::internal {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kCodes = {{
    {"A", "Grant, award or other acquisition pursuant to Rule 16b-3(d)"},
    {"C", "Conversion of derivative security"},
    {"D", "Disposition to the issuer of issuer equity securities pursuant to Rule 16b-3(e)"},
    {"E", "Expiration of short derivative position"},
    {"F", "Payment of exercise price or tax liability by delivering or withholding securities incident to the "
          "receipt, exercise or vesting of a security issued in accordance with Rule 16b-3"},
    {"G", "Bona fide gift"},
    {"H", "Expiration (or cancellation) of long derivative position with value received"},
    {"I", "Discretionary transaction in accordance with Rule 16b-3(f) resulting in acquisition or disposition of "
          "issuer securities"},
    {"J", "Other acquisition or disposition (describe transaction)"},
    {"K", "Transaction in equity swap or instrument with similar characteristics"},
    {"L", "Small acquisition under Rule 16a-6"},
    {"M", "Exercise or conversion of derivative security exempted pursuant to Rule 16b-3"},
    {"O", "Exercise of out-of-the-money derivative security"},
    {"P", "Open market or private purchase of non-derivative or derivative security"},
    {"S", "Open market or private sale of non-derivative or derivative security"},
    {"U", "Disposition pursuant to a tender of shares in a change of control transaction"},
    {"V", "Transaction voluntarily reported earlier than required"},
    {"W", "Acquisition or disposition by will or the laws of descent and distribution"},
    {"X", "Exercise of in-the-money or at-the-money derivative security"},
    {"Z", "Deposit into or withdrawal from voting trust"},
}};

// A Form 5 transaction on a Form 4, or one marked early: EDGAR adds "V".
bool ReportedEarly(const Row& row) {
  return (row.form_type && *row.form_type == "5") || (row.timeliness && *row.timeliness == "E");
}

}  // namespace

std::string_view CodeMeaning(std::string_view code) {
  if (code.size() != 1) return "";
  for (const auto& [letter, meaning] : kCodes) {
    if (letter[0] == code[0]) return meaning;
  }
  return "";
}

OptString CodeDescription(const Row& row) {
  if (!row.code) return std::nullopt;
  const std::string_view meaning = CodeMeaning(*row.code);
  if (meaning.empty()) return std::nullopt;
  std::string description(meaning);
  if (row.equity_swap_involved.value_or(false)) description.append("; K: ").append(CodeMeaning("K"));
  if (ReportedEarly(row)) description.append("; V: ").append(CodeMeaning("V"));
  return description;
}

OptBool IsOpenMarket(const Row& row) {
  if (!row.code || CodeMeaning(*row.code).empty()) return std::nullopt;
  return *row.code == "P" || *row.code == "S";
}

}  // namespace form4::internal

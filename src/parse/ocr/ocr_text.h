// Text recognized (OCR) from a printed Form 3/4/5: lines in reading order,
// without columns, with misread characters (O/0, l/1, S/5, $/S), separators
// dropped and footnote markers garbled. These helpers recognize the form's
// printed words despite such errors and read values defensively.
#ifndef FORM4_PARSE_OCR_OCR_TEXT_H_
#define FORM4_PARSE_OCR_OCR_TEXT_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "form4/model.h"

namespace form4::internal {

/// The lines of `input`: form feeds removed, whitespace collapsed, stray
/// table rules (`|`, `_`, `—` standing alone) dropped, curly quotes made
/// straight and roman numerals misread as "Il" or "Ill" repaired.
std::vector<std::string> OcrLines(std::string_view input);

/// The words of a line.
std::vector<std::string> Words(std::string_view line);

/// Edit distance between `a` and `b` (bytes), stopping early above `limit`
/// (then returns limit + 1).
size_t EditDistance(std::string_view a, std::string_view b, size_t limit);

/// Lower case letters and digits of `text`, other characters dropped, with
/// characters OCR confuses in printed words mapped to one ('|', '1' and 'l'
/// to 'i'; '0' to 'o'): the form text is compared in.
std::string FoldForm(std::string_view text);

/// True when folded `line` contains folded `phrase` with at most one error
/// per `per_error` characters of the phrase.
bool ContainsPhrase(std::string_view line, std::string_view phrase, size_t per_error = 8);

/// Where folded `phrase` starts in `line` (byte offset into `line`) within
/// the tolerance of ContainsPhrase, and where it ends; nullopt when absent.
struct PhraseSpan {
  size_t begin;
  size_t end;
};
std::optional<PhraseSpan> FindPhrase(std::string_view line, std::string_view phrase, size_t per_error = 8);

/// A number as printed, read from an OCR word: the digits of "$1,234.50"
/// (with O read as 0, l and I as 1), and what followed them (a garbled
/// footnote marker such as "2)" or "°"). `grouped` tells that thousands
/// separators fixed where the number ends ("8,2022)" reads 8,202 then "2)").
struct OcrNumber {
  std::string digits;  // "1234.50"
  std::string rest;    // the characters after the number
  bool dollar = false;
  bool grouped = false;
};
std::optional<OcrNumber> ReadOcrNumber(std::string_view word);

/// "07/27/2023" from an OCR word (digits confused with letters repaired), else nullopt.
std::optional<std::string> ReadOcrDate(std::string_view word);

/// A date at the start of an OCR word and what follows it ("05/21/2022(8)").
struct OcrDate {
  std::string date;  // MM/DD/YYYY
  std::string rest;
};
std::optional<OcrDate> ReadOcrDatePrefix(std::string_view word);

/// The footnote number a garbled marker shows: "(2)", "2)", "[12]", "2]"; else "".
std::string MarkerNumber(std::string_view text);

/// What OCR left of a footnote marker after a value, read: `present` when
/// `rest` holds more than noise (a lone bracket or stop), `number` when its
/// digits can be read ("2)", "(12)", "°8)"; `rest` after a grouped number may
/// also be a bare digit, "8,2022" being 8,202 and footnote 2).
struct MarkerTrace {
  bool present = false;
  std::string number;
};
MarkerTrace ReadMarkerTrace(std::string_view rest, bool after_grouped_number);

/// The four tables, with their keys in the canonical JSON (for warnings' paths).
inline constexpr std::pair<TableKind, const char*> kTableKeys[] = {
    {TableKind::kNonDerivativeTransactions, "non_derivative_transactions"},
    {TableKind::kNonDerivativeHoldings, "non_derivative_holdings"},
    {TableKind::kDerivativeTransactions, "derivative_transactions"},
    {TableKind::kDerivativeHoldings, "derivative_holdings"}};

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_TEXT_H_

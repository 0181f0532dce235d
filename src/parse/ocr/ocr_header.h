// Header values of a printed Form 3/4/5 that OCR garbled, repaired from what
// the form's structure and the filing's own text decide.
#ifndef FORM4_PARSE_OCR_OCR_HEADER_H_
#define FORM4_PARSE_OCR_OCR_HEADER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "form4/model.h"
#include "parse/rendered/grid.h"

namespace form4::internal {

/// The earliest transaction date (MM/DD/YYYY) of the tables OCR read into
/// `tables` (rows as AppendOcrTable writes them), else nullopt.
std::optional<std::string> EarliestTransactionDate(const Grid& tables);

/// The digits of the scraps OCR left of a date in a box ("11 5 021" of
/// 11/15/2021): the words made mostly of digits, `O` read as 0 and `l`/`I`
/// as 1 in them ("2O1l"), box numbers ("3.") and words of such letters
/// alone ("Ol") left out.
std::string DateScrapDigits(std::string_view line);

/// True when `digits` (DateScrapDigits) could be what OCR kept of `date`
/// (MM/DD/YYYY): at least four of them, in the date's order, none foreign.
bool DigitsFitDate(std::string_view digits, std::string_view date);

/// True for the two capitals of a US state (with DC and PR).
bool IsStateCode(std::string_view code);

/// The US state (two capitals) a scrap OCR made of the State box stands for
/// ("co" for CO, "™" for TX or TN): the states the scrap's letters could be,
/// narrowed by the ZIP code's first three digits (the Postal Service gives
/// each state its own ranges); "" unless exactly one remains.
std::string StateFromScrap(std::string_view scrap, std::string_view zip);

/// The state the ZIP code's first three digits belong to, "" when unknown.
std::string StateOfZip(std::string_view zip);

/// Whether `word` is mostly digits (no more letters than half its digits).
bool IsMostlyDigits(std::string_view word);

/// A word OCR made of a date it could not read ("OG/LT/2020", "UGE30/202")
/// with the letters it reads for digits put back ("06/17/2020"); "" when
/// `word` is not such a scrap (no slash, or mostly letters even so).
std::string SlashedDateScrap(std::string_view word);

/// The text of one line of a signature block. The Date column stands right
/// of the name, so a line ends with the date or what OCR left of it: the
/// first date read is stored in `date` (when empty), scraps of dates are
/// added to `scraps` (mostly digits, letters read for digits put back) and
/// cut off with the marks before them ("Power u 2022" → "Power"); a line
/// left without a word of two letters (nor "/s/") was the date column's
/// alone ("7 ~ 02/14/2022", "= (23)") and gives "".
std::string SignatureLineText(std::string_view line, std::string& date, std::vector<std::string>& scraps);

/// Appends a signature line to `name`: a word cut at the line's end with a
/// hyphen joins the next line's ("Attorney-" "in-fact"); OCR reads that
/// hyphen as a colon too ("Attorney:" "in-fact").
void AppendSignatureLine(std::string& name, std::string_view piece);

/// Of `dates`, the one nearest a scrap of `scraps` in characters, two edits
/// at most; nullopt when none is so near or two different dates are equally near.
std::optional<std::string> NearestDate(const std::vector<std::string>& scraps, const std::vector<std::string>& dates);

/// `name` with the "/s/" that opens a conformed signature repaired where OCR
/// misread it as its first word ("ls", "isl", "Is/").
std::string WithSignatureMark(const std::string& name);

/// Completes the issuer's name of `filing` with what OCR dropped of it
/// ("Tesla Inc.", "oby Aviation, Inc.") where the filing's footnotes or
/// remarks write it whole: the one run of as many words there that holds
/// the name read with one or two characters more, when the text never
/// writes the name as read (rule `ocr-issuer-from-text`).
void CompleteIssuerName(Filing& filing);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_HEADER_H_

// The SEC's Insider Transactions Data Sets as tab-separated files: writing the
// eight tables (sec_tables.h) with their exact headers, reading them back, and
// rebuilding each filing's model from its rows. Pure: no I/O. docs/export.md
// describes the layout.
#ifndef FORM4_SEC_TSV_H_
#define FORM4_SEC_TSV_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "form4/model.h"
#include "form4/sec_tables.h"
#include "form4/status.h"

namespace form4 {

/// `<TABLE>.tsv`, the SEC's file name of `spec`'s table.
std::string SecTsvFileName(const SecTableSpec& spec);

/// The header line: the table's column names in the SEC's order, tab-separated,
/// ending in "\n".
std::string SecTsvHeader(const SecTableSpec& spec);

/// Appends `rows` as lines: cells tab-separated, null an empty field, each line
/// ending in "\n". A backslash, tab, line feed or carriage return inside a cell
/// is written `\\`, `\t`, `\n`, `\r`, so every row stays one line.
void AppendSecTsvRows(const std::vector<SecRow>& rows, std::string& out);

/// One cell escaped as AppendSecTsvRows writes it, and its inverse (a backslash
/// before any other character is kept as written).
std::string EscapeTsvCell(std::string_view cell);
std::string UnescapeTsvCell(std::string_view cell);

/// The rows of one table file: the header must be exactly SecTsvHeader(spec)
/// (CRLF line ends accepted) and every line must have one field per column.
/// Empty fields are null. Errors name `file_name` and the line.
Result<std::vector<SecRow>> ParseSecTsv(const SecTableSpec& spec, std::string_view text,
                                        std::string_view file_name);

/// Every table's rows grouped by ACCESSION_NUMBER (the first column), in the
/// order each accession number first appears in SUBMISSION; a row whose
/// accession number has no SUBMISSION row is an error.
Result<std::vector<SecRows>> GroupSecRowsByAccession(const SecRows& tables);

/// The filing whose ToSecRows would be `rows` (dates in either SecDateStyle):
/// what the data sets carry, with row order taken from the `*_SK` keys. Footnote
/// ids of the transaction coding group (EQUITY_SWAP_TRANS_CD_FN) are put on
/// `code`. `source` is {format "sec-tsv", file `file`, accession number and
/// filing date from SUBMISSION}. ToSecRows(FromSecRows(r)) == r for rows
/// ToSecRows wrote.
Result<Filing> FromSecRows(const SecRows& rows, const std::string& file);

/// "05-MAR-2024" -> "2024-03-05"; nullopt when `sec` is not such a date.
std::optional<std::string> FromSecDate(std::string_view sec);

}  // namespace form4

#endif  // FORM4_SEC_TSV_H_

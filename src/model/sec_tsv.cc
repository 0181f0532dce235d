// The SEC data-set tables as TSV, and the model rebuilt from their rows.
#include "form4/sec_tsv.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <variant>

#include <fmt/format.h>

#include "model/row_fields.h"

namespace form4 {
namespace {

using internal::FindRowField;
using internal::RowField;

std::vector<std::string_view> SplitFields(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t begin = 0;
  for (size_t tab = line.find('\t'); tab != std::string_view::npos; tab = line.find('\t', begin)) {
    fields.push_back(line.substr(begin, tab - begin));
    begin = tab + 1;
  }
  fields.push_back(line.substr(begin));
  return fields;
}

std::vector<std::string> SplitList(std::string_view text) {
  std::vector<std::string> items;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t comma = text.find(',', begin);
    if (comma == std::string_view::npos) comma = text.size();
    if (comma > begin) items.emplace_back(text.substr(begin, comma - begin));
    begin = comma + 1;
  }
  return items;
}

// The cells of one row by column name.
class RowView {
 public:
  RowView(const SecTableSpec& spec, const SecRow& row) : spec_(spec), row_(row) {}

  SecValue Get(std::string_view column) const {
    for (size_t i = 0; i < spec_.columns.size() && i < row_.size(); ++i) {
      if (spec_.columns[i].name == column) return row_[i];
    }
    return std::nullopt;
  }
  OptString Date(std::string_view column) const { return IsoDate(Get(column)); }
  OptBool Flag(std::string_view column) const {
    const SecValue value = Get(column);
    if (!value) return std::nullopt;
    return *value == "1";
  }

  static OptString IsoDate(const SecValue& value) {
    if (!value) return std::nullopt;
    if (std::optional<std::string> iso = FromSecDate(*value)) return iso;
    return value;  // already ISO (the store's style)
  }

 private:
  const SecTableSpec& spec_;
  const SecRow& row_;
};

// The Row field a SEC row-table column holds: "TRANS_SHARES" and
// "TRANS_SHARES_FN" both name `shares`.
std::string_view FieldOfColumn(std::string_view column) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 23> kFields = {{
      {"SECURITY_TITLE", "security_title"},
      {"CONV_EXERCISE_PRICE", "conversion_or_exercise_price"},
      {"TRANS_DATE", "transaction_date"},
      {"DEEMED_EXECUTION_DATE", "deemed_execution_date"},
      {"TRANS_FORM_TYPE", "form_type"},
      {"TRANS_CODE", "code"},
      {"EQUITY_SWAP_INVOLVED", "equity_swap_involved"},
      {"EQUITY_SWAP_TRANS_CD", "code"},  // the coding group's footnotes
      {"TRANS_TIMELINESS", "timeliness"},
      {"TRANS_SHARES", "shares"},
      {"TRANS_TOTAL_VALUE", "total_value"},
      {"TRANS_PRICEPERSHARE", "price_per_share"},
      {"TRANS_ACQUIRED_DISP_CD", "acquired_disposed"},
      {"EXCERCISE_DATE", "exercise_date"},
      {"EXERCISE_DATE", "exercise_date"},
      {"EXPIRATION_DATE", "expiration_date"},
      {"UNDLYNG_SEC_TITLE", "underlying_security_title"},
      {"UNDLYNG_SEC_SHARES", "underlying_security_shares"},
      {"UNDLYNG_SEC_VALUE", "underlying_security_value"},
      {"SHRS_OWND_FOLWNG_TRANS", "shares_owned_following"},
      {"VALU_OWND_FOLWNG_TRANS", "value_owned_following"},
      {"DIRECT_INDIRECT_OWNERSHIP", "direct_or_indirect"},
      {"NATURE_OF_OWNERSHIP", "nature_of_ownership"},
  }};
  if (column.ends_with("_FN")) column.remove_suffix(3);
  for (const auto& [name, field] : kFields) {
    if (name == column) return field;
  }
  return {};
}

void SetField(Row& row, const RowField& field, const std::string& text) {
  std::visit(
      [&](auto member) {
        auto& value = row.*member;
        using Value = std::decay_t<decltype(*value)>;
        if constexpr (std::is_same_v<Value, Number>) {
          value = Number{text, true};
        } else if constexpr (std::is_same_v<Value, bool>) {
          value = text == "1";
        } else {
          value = field.is_date ? RowView::IsoDate(text).value_or(text) : text;
        }
      },
      field.member);
}

Row ReadRow(const SecTableSpec& spec, const SecRow& cells) {
  Row row;
  for (size_t i = 0; i < spec.columns.size() && i < cells.size(); ++i) {
    const SecColumn& column = spec.columns[i];
    if (!cells[i] || column.type == SecType::kKey || column.name == "ACCESSION_NUMBER") continue;
    const std::string_view field_name = FieldOfColumn(column.name);
    const RowField* field = FindRowField(field_name);
    if (field == nullptr) continue;
    if (column.name.ends_with("_FN")) {
      row.footnote_ids[std::string(field_name)] = SplitList(*cells[i]);
    } else {
      SetField(row, *field, *cells[i]);
    }
  }
  return row;
}

// The rows of a row table in the order of their `*_SK` key.
std::vector<Row> ReadRows(const SecTableSpec& spec, std::vector<SecRow> cells) {
  size_t key = 0;
  for (size_t i = 0; i < spec.columns.size(); ++i) {
    if (spec.columns[i].type == SecType::kKey) key = i;
  }
  const auto number = [key](const SecRow& row) {
    return row.size() > key && row[key] ? std::strtoll(row[key]->c_str(), nullptr, 10) : 0;
  };
  std::stable_sort(cells.begin(), cells.end(),
                   [&](const SecRow& a, const SecRow& b) { return number(a) < number(b); });
  std::vector<Row> rows;
  for (const SecRow& row : cells) rows.push_back(ReadRow(spec, row));
  return rows;
}

ReportingOwner ReadOwner(const RowView& row) {
  ReportingOwner owner;
  owner.cik = row.Get("RPTOWNERCIK");
  owner.name = row.Get("RPTOWNERNAME");
  for (const std::string& relationship : SplitList(row.Get("RPTOWNER_RELATIONSHIP").value_or(""))) {
    if (relationship == "Director") owner.is_director = true;
    if (relationship == "Officer") owner.is_officer = true;
    if (relationship == "TenPercentOwner") owner.is_ten_percent_owner = true;
    if (relationship == "Other") owner.is_other = true;
  }
  owner.officer_title = row.Get("RPTOWNER_TITLE");
  owner.other_text = row.Get("RPTOWNER_TXT");
  owner.street1 = row.Get("RPTOWNER_STREET1");
  owner.street2 = row.Get("RPTOWNER_STREET2");
  owner.city = row.Get("RPTOWNER_CITY");
  owner.state = row.Get("RPTOWNER_STATE");
  owner.zip_code = row.Get("RPTOWNER_ZIPCODE");
  owner.state_description = row.Get("RPTOWNER_STATE_DESC");
  return owner;
}

void ReadSubmission(const RowView& row, Filing& filing) {
  filing.source.accession_number = row.Get("ACCESSION_NUMBER");
  filing.source.filing_date = row.Date("FILING_DATE");
  filing.period_of_report = row.Date("PERIOD_OF_REPORT");
  filing.date_of_original_submission = row.Date("DATE_OF_ORIG_SUB");
  filing.no_securities_owned = row.Flag("NO_SECURITIES_OWNED");
  filing.not_subject_to_section16 = row.Flag("NOT_SUBJECT_SEC16");
  filing.form3_holdings_reported = row.Flag("FORM3_HOLDINGS_REPORTED");
  filing.form4_transactions_reported = row.Flag("FORM4_TRANS_REPORTED");
  filing.document_type = row.Get("DOCUMENT_TYPE");
  filing.issuer.cik = row.Get("ISSUERCIK");
  filing.issuer.name = row.Get("ISSUERNAME");
  filing.issuer.trading_symbol = row.Get("ISSUERTRADINGSYMBOL");
  filing.remarks = row.Get("REMARKS");
  filing.aff10b5one = row.Flag("AFF10B5ONE");
}

}  // namespace

std::string SecTsvFileName(const SecTableSpec& spec) { return fmt::format("{}.tsv", spec.name); }

std::string SecTsvHeader(const SecTableSpec& spec) {
  std::string line;
  for (const SecColumn& column : spec.columns) {
    if (!line.empty()) line += '\t';
    line += column.name;
  }
  line += '\n';
  return line;
}

std::string EscapeTsvCell(std::string_view cell) {
  std::string out;
  out.reserve(cell.size());
  for (char c : cell) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  return out;
}

std::string UnescapeTsvCell(std::string_view cell) {
  std::string out;
  out.reserve(cell.size());
  for (size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] != '\\' || i + 1 == cell.size()) {
      out += cell[i];
      continue;
    }
    switch (cell[i + 1]) {
      case '\\': out += '\\'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      default: out += cell[i]; continue;  // not an escape: keep the backslash, read the next character
    }
    ++i;
  }
  return out;
}

void AppendSecTsvRows(const std::vector<SecRow>& rows, std::string& out) {
  for (const SecRow& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += '\t';
      if (row[i]) out += EscapeTsvCell(*row[i]);
    }
    out += '\n';
  }
}

Result<std::vector<SecRow>> ParseSecTsv(const SecTableSpec& spec, std::string_view text,
                                        std::string_view file_name) {
  std::vector<SecRow> rows;
  size_t line_number = 0;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    begin = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_number == 1) {
      std::string header = SecTsvHeader(spec);
      header.pop_back();
      if (line != header) {
        return Status::ParseError(fmt::format("{}:1: expected the {} header \"{}\"", file_name, spec.name, header));
      }
      continue;
    }
    if (line.empty()) continue;
    const std::vector<std::string_view> fields = SplitFields(line);
    if (fields.size() != spec.columns.size()) {
      return Status::ParseError(fmt::format("{}:{}: expected {} tab-separated fields, found {}", file_name,
                                            line_number, spec.columns.size(), fields.size()));
    }
    SecRow row;
    row.reserve(fields.size());
    for (std::string_view field : fields) {
      row.push_back(field.empty() ? SecValue() : SecValue(UnescapeTsvCell(field)));
    }
    rows.push_back(std::move(row));
  }
  if (line_number == 0) return Status::ParseError(fmt::format("{}: empty file, expected the {} header", file_name, spec.name));
  return rows;
}

Result<std::vector<SecRows>> GroupSecRowsByAccession(const SecRows& tables) {
  std::vector<SecRows> filings;
  std::map<std::string, size_t> index;
  for (const SecRow& row : tables[SecTable::kSubmission]) {
    if (row.empty() || !row[0]) return Status::ParseError("SUBMISSION: a row without ACCESSION_NUMBER");
    if (index.emplace(*row[0], filings.size()).second) filings.emplace_back();
    filings[index[*row[0]]][SecTable::kSubmission].push_back(row);
  }
  for (const SecTableSpec& spec : SecTables()) {
    if (spec.table == SecTable::kSubmission) continue;
    for (const SecRow& row : tables[spec.table]) {
      const auto found = row.empty() || !row[0] ? index.end() : index.find(*row[0]);
      if (found == index.end()) {
        return Status::ParseError(fmt::format("{}: ACCESSION_NUMBER \"{}\" has no SUBMISSION row", spec.name,
                                              row.empty() ? "" : row[0].value_or("")));
      }
      filings[found->second][spec.table].push_back(row);
    }
  }
  return filings;
}

Result<Filing> FromSecRows(const SecRows& rows, const std::string& file) {
  if (rows[SecTable::kSubmission].size() != 1) {
    return Status::ParseError(fmt::format("{}: expected one SUBMISSION row per filing, found {}", file,
                                          rows[SecTable::kSubmission].size()));
  }
  Filing filing;
  filing.source.format = "sec-tsv";
  filing.source.file = file;
  ReadSubmission(RowView(SecTableOf(SecTable::kSubmission), rows[SecTable::kSubmission].front()), filing);
  for (const SecRow& row : rows[SecTable::kReportingOwner]) {
    filing.reporting_owners.push_back(ReadOwner(RowView(SecTableOf(SecTable::kReportingOwner), row)));
  }
  filing.non_derivative_transactions =
      ReadRows(SecTableOf(SecTable::kNonDerivTrans), rows[SecTable::kNonDerivTrans]);
  filing.non_derivative_holdings =
      ReadRows(SecTableOf(SecTable::kNonDerivHolding), rows[SecTable::kNonDerivHolding]);
  filing.derivative_transactions = ReadRows(SecTableOf(SecTable::kDerivTrans), rows[SecTable::kDerivTrans]);
  filing.derivative_holdings = ReadRows(SecTableOf(SecTable::kDerivHolding), rows[SecTable::kDerivHolding]);
  for (const SecRow& row : rows[SecTable::kFootnotes]) {
    const RowView view(SecTableOf(SecTable::kFootnotes), row);
    filing.footnotes.push_back({view.Get("FOOTNOTE_ID"), view.Get("FOOTNOTE_TXT")});
  }
  for (const SecRow& row : rows[SecTable::kOwnerSignature]) {
    const RowView view(SecTableOf(SecTable::kOwnerSignature), row);
    filing.signatures.push_back({view.Get("OWNERSIGNATURENAME"), view.Date("OWNERSIGNATUREDATE")});
  }
  return filing;
}

std::optional<std::string> FromSecDate(std::string_view sec) {
  static constexpr std::array<std::string_view, 12> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                                "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  if (sec.size() != 11 || sec[2] != '-' || sec[6] != '-') return std::nullopt;
  const auto month = std::find(kMonths.begin(), kMonths.end(), sec.substr(3, 3));
  if (month == kMonths.end()) return std::nullopt;
  const std::string iso = fmt::format("{}-{:02}-{}", sec.substr(7, 4), month - kMonths.begin() + 1, sec.substr(0, 2));
  // Only a real calendar date converts (ToSecDate checks it).
  if (ToSecDate(iso) != std::optional<std::string>(sec)) return std::nullopt;
  return iso;
}

}  // namespace form4

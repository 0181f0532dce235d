// ToSecRows: the canonical model flattened into the SEC's Insider Transactions
// Data Sets tables. Columns are described once, as data: which model value or
// which footnote references fill each one.
#include "form4/sec_tables.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <variant>

#include "model/row_fields.h"

namespace form4 {
namespace {

using internal::FindRowField;
using internal::RowField;

// ---- per-filing tables (SUBMISSION, REPORTINGOWNER, FOOTNOTES, OWNER_SIGNATURE) ----

template <typename Item>
struct ItemColumn {
  SecColumn column;
  SecValue (*get)(const Filing&, const Item&);
};

SecValue Flag(const OptBool& value) {
  if (!value) return std::nullopt;
  return *value ? "1" : "0";
}

// Rows that are the filing itself (SUBMISSION) take the Filing as their item too.
const std::array<ItemColumn<Filing>, 14> kSubmissionColumns = {{
    {{"ACCESSION_NUMBER", SecType::kText}, [](const Filing& f, const Filing&) { return f.source.accession_number; }},
    {{"FILING_DATE", SecType::kDate}, [](const Filing& f, const Filing&) { return f.source.filing_date; }},
    {{"PERIOD_OF_REPORT", SecType::kDate}, [](const Filing& f, const Filing&) { return f.period_of_report; }},
    {{"DATE_OF_ORIG_SUB", SecType::kDate},
     [](const Filing& f, const Filing&) { return f.date_of_original_submission; }},
    {{"NO_SECURITIES_OWNED", SecType::kFlag}, [](const Filing& f, const Filing&) { return Flag(f.no_securities_owned); }},
    {{"NOT_SUBJECT_SEC16", SecType::kFlag},
     [](const Filing& f, const Filing&) { return Flag(f.not_subject_to_section16); }},
    {{"FORM3_HOLDINGS_REPORTED", SecType::kFlag},
     [](const Filing& f, const Filing&) { return Flag(f.form3_holdings_reported); }},
    {{"FORM4_TRANS_REPORTED", SecType::kFlag},
     [](const Filing& f, const Filing&) { return Flag(f.form4_transactions_reported); }},
    {{"DOCUMENT_TYPE", SecType::kText}, [](const Filing& f, const Filing&) { return f.document_type; }},
    {{"ISSUERCIK", SecType::kText}, [](const Filing& f, const Filing&) { return f.issuer.cik; }},
    {{"ISSUERNAME", SecType::kText}, [](const Filing& f, const Filing&) { return f.issuer.name; }},
    {{"ISSUERTRADINGSYMBOL", SecType::kText}, [](const Filing& f, const Filing&) { return f.issuer.trading_symbol; }},
    {{"REMARKS", SecType::kText}, [](const Filing& f, const Filing&) { return f.remarks; }},
    {{"AFF10B5ONE", SecType::kFlag}, [](const Filing& f, const Filing&) { return Flag(f.aff10b5one); }},
}};

// The SEC's relationship list: the checked boxes, comma-separated.
SecValue Relationship(const ReportingOwner& owner) {
  std::string text;
  const auto add = [&text](bool checked, std::string_view name) {
    if (!checked) return;
    if (!text.empty()) text += ',';
    text += name;
  };
  add(owner.is_director, "Director");
  add(owner.is_officer, "Officer");
  add(owner.is_ten_percent_owner, "TenPercentOwner");
  add(owner.is_other, "Other");
  if (text.empty()) return std::nullopt;
  return text;
}

using OwnerColumn = ItemColumn<ReportingOwner>;
const std::array<OwnerColumn, 13> kOwnerColumns = {{
    {{"ACCESSION_NUMBER", SecType::kText}, [](const Filing& f, const ReportingOwner&) { return f.source.accession_number; }},
    {{"RPTOWNERCIK", SecType::kText}, [](const Filing&, const ReportingOwner& o) { return o.cik; }},
    {{"RPTOWNERNAME", SecType::kText}, [](const Filing&, const ReportingOwner& o) { return o.name; }},
    {{"RPTOWNER_RELATIONSHIP", SecType::kText}, [](const Filing&, const ReportingOwner& o) { return Relationship(o); }},
    {{"RPTOWNER_TITLE", SecType::kText}, [](const Filing&, const ReportingOwner& o) { return o.officer_title; }},
    {{"RPTOWNER_TXT", SecType::kText}, [](const Filing&, const ReportingOwner& o) { return o.other_text; }},
    {{"RPTOWNER_STREET1", SecType::kText}, [](const Filing&, const ReportingOwner& o) { return o.street1; }},
    {{"RPTOWNER_STREET2", SecType::kText}, [](const Filing&, const ReportingOwner& o) { return o.street2; }},
    {{"RPTOWNER_CITY", SecType::kText}, [](const Filing&, const ReportingOwner& o) { return o.city; }},
    {{"RPTOWNER_STATE", SecType::kText}, [](const Filing&, const ReportingOwner& o) { return o.state; }},
    {{"RPTOWNER_ZIPCODE", SecType::kText}, [](const Filing&, const ReportingOwner& o) { return o.zip_code; }},
    {{"RPTOWNER_STATE_DESC", SecType::kText}, [](const Filing&, const ReportingOwner& o) { return o.state_description; }},
    // The Commission's file number is assigned by EDGAR, not written in the document.
    {{"FILE_NUMBER", SecType::kText}, [](const Filing&, const ReportingOwner&) { return SecValue(); }},
}};

const std::array<ItemColumn<Footnote>, 3> kFootnoteColumns = {{
    {{"ACCESSION_NUMBER", SecType::kText}, [](const Filing& f, const Footnote&) { return f.source.accession_number; }},
    {{"FOOTNOTE_ID", SecType::kText}, [](const Filing&, const Footnote& n) { return n.id; }},
    {{"FOOTNOTE_TXT", SecType::kText}, [](const Filing&, const Footnote& n) { return n.text; }},
}};

const std::array<ItemColumn<Signature>, 3> kSignatureColumns = {{
    {{"ACCESSION_NUMBER", SecType::kText}, [](const Filing& f, const Signature&) { return f.source.accession_number; }},
    {{"OWNERSIGNATURENAME", SecType::kText}, [](const Filing&, const Signature& s) { return s.name; }},
    {{"OWNERSIGNATUREDATE", SecType::kDate}, [](const Filing&, const Signature& s) { return s.date; }},
}};

// ---- row tables (Table I and Table II) ----

enum class RowSource {
  kAccession,  // the filing's accession number
  kKey,        // the row's 1-based position
  kValue,      // the value of `field`
  kFootnotes,  // the footnote ids on `field`
  kCodingFootnotes,  // the ids on the transaction coding group: code, form type, swap flag
};

struct RowColumn {
  SecColumn column;
  RowSource source;
  std::string_view field;  // canonical row field name (row_fields.cc)
};

constexpr RowColumn Value(std::string_view name, SecType type, std::string_view field) {
  return {{name, type}, RowSource::kValue, field};
}
constexpr RowColumn Notes(std::string_view name, std::string_view field) {
  return {{name, SecType::kText}, RowSource::kFootnotes, field};
}
constexpr RowColumn kAccessionColumn = {{"ACCESSION_NUMBER", SecType::kText}, RowSource::kAccession, ""};
constexpr RowColumn Key(std::string_view name) { return {{name, SecType::kKey}, RowSource::kKey, ""}; }
constexpr RowColumn kCodingNotes = {{"EQUITY_SWAP_TRANS_CD_FN", SecType::kText}, RowSource::kCodingFootnotes, ""};

const std::array<RowColumn, 28> kNonDerivTransColumns = {{
    kAccessionColumn,
    Key("NONDERIV_TRANS_SK"),
    Value("SECURITY_TITLE", SecType::kText, "security_title"),
    Notes("SECURITY_TITLE_FN", "security_title"),
    Value("TRANS_DATE", SecType::kDate, "transaction_date"),
    Notes("TRANS_DATE_FN", "transaction_date"),
    Value("DEEMED_EXECUTION_DATE", SecType::kDate, "deemed_execution_date"),
    Notes("DEEMED_EXECUTION_DATE_FN", "deemed_execution_date"),
    Value("TRANS_FORM_TYPE", SecType::kText, "form_type"),
    Value("TRANS_CODE", SecType::kText, "code"),
    Value("EQUITY_SWAP_INVOLVED", SecType::kFlag, "equity_swap_involved"),
    kCodingNotes,
    Value("TRANS_TIMELINESS", SecType::kText, "timeliness"),
    Notes("TRANS_TIMELINESS_FN", "timeliness"),
    Value("TRANS_SHARES", SecType::kNumber, "shares"),
    Notes("TRANS_SHARES_FN", "shares"),
    Value("TRANS_PRICEPERSHARE", SecType::kNumber, "price_per_share"),
    Notes("TRANS_PRICEPERSHARE_FN", "price_per_share"),
    Value("TRANS_ACQUIRED_DISP_CD", SecType::kText, "acquired_disposed"),
    Notes("TRANS_ACQUIRED_DISP_CD_FN", "acquired_disposed"),
    Value("SHRS_OWND_FOLWNG_TRANS", SecType::kNumber, "shares_owned_following"),
    Notes("SHRS_OWND_FOLWNG_TRANS_FN", "shares_owned_following"),
    Value("VALU_OWND_FOLWNG_TRANS", SecType::kNumber, "value_owned_following"),
    Notes("VALU_OWND_FOLWNG_TRANS_FN", "value_owned_following"),
    Value("DIRECT_INDIRECT_OWNERSHIP", SecType::kText, "direct_or_indirect"),
    Notes("DIRECT_INDIRECT_OWNERSHIP_FN", "direct_or_indirect"),
    Value("NATURE_OF_OWNERSHIP", SecType::kText, "nature_of_ownership"),
    Notes("NATURE_OF_OWNERSHIP_FN", "nature_of_ownership"),
}};

const std::array<RowColumn, 14> kNonDerivHoldingColumns = {{
    kAccessionColumn,
    Key("NONDERIV_HOLDING_SK"),
    Value("SECURITY_TITLE", SecType::kText, "security_title"),
    Notes("SECURITY_TITLE_FN", "security_title"),
    Value("TRANS_FORM_TYPE", SecType::kText, "form_type"),
    Notes("TRANS_FORM_TYPE_FN", "form_type"),
    Value("SHRS_OWND_FOLWNG_TRANS", SecType::kNumber, "shares_owned_following"),
    Notes("SHRS_OWND_FOLWNG_TRANS_FN", "shares_owned_following"),
    Value("VALU_OWND_FOLWNG_TRANS", SecType::kNumber, "value_owned_following"),
    Notes("VALU_OWND_FOLWNG_TRANS_FN", "value_owned_following"),
    Value("DIRECT_INDIRECT_OWNERSHIP", SecType::kText, "direct_or_indirect"),
    Notes("DIRECT_INDIRECT_OWNERSHIP_FN", "direct_or_indirect"),
    Value("NATURE_OF_OWNERSHIP", SecType::kText, "nature_of_ownership"),
    Notes("NATURE_OF_OWNERSHIP_FN", "nature_of_ownership"),
}};

// EXCERCISE_DATE is spelled as the SEC spells it in DERIV_TRANS (and not in DERIV_HOLDING).
const std::array<RowColumn, 42> kDerivTransColumns = {{
    kAccessionColumn,
    Key("DERIV_TRANS_SK"),
    Value("SECURITY_TITLE", SecType::kText, "security_title"),
    Notes("SECURITY_TITLE_FN", "security_title"),
    Value("CONV_EXERCISE_PRICE", SecType::kNumber, "conversion_or_exercise_price"),
    Notes("CONV_EXERCISE_PRICE_FN", "conversion_or_exercise_price"),
    Value("TRANS_DATE", SecType::kDate, "transaction_date"),
    Notes("TRANS_DATE_FN", "transaction_date"),
    Value("DEEMED_EXECUTION_DATE", SecType::kDate, "deemed_execution_date"),
    Notes("DEEMED_EXECUTION_DATE_FN", "deemed_execution_date"),
    Value("TRANS_FORM_TYPE", SecType::kText, "form_type"),
    Value("TRANS_CODE", SecType::kText, "code"),
    Value("EQUITY_SWAP_INVOLVED", SecType::kFlag, "equity_swap_involved"),
    kCodingNotes,
    Value("TRANS_TIMELINESS", SecType::kText, "timeliness"),
    Notes("TRANS_TIMELINESS_FN", "timeliness"),
    Value("TRANS_SHARES", SecType::kNumber, "shares"),
    Notes("TRANS_SHARES_FN", "shares"),
    Value("TRANS_TOTAL_VALUE", SecType::kNumber, "total_value"),
    Notes("TRANS_TOTAL_VALUE_FN", "total_value"),
    Value("TRANS_PRICEPERSHARE", SecType::kNumber, "price_per_share"),
    Notes("TRANS_PRICEPERSHARE_FN", "price_per_share"),
    Value("TRANS_ACQUIRED_DISP_CD", SecType::kText, "acquired_disposed"),
    Notes("TRANS_ACQUIRED_DISP_CD_FN", "acquired_disposed"),
    Value("EXCERCISE_DATE", SecType::kDate, "exercise_date"),
    Notes("EXCERCISE_DATE_FN", "exercise_date"),
    Value("EXPIRATION_DATE", SecType::kDate, "expiration_date"),
    Notes("EXPIRATION_DATE_FN", "expiration_date"),
    Value("UNDLYNG_SEC_TITLE", SecType::kText, "underlying_security_title"),
    Notes("UNDLYNG_SEC_TITLE_FN", "underlying_security_title"),
    Value("UNDLYNG_SEC_SHARES", SecType::kNumber, "underlying_security_shares"),
    Notes("UNDLYNG_SEC_SHARES_FN", "underlying_security_shares"),
    Value("UNDLYNG_SEC_VALUE", SecType::kNumber, "underlying_security_value"),
    Notes("UNDLYNG_SEC_VALUE_FN", "underlying_security_value"),
    Value("SHRS_OWND_FOLWNG_TRANS", SecType::kNumber, "shares_owned_following"),
    Notes("SHRS_OWND_FOLWNG_TRANS_FN", "shares_owned_following"),
    Value("VALU_OWND_FOLWNG_TRANS", SecType::kNumber, "value_owned_following"),
    Notes("VALU_OWND_FOLWNG_TRANS_FN", "value_owned_following"),
    Value("DIRECT_INDIRECT_OWNERSHIP", SecType::kText, "direct_or_indirect"),
    Notes("DIRECT_INDIRECT_OWNERSHIP_FN", "direct_or_indirect"),
    Value("NATURE_OF_OWNERSHIP", SecType::kText, "nature_of_ownership"),
    Notes("NATURE_OF_OWNERSHIP_FN", "nature_of_ownership"),
}};

const std::array<RowColumn, 26> kDerivHoldingColumns = {{
    kAccessionColumn,
    Key("DERIV_HOLDING_SK"),
    Value("SECURITY_TITLE", SecType::kText, "security_title"),
    Notes("SECURITY_TITLE_FN", "security_title"),
    Value("CONV_EXERCISE_PRICE", SecType::kNumber, "conversion_or_exercise_price"),
    Notes("CONV_EXERCISE_PRICE_FN", "conversion_or_exercise_price"),
    Value("TRANS_FORM_TYPE", SecType::kText, "form_type"),
    Notes("TRANS_FORM_TYPE_FN", "form_type"),
    Value("EXERCISE_DATE", SecType::kDate, "exercise_date"),
    Notes("EXERCISE_DATE_FN", "exercise_date"),
    Value("EXPIRATION_DATE", SecType::kDate, "expiration_date"),
    Notes("EXPIRATION_DATE_FN", "expiration_date"),
    Value("UNDLYNG_SEC_TITLE", SecType::kText, "underlying_security_title"),
    Notes("UNDLYNG_SEC_TITLE_FN", "underlying_security_title"),
    Value("UNDLYNG_SEC_SHARES", SecType::kNumber, "underlying_security_shares"),
    Notes("UNDLYNG_SEC_SHARES_FN", "underlying_security_shares"),
    Value("UNDLYNG_SEC_VALUE", SecType::kNumber, "underlying_security_value"),
    Notes("UNDLYNG_SEC_VALUE_FN", "underlying_security_value"),
    Value("SHRS_OWND_FOLWNG_TRANS", SecType::kNumber, "shares_owned_following"),
    Notes("SHRS_OWND_FOLWNG_TRANS_FN", "shares_owned_following"),
    Value("VALU_OWND_FOLWNG_TRANS", SecType::kNumber, "value_owned_following"),
    Notes("VALU_OWND_FOLWNG_TRANS_FN", "value_owned_following"),
    Value("DIRECT_INDIRECT_OWNERSHIP", SecType::kText, "direct_or_indirect"),
    Notes("DIRECT_INDIRECT_OWNERSHIP_FN", "direct_or_indirect"),
    Value("NATURE_OF_OWNERSHIP", SecType::kText, "nature_of_ownership"),
    Notes("NATURE_OF_OWNERSHIP_FN", "nature_of_ownership"),
}};

template <typename Columns>
std::vector<SecColumn> ColumnsOf(const Columns& columns) {
  std::vector<SecColumn> out;
  for (const auto& column : columns) out.push_back(column.column);
  return out;
}

struct TableDescriptions {
  std::array<std::vector<SecColumn>, kSecTableCount> columns;
  std::array<SecTableSpec, kSecTableCount> specs;

  TableDescriptions()
      : columns{ColumnsOf(kSubmissionColumns), ColumnsOf(kOwnerColumns),  ColumnsOf(kNonDerivTransColumns),
                ColumnsOf(kNonDerivHoldingColumns), ColumnsOf(kDerivTransColumns), ColumnsOf(kDerivHoldingColumns),
                ColumnsOf(kFootnoteColumns), ColumnsOf(kSignatureColumns)},
        specs{{{SecTable::kSubmission, "SUBMISSION", columns[0]},
               {SecTable::kReportingOwner, "REPORTINGOWNER", columns[1]},
               {SecTable::kNonDerivTrans, "NONDERIV_TRANS", columns[2]},
               {SecTable::kNonDerivHolding, "NONDERIV_HOLDING", columns[3]},
               {SecTable::kDerivTrans, "DERIV_TRANS", columns[4]},
               {SecTable::kDerivHolding, "DERIV_HOLDING", columns[5]},
               {SecTable::kFootnotes, "FOOTNOTES", columns[6]},
               {SecTable::kOwnerSignature, "OWNER_SIGNATURE", columns[7]}}} {}
};

const TableDescriptions& Descriptions() {
  static const TableDescriptions* const descriptions = new TableDescriptions();
  return *descriptions;
}

// ---- cell values ----

int Digits(std::string_view text) {
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  return value;
}

// A real calendar date written YYYY-MM-DD (PostgreSQL's DATE refuses 2024-02-30).
bool IsIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  const int year = Digits(text.substr(0, 4));
  const int month = Digits(text.substr(5, 2));
  const int day = Digits(text.substr(8, 2));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  constexpr std::array<int, 12> kDaysInMonth = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && !leap) return day <= 28;
  return day <= kDaysInMonth[static_cast<size_t>(month - 1)];
}

// A cell as its column type can hold it (see ToSecRows).
SecValue Typed(SecValue value, SecType type, const SecRowOptions& options) {
  if (!value || type != SecType::kDate) return value;
  if (!IsIsoDate(*value)) return std::nullopt;
  if (options.dates == SecDateStyle::kSec) return ToSecDate(*value);
  return value;
}

SecValue FieldValue(const Row& row, const RowField& field) {
  return std::visit(
      [&row](auto member) -> SecValue {
        const auto& value = row.*member;
        if (!value) return std::nullopt;
        using Value = std::decay_t<decltype(*value)>;
        if constexpr (std::is_same_v<Value, Number>) {
          if (!value->is_number) return std::nullopt;
          return value->text;
        } else if constexpr (std::is_same_v<Value, bool>) {
          return *value ? "1" : "0";
        } else {
          return *value;
        }
      },
      field.member);
}

// The ids on `fields`, in the order the fields are listed, each once.
SecValue FootnoteList(const Row& row, std::initializer_list<std::string_view> fields) {
  std::vector<std::string> ids;
  for (std::string_view field : fields) {
    const auto found = row.footnote_ids.find(std::string(field));
    if (found == row.footnote_ids.end()) continue;
    for (const std::string& id : found->second) {
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  }
  if (ids.empty()) return std::nullopt;
  std::string text;
  for (const std::string& id : ids) {
    if (!text.empty()) text += ',';
    text += id;
  }
  return text;
}

SecValue RowCell(const Filing& filing, const Row& row, size_t position, const RowColumn& column) {
  switch (column.source) {
    case RowSource::kAccession:
      return filing.source.accession_number;
    case RowSource::kKey:
      return std::to_string(position);
    case RowSource::kValue:
      return FieldValue(row, *FindRowField(column.field));
    case RowSource::kFootnotes:
      return FootnoteList(row, {column.field});
    case RowSource::kCodingFootnotes:
      return FootnoteList(row, {"code", "form_type", "equity_swap_involved"});
  }
  return std::nullopt;
}

template <size_t kColumns>
std::vector<SecRow> RowTable(const Filing& filing, const std::vector<Row>& rows,
                             const std::array<RowColumn, kColumns>& columns, const SecRowOptions& options) {
  std::vector<SecRow> out;
  out.reserve(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    SecRow cells;
    cells.reserve(kColumns);
    for (const RowColumn& column : columns) {
      cells.push_back(Typed(RowCell(filing, rows[i], i + 1, column), column.column.type, options));
    }
    out.push_back(std::move(cells));
  }
  return out;
}

template <typename Item, size_t kColumns>
std::vector<SecRow> ItemTable(const Filing& filing, std::span<const Item> items,
                              const std::array<ItemColumn<Item>, kColumns>& columns,
                              const SecRowOptions& options) {
  std::vector<SecRow> out;
  out.reserve(items.size());
  for (const Item& item : items) {
    SecRow cells;
    cells.reserve(kColumns);
    for (const ItemColumn<Item>& column : columns) {
      cells.push_back(Typed(column.get(filing, item), column.column.type, options));
    }
    out.push_back(std::move(cells));
  }
  return out;
}

}  // namespace

std::span<const SecTableSpec> SecTables() { return Descriptions().specs; }

const SecTableSpec& SecTableOf(SecTable table) { return Descriptions().specs[static_cast<size_t>(table)]; }

std::optional<std::string> ToSecDate(std::string_view iso) {
  static constexpr std::array<std::string_view, 12> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                                "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  if (!IsIsoDate(iso)) return std::nullopt;
  const int month = Digits(iso.substr(5, 2));
  std::string text(iso.substr(8, 2));
  text += '-';
  text += kMonths[static_cast<size_t>(month - 1)];
  text += '-';
  text += iso.substr(0, 4);
  return text;
}

SecRows ToSecRows(const Filing& filing, const SecRowOptions& options) {
  SecRows rows;
  rows[SecTable::kSubmission] = ItemTable<Filing>(filing, std::span<const Filing>(&filing, 1), kSubmissionColumns, options);
  rows[SecTable::kReportingOwner] = ItemTable<ReportingOwner>(filing, filing.reporting_owners, kOwnerColumns, options);
  rows[SecTable::kNonDerivTrans] =
      RowTable(filing, filing.non_derivative_transactions, kNonDerivTransColumns, options);
  rows[SecTable::kNonDerivHolding] =
      RowTable(filing, filing.non_derivative_holdings, kNonDerivHoldingColumns, options);
  rows[SecTable::kDerivTrans] = RowTable(filing, filing.derivative_transactions, kDerivTransColumns, options);
  rows[SecTable::kDerivHolding] = RowTable(filing, filing.derivative_holdings, kDerivHoldingColumns, options);
  rows[SecTable::kFootnotes] = ItemTable<Footnote>(filing, filing.footnotes, kFootnoteColumns, options);
  rows[SecTable::kOwnerSignature] = ItemTable<Signature>(filing, filing.signatures, kSignatureColumns, options);
  return rows;
}

}  // namespace form4

// ToTransactionsCsv: one CSV line per transaction. The columns are a table of
// (name, how to read it from a row in its filing), so header and lines agree.
#include "form4/transactions_csv.h"

#include <array>
#include <string_view>

#include "util/decimal.h"

namespace form4 {
namespace {

// One transaction row and what a CSV line needs around it.
struct RowContext {
  const Filing& filing;
  const Row& row;
  std::string_view table;  // "non_derivative" | "derivative"
  size_t number;           // 1-based position in its table
};

struct Column {
  std::string_view name;
  std::string (*value)(const RowContext&);
};

std::string Text(const OptString& value) { return value.value_or(""); }
std::string Text(const OptNumber& value) { return value ? value->text : ""; }
std::string Text(const OptBool& value) { return value ? (*value ? "true" : "false") : ""; }

// `part(owner)` of every reporting owner, joined by "; " in filing order.
template <typename Part>
std::string JoinOwners(const Filing& filing, Part part) {
  std::string joined;
  for (size_t i = 0; i < filing.reporting_owners.size(); ++i) {
    if (i > 0) joined += "; ";
    joined += part(filing.reporting_owners[i]);
  }
  return joined;
}

// "Director, Officer (Chief Executive Officer), 10% Owner, Other (text)": the
// checked boxes of Form 4 box 5, with the officer title and other text.
std::string Relationship(const ReportingOwner& owner) {
  std::string text;
  const auto add = [&](bool checked, std::string_view label, const OptString& detail) {
    if (!checked) return;
    if (!text.empty()) text += ", ";
    text += label;
    if (detail) text.append(" (").append(*detail).append(")");
  };
  add(owner.is_director, "Director", std::nullopt);
  add(owner.is_officer, "Officer", owner.officer_title);
  add(owner.is_ten_percent_owner, "10% Owner", std::nullopt);
  add(owner.is_other, "Other", owner.other_text);
  return text;
}

// shares x price_per_share, exactly; empty unless both are numbers.
std::string TransactionValue(const Row& row) {
  if (!row.shares || !row.price_per_share || !row.shares->is_number || !row.price_per_share->is_number) return "";
  return internal::MultiplyDecimals(row.shares->text, row.price_per_share->text).value_or("");
}

// "code:F1; price_per_share:F2 F3", fields in name order.
std::string FootnoteRefsText(const FootnoteRefs& refs) {
  std::string text;
  for (const auto& [field, ids] : refs) {
    if (!text.empty()) text += "; ";
    text.append(field).append(":");
    for (size_t i = 0; i < ids.size(); ++i) text.append(i > 0 ? " " : "").append(ids[i]);
  }
  return text;
}

const std::array<Column, 36> kColumns = {{
    {"accession_number", [](const RowContext& c) { return Text(c.filing.source.accession_number); }},
    {"source_file", [](const RowContext& c) { return c.filing.source.file; }},
    {"filing_date", [](const RowContext& c) { return Text(c.filing.source.filing_date); }},
    {"document_type", [](const RowContext& c) { return Text(c.filing.document_type); }},
    {"period_of_report", [](const RowContext& c) { return Text(c.filing.period_of_report); }},
    {"issuer_cik", [](const RowContext& c) { return Text(c.filing.issuer.cik); }},
    {"issuer_name", [](const RowContext& c) { return Text(c.filing.issuer.name); }},
    {"issuer_trading_symbol", [](const RowContext& c) { return Text(c.filing.issuer.trading_symbol); }},
    {"owner_cik", [](const RowContext& c) { return JoinOwners(c.filing, [](const auto& o) { return Text(o.cik); }); }},
    {"owner_name",
     [](const RowContext& c) { return JoinOwners(c.filing, [](const auto& o) { return Text(o.name); }); }},
    {"owner_relationship", [](const RowContext& c) { return JoinOwners(c.filing, Relationship); }},
    {"aff10b5one", [](const RowContext& c) { return Text(c.filing.aff10b5one); }},
    {"table", [](const RowContext& c) { return std::string(c.table); }},
    {"row", [](const RowContext& c) { return std::to_string(c.number); }},
    {"security_title", [](const RowContext& c) { return Text(c.row.security_title); }},
    {"transaction_date", [](const RowContext& c) { return Text(c.row.transaction_date); }},
    {"deemed_execution_date", [](const RowContext& c) { return Text(c.row.deemed_execution_date); }},
    {"form_type", [](const RowContext& c) { return Text(c.row.form_type); }},
    {"code", [](const RowContext& c) { return Text(c.row.code); }},
    {"equity_swap_involved", [](const RowContext& c) { return Text(c.row.equity_swap_involved); }},
    {"timeliness", [](const RowContext& c) { return Text(c.row.timeliness); }},
    {"acquired_disposed", [](const RowContext& c) { return Text(c.row.acquired_disposed); }},
    {"shares", [](const RowContext& c) { return Text(c.row.shares); }},
    {"price_per_share", [](const RowContext& c) { return Text(c.row.price_per_share); }},
    {"value", [](const RowContext& c) { return TransactionValue(c.row); }},
    {"total_value", [](const RowContext& c) { return Text(c.row.total_value); }},
    {"conversion_or_exercise_price", [](const RowContext& c) { return Text(c.row.conversion_or_exercise_price); }},
    {"exercise_date", [](const RowContext& c) { return Text(c.row.exercise_date); }},
    {"expiration_date", [](const RowContext& c) { return Text(c.row.expiration_date); }},
    {"underlying_security_title", [](const RowContext& c) { return Text(c.row.underlying_security_title); }},
    {"underlying_security_shares", [](const RowContext& c) { return Text(c.row.underlying_security_shares); }},
    {"shares_owned_following", [](const RowContext& c) { return Text(c.row.shares_owned_following); }},
    {"value_owned_following", [](const RowContext& c) { return Text(c.row.value_owned_following); }},
    {"direct_or_indirect", [](const RowContext& c) { return Text(c.row.direct_or_indirect); }},
    {"nature_of_ownership", [](const RowContext& c) { return Text(c.row.nature_of_ownership); }},
    {"footnote_ids", [](const RowContext& c) { return FootnoteRefsText(c.row.footnote_ids); }},
}};

// Appends `field` as one RFC 4180 field: quoted, with `"` doubled, when it
// holds a separator, a quote or a line break.
void AppendField(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void AppendLine(std::string& out, const RowContext& context) {
  for (size_t i = 0; i < kColumns.size(); ++i) {
    if (i > 0) out += ',';
    AppendField(out, kColumns[i].value(context));
  }
  out += "\r\n";
}

void AppendTable(std::string& out, const Filing& filing, TableKind kind, std::string_view table) {
  const std::vector<Row>& rows = filing.Table(kind);
  for (size_t i = 0; i < rows.size(); ++i) AppendLine(out, RowContext{filing, rows[i], table, i + 1});
}

}  // namespace

std::string TransactionsCsvHeader() {
  std::string header;
  for (size_t i = 0; i < kColumns.size(); ++i) {
    if (i > 0) header += ',';
    header += kColumns[i].name;
  }
  return header + "\r\n";
}

std::string ToTransactionsCsv(const Filing& filing, const TransactionsCsvOptions& options) {
  std::string out = options.header ? TransactionsCsvHeader() : std::string();
  AppendTable(out, filing, TableKind::kNonDerivativeTransactions, "non_derivative");
  AppendTable(out, filing, TableKind::kDerivativeTransactions, "derivative");
  return out;
}

}  // namespace form4

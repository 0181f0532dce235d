// ToJson: the Filing as canonical JSON, keys in the order of canonical-json.md.
#include <optional>
#include <string>
#include <variant>

#include "form4/json.h"
#include "json/json_writer.h"
#include "model/row_fields.h"

namespace form4 {
namespace {

using internal::JsonWriter;

void Write(JsonWriter& json, const OptString& value) {
  value ? json.String(*value) : json.Null();
}

void Write(JsonWriter& json, const OptBool& value) {
  value ? json.Bool(*value) : json.Null();
}

void Write(JsonWriter& json, const OptNumber& value) {
  if (!value) return json.Null();
  value->is_number ? json.RawNumber(value->text) : json.String(value->text);
}

void Write(JsonWriter& json, const std::optional<int>& value) {
  value ? json.RawNumber(std::to_string(*value)) : json.Null();
}

template <typename T>
void Member(JsonWriter& json, std::string_view key, const T& value) {
  json.Key(key);
  Write(json, value);
}

void WriteIssuer(JsonWriter& json, const Issuer& issuer) {
  json.BeginObject();
  Member(json, "cik", issuer.cik);
  Member(json, "name", issuer.name);
  Member(json, "trading_symbol", issuer.trading_symbol);
  json.EndObject();
}

void WriteOwner(JsonWriter& json, const ReportingOwner& owner) {
  json.BeginObject();
  Member(json, "cik", owner.cik);
  Member(json, "name", owner.name);
  Member(json, "street1", owner.street1);
  Member(json, "street2", owner.street2);
  Member(json, "city", owner.city);
  Member(json, "state", owner.state);
  Member(json, "zip_code", owner.zip_code);
  Member(json, "state_description", owner.state_description);
  Member(json, "is_director", OptBool(owner.is_director));
  Member(json, "is_officer", OptBool(owner.is_officer));
  Member(json, "is_ten_percent_owner", OptBool(owner.is_ten_percent_owner));
  Member(json, "is_other", OptBool(owner.is_other));
  Member(json, "officer_title", owner.officer_title);
  Member(json, "other_text", owner.other_text);
  json.EndObject();
}

void WriteFootnoteRefs(JsonWriter& json, const FootnoteRefs& refs) {
  json.BeginObject();
  for (const auto& [field, ids] : refs) {
    json.Key(field);
    json.BeginArray();
    for (const std::string& id : ids) json.String(id);
    json.EndArray();
  }
  json.EndObject();
}

// The `derived` object of a row (docs/derived.md).
void WriteRowDerived(JsonWriter& json, const RowDerived& derived) {
  json.BeginObject();
  Member(json, "value", derived.value);
  Member(json, "price_low", derived.price_low);
  Member(json, "price_high", derived.price_high);
  Member(json, "plan_adoption_date", derived.plan_adoption_date);
  Member(json, "code_description", derived.code_description);
  Member(json, "is_open_market", derived.is_open_market);
  json.EndObject();
}

// The top-level `derived` object (docs/derived.md).
void WriteFilingDerived(JsonWriter& json, const FilingDerived& derived) {
  json.BeginObject();
  Member(json, "event_date", derived.event_date);
  Member(json, "filed_date", derived.filed_date);
  Member(json, "filed_date_source", derived.filed_date_source);
  Member(json, "deadline", derived.deadline);
  Member(json, "days_to_file", derived.days_to_file);
  Member(json, "late", derived.late);
  Member(json, "late_reason", derived.late_reason);
  json.Key("net_shares");
  json.BeginArray();
  for (const NetShares& net : derived.net_shares) {
    json.BeginObject();
    Member(json, "security_title", net.security_title);
    Member(json, "net_shares", OptNumber(net.net_shares));
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
}

void WriteRow(JsonWriter& json, const Row& row, TableKind table) {
  json.BeginObject();
  for (const internal::RowField& field : internal::RowFields()) {
    if (!internal::TableHasField(table, field)) continue;
    json.Key(field.name);
    std::visit([&](auto member) { Write(json, row.*member); }, field.member);
  }
  json.Key("footnote_ids");
  WriteFootnoteRefs(json, row.footnote_ids);
  json.Key("derived");
  WriteRowDerived(json, row.derived);
  json.EndObject();
}

void WriteTable(JsonWriter& json, std::string_view key, const Filing& filing, TableKind table) {
  json.Key(key);
  json.BeginArray();
  for (const Row& row : filing.Table(table)) WriteRow(json, row, table);
  json.EndArray();
}

void WriteSource(JsonWriter& json, const Source& source) {
  json.BeginObject();
  Member(json, "format", OptString(source.format));
  Member(json, "file", OptString(source.file));
  Member(json, "schema_version", source.schema_version);
  Member(json, "accession_number", source.accession_number);
  Member(json, "filing_date", source.filing_date);
  Member(json, "acceptance_datetime", source.acceptance_datetime);
  Member(json, "form_type", source.form_type);
  json.EndObject();
}

void WriteWarnings(JsonWriter& json, const std::vector<Warning>& warnings) {
  json.BeginArray();
  for (const Warning& warning : warnings) {
    json.BeginObject();
    Member(json, "rule", OptString(warning.rule));
    Member(json, "severity", OptString(warning.severity));
    Member(json, "path", OptString(warning.path));
    Member(json, "message", OptString(warning.message));
    json.EndObject();
  }
  json.EndArray();
}

}  // namespace

std::string ToJson(const Filing& filing, const JsonOptions& options) {
  std::string out;
  out.reserve(4096);
  JsonWriter json(out, options.pretty);
  json.BeginObject();
  Member(json, "document_type", filing.document_type);
  Member(json, "period_of_report", filing.period_of_report);
  Member(json, "date_of_original_submission", filing.date_of_original_submission);
  Member(json, "not_subject_to_section16", filing.not_subject_to_section16);
  Member(json, "no_securities_owned", filing.no_securities_owned);
  Member(json, "form3_holdings_reported", filing.form3_holdings_reported);
  Member(json, "form4_transactions_reported", filing.form4_transactions_reported);
  Member(json, "aff10b5one", filing.aff10b5one);
  json.Key("issuer");
  WriteIssuer(json, filing.issuer);
  json.Key("reporting_owners");
  json.BeginArray();
  for (const ReportingOwner& owner : filing.reporting_owners) WriteOwner(json, owner);
  json.EndArray();
  WriteTable(json, "non_derivative_transactions", filing, TableKind::kNonDerivativeTransactions);
  WriteTable(json, "non_derivative_holdings", filing, TableKind::kNonDerivativeHoldings);
  WriteTable(json, "derivative_transactions", filing, TableKind::kDerivativeTransactions);
  WriteTable(json, "derivative_holdings", filing, TableKind::kDerivativeHoldings);
  json.Key("footnotes");
  json.BeginArray();
  for (const Footnote& footnote : filing.footnotes) {
    json.BeginObject();
    Member(json, "id", footnote.id);
    Member(json, "text", footnote.text);
    json.EndObject();
  }
  json.EndArray();
  Member(json, "remarks", filing.remarks);
  json.Key("signatures");
  json.BeginArray();
  for (const Signature& signature : filing.signatures) {
    json.BeginObject();
    Member(json, "name", signature.name);
    Member(json, "date", signature.date);
    json.EndObject();
  }
  json.EndArray();
  json.Key("source");
  WriteSource(json, filing.source);
  json.Key("warnings");
  WriteWarnings(json, filing.warnings);
  json.Key("derived");
  WriteFilingDerived(json, filing.derived);
  json.EndObject();
  return out;
}

std::string FindingsToJson(std::string_view file, const std::vector<Warning>& findings, const JsonOptions& options) {
  std::string out;
  JsonWriter json(out, options.pretty);
  json.BeginObject();
  json.Key("file");
  json.String(file);
  json.Key("findings");
  WriteWarnings(json, findings);
  json.EndObject();
  return out;
}

}  // namespace form4

// FromJson: canonical JSON -> Filing, through nlohmann-json's SAX parser so that
// numbers keep their digits (the DOM would turn 1000.50 into a double).
#include "form4/json_reader.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/row_fields.h"

namespace form4 {
namespace {

using Json = nlohmann::json;

// Builds a DOM in which every number is a binary value holding its source text,
// so strings and numbers stay distinct and digits stay exact.
class NumberKeepingBuilder final : public nlohmann::json_sax<Json> {
 public:
  explicit NumberKeepingBuilder(Json& root) : root_(root) {}

  bool null() override { return Add(Json()); }
  bool boolean(bool value) override { return Add(Json(value)); }
  bool number_integer(number_integer_t value) override { return AddNumber(std::to_string(value)); }
  bool number_unsigned(number_unsigned_t value) override { return AddNumber(std::to_string(value)); }
  bool number_float(number_float_t, const string_t& text) override { return AddNumber(text); }
  bool string(string_t& value) override { return Add(Json(std::move(value))); }
  bool binary(binary_t& value) override { return Add(Json::binary(std::move(value))); }
  bool start_object(std::size_t) override { return Open(Json::object()); }
  bool key(string_t& key) override {
    key_ = std::move(key);
    return true;
  }
  bool end_object() override { return Close(); }
  bool start_array(std::size_t) override { return Open(Json::array()); }
  bool end_array() override { return Close(); }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) override {
    error_ = "invalid JSON at byte " + std::to_string(position) + ": " + error.what();
    return false;
  }

  const std::string& error() const { return error_; }

 private:
  bool AddNumber(const std::string& text) {
    return Add(Json::binary(std::vector<std::uint8_t>(text.begin(), text.end())));
  }

  Json* Insert(Json value) {
    if (stack_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    Json& slot = parent[key_];
    slot = std::move(value);
    return &slot;
  }
  bool Add(Json value) {
    Insert(std::move(value));
    return true;
  }
  bool Open(Json container) {
    stack_.push_back(Insert(std::move(container)));
    return true;
  }
  bool Close() {
    stack_.pop_back();
    return true;
  }

  Json& root_;
  std::vector<Json*> stack_;
  std::string key_;
  std::string error_;
};

// Reads one JSON value into a model field, or says what was wrong at `path`.
class Reader {
 public:
  Status status() const { return status_; }

  void Fail(const std::string& path, std::string_view expected) {
    if (status_.ok()) {
      std::string message = "canonical JSON: ";
      message += path;
      message += ": expected ";
      message += expected;
      status_ = Status::InvalidArgument(std::move(message));
    }
  }

  // The member `key` of `object`, or null when missing.
  static const Json& Member(const Json& object, std::string_view key) {
    static const Json kNull;
    if (!object.is_object()) return kNull;
    const auto found = object.find(key);
    return found == object.end() ? kNull : *found;
  }

  void Read(const Json& value, const std::string& path, OptString& out) {
    if (value.is_null()) return out.reset();
    if (!value.is_string()) return Fail(path, "a string or null");
    out = value.get<std::string>();
  }
  void Read(const Json& value, const std::string& path, std::string& out) {
    OptString text;
    Read(value, path, text);
    out = text.value_or("");
  }
  void Read(const Json& value, const std::string& path, OptBool& out) {
    if (value.is_null()) return out.reset();
    if (!value.is_boolean()) return Fail(path, "true, false or null");
    out = value.get<bool>();
  }
  void Read(const Json& value, const std::string& path, bool& out) {
    OptBool flag;
    Read(value, path, flag);
    out = flag.value_or(false);
  }
  void Read(const Json& value, const std::string& path, OptNumber& out) {
    if (value.is_null()) return out.reset();
    if (value.is_string()) {
      out = Number{value.get<std::string>(), false};
    } else if (value.is_binary()) {
      const auto& digits = value.get_binary();
      out = Number{std::string(digits.begin(), digits.end()), true};
    } else {
      Fail(path, "a number, a string or null");
    }
  }
  void Read(const Json& value, const std::string& path, std::optional<int>& out) {
    if (value.is_null()) return out.reset();
    if (!value.is_binary()) return Fail(path, "an integer or null");
    const auto& digits = value.get_binary();
    try {
      out = std::stoi(std::string(digits.begin(), digits.end()));
    } catch (const std::exception&) {
      Fail(path, "an integer");
    }
  }

  template <typename T>
  void Field(const Json& object, const std::string& path, std::string_view key, T& out) {
    std::string child = path;
    child += '.';
    child += key;
    Read(Member(object, key), child, out);
  }

  // Calls `read(element, element_path)` for each element of the array `key`.
  template <typename ReadElement>
  void Array(const Json& object, const std::string& path, std::string_view key, ReadElement read) {
    const Json& array = Member(object, key);
    std::string array_path = path;
    array_path += '.';
    array_path += key;
    if (array.is_null()) return;
    if (!array.is_array()) return Fail(array_path, "an array");
    for (size_t i = 0; i < array.size(); ++i) read(array[i], array_path + "[" + std::to_string(i) + "]");
  }

 private:
  Status status_ = Status::Ok();
};

void ReadFootnoteRefs(Reader& reader, const Json& value, const std::string& path, FootnoteRefs& out) {
  if (value.is_null()) return;
  if (!value.is_object()) return reader.Fail(path, "an object of footnote id arrays");
  for (const auto& [field, ids] : value.items()) {
    std::vector<std::string>& list = out[field];
    if (!ids.is_array()) return reader.Fail(path + "." + field, "an array of footnote ids");
    for (const Json& id : ids) {
      if (!id.is_string()) return reader.Fail(path + "." + field, "footnote ids as strings");
      list.push_back(id.get<std::string>());
    }
  }
}

Row ReadRow(Reader& reader, const Json& object, const std::string& path) {
  Row row;
  if (!object.is_object()) {
    reader.Fail(path, "a row object");
    return row;
  }
  for (const internal::RowField& field : internal::RowFields()) {
    std::visit([&](auto member) { reader.Field(object, path, field.name, row.*member); }, field.member);
  }
  ReadFootnoteRefs(reader, Reader::Member(object, "footnote_ids"), path + ".footnote_ids", row.footnote_ids);
  const Json& derived = Reader::Member(object, "derived");
  const std::string derived_path = path + ".derived";
  reader.Field(derived, derived_path, "value", row.derived.value);
  reader.Field(derived, derived_path, "price_low", row.derived.price_low);
  reader.Field(derived, derived_path, "price_high", row.derived.price_high);
  reader.Field(derived, derived_path, "plan_adoption_date", row.derived.plan_adoption_date);
  reader.Field(derived, derived_path, "code_description", row.derived.code_description);
  reader.Field(derived, derived_path, "is_open_market", row.derived.is_open_market);
  return row;
}

ReportingOwner ReadOwner(Reader& reader, const Json& object, const std::string& path) {
  ReportingOwner owner;
  reader.Field(object, path, "cik", owner.cik);
  reader.Field(object, path, "name", owner.name);
  reader.Field(object, path, "street1", owner.street1);
  reader.Field(object, path, "street2", owner.street2);
  reader.Field(object, path, "city", owner.city);
  reader.Field(object, path, "state", owner.state);
  reader.Field(object, path, "zip_code", owner.zip_code);
  reader.Field(object, path, "state_description", owner.state_description);
  reader.Field(object, path, "is_director", owner.is_director);
  reader.Field(object, path, "is_officer", owner.is_officer);
  reader.Field(object, path, "is_ten_percent_owner", owner.is_ten_percent_owner);
  reader.Field(object, path, "is_other", owner.is_other);
  reader.Field(object, path, "officer_title", owner.officer_title);
  reader.Field(object, path, "other_text", owner.other_text);
  return owner;
}

void ReadSource(Reader& reader, const Json& object, Source& source) {
  const std::string path = "$.source";
  reader.Field(object, path, "format", source.format);
  reader.Field(object, path, "file", source.file);
  reader.Field(object, path, "schema_version", source.schema_version);
  reader.Field(object, path, "accession_number", source.accession_number);
  reader.Field(object, path, "filing_date", source.filing_date);
  reader.Field(object, path, "acceptance_datetime", source.acceptance_datetime);
  reader.Field(object, path, "form_type", source.form_type);
}

void ReadFilingDerived(Reader& reader, const Json& object, FilingDerived& derived) {
  const std::string path = "$.derived";
  reader.Field(object, path, "event_date", derived.event_date);
  reader.Field(object, path, "filed_date", derived.filed_date);
  reader.Field(object, path, "filed_date_source", derived.filed_date_source);
  reader.Field(object, path, "deadline", derived.deadline);
  reader.Field(object, path, "days_to_file", derived.days_to_file);
  reader.Field(object, path, "late", derived.late);
  reader.Field(object, path, "late_reason", derived.late_reason);
  reader.Array(object, path, "net_shares", [&](const Json& item, const std::string& item_path) {
    NetShares net;
    OptNumber shares;
    reader.Field(item, item_path, "security_title", net.security_title);
    reader.Field(item, item_path, "net_shares", shares);
    if (!shares) return reader.Fail(item_path + ".net_shares", "a number");
    net.net_shares = *shares;
    derived.net_shares.push_back(std::move(net));
  });
}

constexpr std::pair<std::string_view, TableKind> kTables[] = {
    {"non_derivative_transactions", TableKind::kNonDerivativeTransactions},
    {"non_derivative_holdings", TableKind::kNonDerivativeHoldings},
    {"derivative_transactions", TableKind::kDerivativeTransactions},
    {"derivative_holdings", TableKind::kDerivativeHoldings},
};

Filing ReadFiling(Reader& reader, const Json& root) {
  Filing filing;
  const std::string path = "$";
  reader.Field(root, path, "document_type", filing.document_type);
  reader.Field(root, path, "period_of_report", filing.period_of_report);
  reader.Field(root, path, "date_of_original_submission", filing.date_of_original_submission);
  reader.Field(root, path, "not_subject_to_section16", filing.not_subject_to_section16);
  reader.Field(root, path, "no_securities_owned", filing.no_securities_owned);
  reader.Field(root, path, "form3_holdings_reported", filing.form3_holdings_reported);
  reader.Field(root, path, "form4_transactions_reported", filing.form4_transactions_reported);
  reader.Field(root, path, "aff10b5one", filing.aff10b5one);
  const Json& issuer = Reader::Member(root, "issuer");
  reader.Field(issuer, "$.issuer", "cik", filing.issuer.cik);
  reader.Field(issuer, "$.issuer", "name", filing.issuer.name);
  reader.Field(issuer, "$.issuer", "trading_symbol", filing.issuer.trading_symbol);
  reader.Array(root, path, "reporting_owners", [&](const Json& item, const std::string& item_path) {
    filing.reporting_owners.push_back(ReadOwner(reader, item, item_path));
  });
  for (const auto& [key, table] : kTables) {
    reader.Array(root, path, key, [&, table = table](const Json& item, const std::string& item_path) {
      filing.Table(table).push_back(ReadRow(reader, item, item_path));
    });
  }
  reader.Array(root, path, "footnotes", [&](const Json& item, const std::string& item_path) {
    Footnote footnote;
    reader.Field(item, item_path, "id", footnote.id);
    reader.Field(item, item_path, "text", footnote.text);
    filing.footnotes.push_back(std::move(footnote));
  });
  reader.Field(root, path, "remarks", filing.remarks);
  reader.Array(root, path, "signatures", [&](const Json& item, const std::string& item_path) {
    Signature signature;
    reader.Field(item, item_path, "name", signature.name);
    reader.Field(item, item_path, "date", signature.date);
    filing.signatures.push_back(std::move(signature));
  });
  ReadSource(reader, Reader::Member(root, "source"), filing.source);
  reader.Array(root, path, "warnings", [&](const Json& item, const std::string& item_path) {
    Warning warning;
    reader.Field(item, item_path, "rule", warning.rule);
    reader.Field(item, item_path, "severity", warning.severity);
    reader.Field(item, item_path, "path", warning.path);
    reader.Field(item, item_path, "message", warning.message);
    filing.warnings.push_back(std::move(warning));
  });
  ReadFilingDerived(reader, Reader::Member(root, "derived"), filing.derived);
  return filing;
}

}  // namespace

Result<Filing> FromJson(std::string_view json) {
  Json root;
  NumberKeepingBuilder builder(root);
  if (!Json::sax_parse(json.begin(), json.end(), &builder)) {
    std::string message = "canonical JSON: ";
    message += builder.error();
    return Status::InvalidArgument(std::move(message));
  }
  if (!root.is_object()) return Status::InvalidArgument("canonical JSON: expected an object at $");
  Reader reader;
  Filing filing = ReadFiling(reader, root);
  if (!reader.status().ok()) return reader.status();
  return filing;
}

}  // namespace form4

// ToEdgarXml: the Filing as an EDGAR <ownershipDocument>, built as a pugixml tree
// (which does the escaping) in the element order of the SEC's schema
// (ownershipxmltechspec-v5 section 3.5).
#include "form4/edgar_xml.h"

#include <cstring>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include <pugixml.hpp>

#include "model/row_fields.h"
#include "parse/ownership_xml_paths.h"
#include "util/text.h"

namespace form4 {
namespace {

using internal::RowElementPath;
using internal::RowField;

// The group whose own <footnoteId> children stand for its first field's
// footnotes: the only group the schema gives footnote slots, because its
// children (form type, code, swap flag) are plain text without <value>.
constexpr std::string_view kPlainTextGroup = "transactionCoding";

class StringWriter : public pugi::xml_writer {
 public:
  explicit StringWriter(std::string& out) : out_(out) {}
  void write(const void* data, size_t size) override { out_.append(static_cast<const char*>(data), size); }

 private:
  std::string& out_;
};

const char* BoolText(bool value) { return value ? "1" : "0"; }

void SetText(pugi::xml_node element, std::string_view text) { element.text().set(text.data(), text.size()); }

void AddText(pugi::xml_node parent, const char* name, std::string_view text) {
  SetText(parent.append_child(name), text);
}

void AddOptional(pugi::xml_node parent, const char* name, const OptString& text) {
  if (text) AddText(parent, name, *text);
}

void AddOptional(pugi::xml_node parent, const char* name, const OptBool& value) {
  if (value) AddText(parent, name, BoolText(*value));
}

void AddFootnoteIds(pugi::xml_node element, const std::vector<std::string>& ids) {
  for (const std::string& id : ids) element.append_child("footnoteId").append_attribute("id").set_value(id.c_str());
}

// ---- table rows ----

// The text a Row field is written with, or nullopt when it is null.
OptString FieldText(const Row& row, const RowField& field) {
  return std::visit(
      [&](auto member) -> OptString {
        const auto& value = row.*member;
        if (!value) return std::nullopt;
        using Value = std::remove_cvref_t<decltype(value)>;
        if constexpr (std::is_same_v<Value, OptNumber>) {
          return value->text;
        } else if constexpr (std::is_same_v<Value, OptBool>) {
          return std::string(BoolText(*value));
        } else {
          return *value;
        }
      },
      field.member);
}

const std::vector<std::string>* FootnotesOf(const Row& row, std::string_view field) {
  const auto found = row.footnote_ids.find(std::string(field));
  return found == row.footnote_ids.end() || found->second.empty() ? nullptr : &found->second;
}

// The footnotes that go on a group element: its first field's, when the group
// is the plain-text one (elsewhere they go on the field's own element).
const std::vector<std::string>* GroupFootnotes(const Row& row, std::string_view group) {
  if (group != kPlainTextGroup) return nullptr;
  for (const internal::GroupFootnoteField& group_field : internal::kGroupFootnoteFields) {
    if (group == group_field.group) return FootnotesOf(row, group_field.field);
  }
  return nullptr;
}

// The row element's child `group`, appended when the last child is not it
// (a row's fields are visited in schema order, so a group's fields are adjacent).
pugi::xml_node GroupElement(pugi::xml_node row_element, const char* group) {
  pugi::xml_node last = row_element.last_child();
  if (last && std::strcmp(last.name(), group) == 0) return last;
  return row_element.append_child(group);
}

void AddRowField(pugi::xml_node row_element, const RowElementPath& path, const OptString& text,
                 const std::vector<std::string>* footnotes) {
  const bool in_group = *path.group != 0;
  pugi::xml_node element = (in_group ? GroupElement(row_element, path.group) : row_element).append_child(path.element);
  if (in_group && path.group == kPlainTextGroup) {
    if (text) SetText(element, *text);
  } else if (text) {
    AddText(element, "value", *text);
  }
  if (footnotes) AddFootnoteIds(element, *footnotes);
}

void AddRow(pugi::xml_node table_element, const char* row_name, const Row& row, TableKind table) {
  pugi::xml_node row_element = table_element.append_child(row_name);
  for (size_t i = 0; i < internal::kRowElementPaths.size(); ++i) {
    const RowElementPath& path = internal::kRowElementPaths[i];
    const RowField& field = internal::RowElementField(i);
    const OptString text = internal::TableHasField(table, field) ? FieldText(row, field) : std::nullopt;
    const std::vector<std::string>* group_footnotes = GroupFootnotes(row, path.group);
    const std::vector<std::string>* footnotes = FootnotesOf(row, path.field);
    if (footnotes == group_footnotes) footnotes = nullptr;  // written on the group below
    if (text || footnotes) AddRowField(row_element, path, text, footnotes);
    const bool group_ends = i + 1 == internal::kRowElementPaths.size() ||
                            std::strcmp(internal::kRowElementPaths[i + 1].group, path.group) != 0;
    if (group_ends && group_footnotes) AddFootnoteIds(GroupElement(row_element, path.group), *group_footnotes);
  }
}

// Writes <table_name> with the rows of both kinds, transactions first, when there are any.
void AddTable(pugi::xml_node root, const char* table_name, const Filing& filing, TableKind transactions,
              const char* transaction_name, TableKind holdings, const char* holding_name) {
  if (filing.Table(transactions).empty() && filing.Table(holdings).empty()) return;
  pugi::xml_node table = root.append_child(table_name);
  for (const Row& row : filing.Table(transactions)) AddRow(table, transaction_name, row, transactions);
  for (const Row& row : filing.Table(holdings)) AddRow(table, holding_name, row, holdings);
}

// ---- document parts ----

void AddIssuer(pugi::xml_node root, const Issuer& issuer) {
  pugi::xml_node element = root.append_child("issuer");
  AddOptional(element, "issuerCik", issuer.cik);
  AddOptional(element, "issuerName", issuer.name);
  AddOptional(element, "issuerTradingSymbol", issuer.trading_symbol);
}

bool HasAddress(const ReportingOwner& owner) {
  return owner.street1 || owner.street2 || owner.city || owner.state || owner.zip_code || owner.state_description;
}

void AddOwner(pugi::xml_node root, const ReportingOwner& owner) {
  pugi::xml_node element = root.append_child("reportingOwner");
  pugi::xml_node id = element.append_child("reportingOwnerId");
  AddOptional(id, "rptOwnerCik", owner.cik);
  AddOptional(id, "rptOwnerName", owner.name);
  if (HasAddress(owner)) {
    pugi::xml_node address = element.append_child("reportingOwnerAddress");
    AddOptional(address, "rptOwnerStreet1", owner.street1);
    AddOptional(address, "rptOwnerStreet2", owner.street2);
    AddOptional(address, "rptOwnerCity", owner.city);
    AddOptional(address, "rptOwnerState", owner.state);
    AddOptional(address, "rptOwnerZipCode", owner.zip_code);
    AddOptional(address, "rptOwnerStateDescription", owner.state_description);
  }
  pugi::xml_node relationship = element.append_child("reportingOwnerRelationship");
  AddText(relationship, "isDirector", BoolText(owner.is_director));
  AddText(relationship, "isOfficer", BoolText(owner.is_officer));
  AddText(relationship, "isTenPercentOwner", BoolText(owner.is_ten_percent_owner));
  AddText(relationship, "isOther", BoolText(owner.is_other));
  AddOptional(relationship, "officerTitle", owner.officer_title);
  AddOptional(relationship, "otherText", owner.other_text);
}

void AddHeader(pugi::xml_node root, const Filing& filing) {
  AddText(root, "schemaVersion", kEdgarXmlSchemaVersion);
  AddOptional(root, "documentType", filing.document_type);
  AddOptional(root, "periodOfReport", filing.period_of_report);
  AddOptional(root, "dateOfOriginalSubmission", filing.date_of_original_submission);
  AddOptional(root, "noSecuritiesOwned", filing.no_securities_owned);
  AddOptional(root, "notSubjectToSection16", filing.not_subject_to_section16);
  AddOptional(root, "form3HoldingsReported", filing.form3_holdings_reported);
  AddOptional(root, "form4TransactionsReported", filing.form4_transactions_reported);
  AddIssuer(root, filing.issuer);
  for (const ReportingOwner& owner : filing.reporting_owners) AddOwner(root, owner);
  AddOptional(root, "aff10b5One", filing.aff10b5one);
}

void AddFooter(pugi::xml_node root, const Filing& filing) {
  if (!filing.footnotes.empty()) {
    pugi::xml_node footnotes = root.append_child("footnotes");
    for (const Footnote& footnote : filing.footnotes) {
      pugi::xml_node element = footnotes.append_child("footnote");
      if (footnote.id) element.append_attribute("id").set_value(footnote.id->c_str());
      if (footnote.text) SetText(element, *footnote.text);
    }
  }
  AddOptional(root, "remarks", filing.remarks);
  for (const Signature& signature : filing.signatures) {
    pugi::xml_node element = root.append_child("ownerSignature");
    AddOptional(element, "signatureName", signature.name);
    AddOptional(element, "signatureDate", signature.date);
  }
}

}  // namespace

std::string ToEdgarXml(const Filing& filing) {
  pugi::xml_document document;
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version").set_value("1.0");
  declaration.append_attribute("encoding").set_value("UTF-8");
  pugi::xml_node root = document.append_child("ownershipDocument");
  AddHeader(root, filing);
  AddTable(root, "nonDerivativeTable", filing, TableKind::kNonDerivativeTransactions, "nonDerivativeTransaction",
           TableKind::kNonDerivativeHoldings, "nonDerivativeHolding");
  AddTable(root, "derivativeTable", filing, TableKind::kDerivativeTransactions, "derivativeTransaction",
           TableKind::kDerivativeHoldings, "derivativeHolding");
  AddFooter(root, filing);
  std::string out;
  out.reserve(8192);
  StringWriter writer(out);
  document.save(writer, "  ", pugi::format_indent | pugi::format_skip_control_chars, pugi::encoding_utf8);
  // The markup is ASCII, so this only touches text a reader left as invalid UTF-8,
  // which would make the declared UTF-8 document unreadable.
  return internal::IsValidUtf8(out) ? out : internal::RepairUtf8(out);
}

}  // namespace form4

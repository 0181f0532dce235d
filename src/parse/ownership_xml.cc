#include "parse/ownership_xml.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include <pugixml.hpp>

#include "model/row_fields.h"
#include "parse/ownership_xml_paths.h"
#include "parse/xml_loader.h"
#include "util/text.h"

namespace form4::internal {
namespace {

constexpr const char* kRootName = "ownershipDocument";
constexpr size_t kRootNameLength = std::char_traits<char>::length(kRootName);

// ---- tree navigation (the loader has removed namespace prefixes) ----

bool IsElement(const pugi::xml_node& node, const char* name) {
  return node.type() == pugi::node_element && std::strcmp(node.name(), name) == 0;
}

pugi::xml_node Child(const pugi::xml_node& parent, const char* name) {
  for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
    if (IsElement(child, name)) return child;
  }
  return {};
}

template <typename Visit>
void ForEachChild(const pugi::xml_node& parent, const char* name, Visit visit) {
  for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
    if (IsElement(child, name)) visit(child);
  }
}

bool IsText(const pugi::xml_node& node) {
  return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

// The text before the element's first child element (what lxml calls `.text`).
std::string LeadingText(const pugi::xml_node& node) {
  std::string text;
  for (pugi::xml_node child = node.first_child(); child && IsText(child); child = child.next_sibling()) {
    text += child.value();
  }
  return text;
}

bool HasChildElement(const pugi::xml_node& node) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element) return true;
  }
  return false;
}

// All text inside the element, in document order (what lxml's itertext() joins).
std::string AllText(const pugi::xml_node& node) {
  std::string text;
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    text += IsText(child) ? std::string(child.value()) : AllText(child);
  }
  return text;
}

// The text of the first child element called `name` (empty when absent).
std::string ChildText(const pugi::xml_node& parent, const char* name) {
  pugi::xml_node child = Child(parent, name);
  return child ? LeadingText(child) : std::string();
}

// A value is either in a <value> child or directly in the element; an element
// holding only child elements (e.g. a lone <footnoteId>) has no value.
std::string ValueText(const pugi::xml_node& element) {
  if (!element) return {};
  if (pugi::xml_node value = Child(element, "value")) return LeadingText(value);
  std::string text = LeadingText(element);
  if (HasChildElement(element) && CollapseWhitespace(text).empty()) return {};
  return text;
}

// ---- footnote references ----

// Sort key of a footnote id: its first number, then the id ("F2" < "F10").
bool FootnoteIdLess(const std::string& a, const std::string& b) {
  const auto number = [](const std::string& id) {
    const size_t digit = id.find_first_of("0123456789");
    if (digit == std::string::npos) return std::string::npos;
    size_t value = 0;
    for (size_t i = digit; i < id.size() && id[i] >= '0' && id[i] <= '9' && value < 1'000'000'000; ++i) {
      value = value * 10 + static_cast<size_t>(id[i] - '0');
    }
    return value;
  };
  const size_t na = number(a), nb = number(b);
  return na != nb ? na < nb : a < b;
}

void AddFootnoteIds(const pugi::xml_node& element, std::string_view field, FootnoteRefs& refs) {
  ForEachChild(element, "footnoteId", [&](const pugi::xml_node& footnote) {
    std::string id = footnote.attribute("id").value();
    if (id.empty()) return;
    std::vector<std::string>& ids = refs[std::string(field)];
    const auto at = std::lower_bound(ids.begin(), ids.end(), id, FootnoteIdLess);
    if (at == ids.end() || *at != id) ids.insert(at, std::move(id));
  });
}

// ---- rows ----

void AssignField(Row& row, const RowField& field, const std::string& text) {
  std::visit(
      [&](auto member) {
        using Value = std::remove_reference_t<decltype(row.*member)>;
        if constexpr (std::is_same_v<Value, OptNumber>) {
          row.*member = ToNumber(text);
        } else if constexpr (std::is_same_v<Value, OptBool>) {
          row.*member = ToBool(text);
        } else {
          row.*member = field.is_date ? ToDate(text) : CleanText(text);
        }
      },
      field.member);
}

// Clears the fields a table does not carry (e.g. a stray <transactionDate> on a holding).
void DropFieldsNotInTable(Row& row, TableKind table) {
  for (const RowField& field : RowFields()) {
    if (TableHasField(table, field)) continue;
    std::visit([&](auto member) { row.*member = std::nullopt; }, field.member);
  }
}

Row ReadRow(const pugi::xml_node& row_element, TableKind table) {
  Row row;
  for (size_t i = 0; i < kRowElementPaths.size(); ++i) {
    const RowElementPath& path = kRowElementPaths[i];
    pugi::xml_node element = *path.group == 0 ? row_element : Child(row_element, path.group);
    element = element ? Child(element, path.element) : pugi::xml_node();
    AssignField(row, RowElementField(i), ValueText(element));
    if (!element) continue;
    AddFootnoteIds(element, path.field, row.footnote_ids);
    if (pugi::xml_node value = Child(element, "value")) AddFootnoteIds(value, path.field, row.footnote_ids);
  }
  for (const GroupFootnoteField& group : kGroupFootnoteFields) {
    if (pugi::xml_node element = Child(row_element, group.group)) {
      AddFootnoteIds(element, group.field, row.footnote_ids);
    }
  }
  DropFieldsNotInTable(row, table);
  return row;
}

void ReadTable(const pugi::xml_node& root, const char* table_name, const char* row_name,
               TableKind kind, Filing& filing) {
  ForEachChild(root, table_name, [&](const pugi::xml_node& table) {
    ForEachChild(table, row_name, [&](const pugi::xml_node& row) {
      filing.Table(kind).push_back(ReadRow(row, kind));
    });
  });
}

// ---- document parts ----

Issuer ReadIssuer(const pugi::xml_node& root) {
  const pugi::xml_node issuer = Child(root, "issuer");
  return Issuer{
      CleanText(ChildText(issuer, "issuerCik")),
      CleanText(ChildText(issuer, "issuerName")),
      CleanText(ChildText(issuer, "issuerTradingSymbol")),
  };
}

ReportingOwner ReadOwner(const pugi::xml_node& owner_element) {
  const pugi::xml_node id = Child(owner_element, "reportingOwnerId");
  const pugi::xml_node address = Child(owner_element, "reportingOwnerAddress");
  const pugi::xml_node relationship = Child(owner_element, "reportingOwnerRelationship");
  const auto flag = [&](const char* name) {
    return ToBool(ChildText(relationship, name)).value_or(false);
  };
  ReportingOwner owner;
  owner.cik = CleanText(ChildText(id, "rptOwnerCik"));
  owner.name = CleanText(ChildText(id, "rptOwnerName"));
  owner.street1 = CleanText(ChildText(address, "rptOwnerStreet1"));
  owner.street2 = CleanText(ChildText(address, "rptOwnerStreet2"));
  owner.city = CleanText(ChildText(address, "rptOwnerCity"));
  owner.state = CleanText(ChildText(address, "rptOwnerState"));
  owner.zip_code = CleanText(ChildText(address, "rptOwnerZipCode"));
  owner.state_description = CleanText(ChildText(address, "rptOwnerStateDescription"));
  owner.is_director = flag("isDirector");
  owner.is_officer = flag("isOfficer");
  owner.is_ten_percent_owner = flag("isTenPercentOwner");
  owner.is_other = flag("isOther");
  owner.officer_title = CleanText(ChildText(relationship, "officerTitle"));
  owner.other_text = CleanText(ChildText(relationship, "otherText"));
  return owner;
}

void ReadHeader(const pugi::xml_node& root, Filing& filing) {
  filing.source.schema_version = CleanText(ChildText(root, "schemaVersion"));
  filing.document_type = CleanText(ChildText(root, "documentType"));
  filing.period_of_report = ToDate(ChildText(root, "periodOfReport"));
  filing.date_of_original_submission = ToDate(ChildText(root, "dateOfOriginalSubmission"));
  filing.not_subject_to_section16 = ToBool(ChildText(root, "notSubjectToSection16"));
  filing.no_securities_owned = ToBool(ChildText(root, "noSecuritiesOwned"));
  filing.form3_holdings_reported = ToBool(ChildText(root, "form3HoldingsReported"));
  filing.form4_transactions_reported = ToBool(ChildText(root, "form4TransactionsReported"));
  filing.aff10b5one = ToBool(ChildText(root, "aff10b5One"));
  filing.issuer = ReadIssuer(root);
  ForEachChild(root, "reportingOwner", [&](const pugi::xml_node& owner) {
    filing.reporting_owners.push_back(ReadOwner(owner));
  });
}

void ReadFooter(const pugi::xml_node& root, Filing& filing) {
  ForEachChild(root, "footnotes", [&](const pugi::xml_node& footnotes) {
    ForEachChild(footnotes, "footnote", [&](const pugi::xml_node& footnote) {
      const pugi::xml_attribute id = footnote.attribute("id");
      filing.footnotes.push_back(
          Footnote{id ? OptString(id.value()) : std::nullopt, CleanText(AllText(footnote))});
    });
  });
  filing.remarks = CleanText(ChildText(root, "remarks"));
  ForEachChild(root, "ownerSignature", [&](const pugi::xml_node& signature) {
    filing.signatures.push_back(Signature{CleanText(ChildText(signature, "signatureName")),
                                          ToDate(ChildText(signature, "signatureDate"))});
  });
}

Filing ReadRoot(const pugi::xml_node& root) {
  Filing filing;
  ReadHeader(root, filing);
  ReadTable(root, "nonDerivativeTable", "nonDerivativeTransaction",
            TableKind::kNonDerivativeTransactions, filing);
  ReadTable(root, "nonDerivativeTable", "nonDerivativeHolding", TableKind::kNonDerivativeHoldings,
            filing);
  ReadTable(root, "derivativeTable", "derivativeTransaction", TableKind::kDerivativeTransactions,
            filing);
  ReadTable(root, "derivativeTable", "derivativeHolding", TableKind::kDerivativeHoldings, filing);
  ReadFooter(root, filing);
  return filing;
}

// True when nothing at all was read: no form type, issuer, owner, row, footnote or signature.
bool HoldsNoFacts(const Filing& filing) {
  return !filing.document_type && !filing.period_of_report && filing.issuer == Issuer{} &&
         filing.reporting_owners.empty() && filing.non_derivative_transactions.empty() &&
         filing.non_derivative_holdings.empty() && filing.derivative_transactions.empty() &&
         filing.derivative_holdings.empty() && filing.footnotes.empty() && !filing.remarks &&
         filing.signatures.empty();
}

bool IsTagNameChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.';
}

// The start of the start tag whose (local) name begins at `name_at`: the `<`
// before it, or before its namespace prefix; npos if it is not a start tag.
size_t StartTagOf(std::string_view input, size_t name_at) {
  if (name_at == 0) return std::string_view::npos;
  if (input[name_at - 1] == '<') return name_at - 1;
  if (input[name_at - 1] != ':') return std::string_view::npos;
  size_t at = name_at - 1;
  while (at > 0 && IsTagNameChar(input[at - 1])) --at;
  return at > 0 && at < name_at - 1 && input[at - 1] == '<' ? at - 1 : std::string_view::npos;
}

// The bytes of the first <ownershipDocument> element (namespace prefix allowed):
// from its start tag to the end of its closing tag, or to the end of the input
// when it is never closed (the loader then recovers what it can).
std::string_view FindOwnershipElement(std::string_view input) {
  for (size_t name_at = input.find(kRootName); name_at != std::string_view::npos;
       name_at = input.find(kRootName, name_at + 1)) {
    const size_t start = StartTagOf(input, name_at);
    const size_t after = name_at + kRootNameLength;
    const char next = after < input.size() ? input[after] : '>';
    if (start == std::string_view::npos || IsTagNameChar(next) || next == ':') continue;
    const std::string close = "</" + std::string(input.substr(start + 1, after - start - 1)) + ">";
    const size_t close_at = input.find(close, after);
    const size_t end = close_at == std::string_view::npos ? input.size() : close_at + close.size();
    return input.substr(start, end - start);
  }
  return {};
}

}  // namespace

Result<Filing> ReadOwnershipDocument(std::string_view input, std::string_view name) {
  const std::string_view element = FindOwnershipElement(input);
  if (element.empty()) {
    return Status::ParseError("expected an <ownershipDocument> element, found none",
                              SourceLocation{std::string(name), 0, 0});
  }
  const LineColumn start = LocateOffset(input, static_cast<size_t>(element.data() - input.data()));
  SourceLocation where{std::string(name), start.line, start.column};
  XmlTree tree;
  std::vector<Warning> warnings;
  FORM4_TRY(LoadXml(input, element, name, tree, warnings, &where));
  const pugi::xml_node root = tree.document.document_element();
  if (!IsElement(root, kRootName)) {
    return Status::ParseError("expected an <ownershipDocument> element, found none that could be read", where);
  }
  Filing filing = ReadRoot(root);
  if (HoldsNoFacts(filing)) {
    std::string message = "expected filing data in <ownershipDocument>, found none";
    if (!warnings.empty()) message += " (" + warnings.back().message + ")";
    return Status::ParseError(std::move(message), where);
  }
  filing.warnings = std::move(warnings);
  return filing;
}

}  // namespace form4::internal

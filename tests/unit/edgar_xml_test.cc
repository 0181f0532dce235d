#include "form4/edgar_xml.h"

#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "form4/json.h"
#include "form4/parse.h"
#include "roundtrip_facts.h"

namespace form4 {
namespace {

Number Num(std::string text) { return Number{std::move(text), true}; }

// A Form 4 with one owner, one non-derivative sale and one option exercise.
Filing SampleFiling() {
  Filing filing;
  filing.document_type = "4";
  filing.period_of_report = "2024-03-01";
  filing.not_subject_to_section16 = false;
  filing.aff10b5one = true;
  filing.issuer = {"0009990001", "Lindqvist Tool & Die Co.", "LTD"};
  ReportingOwner owner;
  owner.cik = "0009990002";
  owner.name = "Okafor Jane";
  owner.city = "TULSA";
  owner.is_officer = true;
  owner.officer_title = "Chief Financial Officer";
  filing.reporting_owners.push_back(owner);

  Row sale;
  sale.security_title = "Common Stock";
  sale.transaction_date = "2024-03-01";
  sale.form_type = "4";
  sale.code = "S";
  sale.equity_swap_involved = false;
  sale.shares = Num("1250");
  sale.price_per_share = Num("41.0725");
  sale.acquired_disposed = "D";
  sale.shares_owned_following = Num("18004.5");
  sale.direct_or_indirect = "D";
  sale.footnote_ids = {{"code", {"F1"}}, {"price_per_share", {"F2", "F3"}}, {"shares", {"F4"}}};
  filing.non_derivative_transactions.push_back(sale);

  Row exercise;
  exercise.security_title = "Stock Option (right to buy)";
  exercise.conversion_or_exercise_price = Num("12.50");
  exercise.transaction_date = "2024-03-01";
  exercise.form_type = "4";
  exercise.code = "M";
  exercise.equity_swap_involved = false;
  exercise.shares = Num("1250");
  exercise.price_per_share = Num("0");
  exercise.acquired_disposed = "D";
  exercise.exercise_date = "2021-03-01";
  exercise.expiration_date = "2030-03-01";
  exercise.underlying_security_title = "Common Stock";
  exercise.underlying_security_shares = Num("1250");
  exercise.shares_owned_following = Num("3750");
  exercise.direct_or_indirect = "I";
  exercise.nature_of_ownership = "By Okafor Family Trust";
  exercise.footnote_ids = {{"exercise_date", {"F5"}}, {"underlying_security_title", {"F6"}}};
  filing.derivative_transactions.push_back(exercise);

  filing.footnotes = {{"F1", "Sale under a 10b5-1 plan adopted 2023-09-01."},
                      {"F2", "Weighted average; prices ranged from $41.00 to $41.20."},
                      {"F3", "Details on request."},
                      {"F4", "Includes 10 shares \"held\" <in escrow>."},
                      {"F5", "Vested in full."},
                      {"F6", "Common Stock, par value $0.01."}};
  filing.remarks = "Exhibit 24 & Power of Attorney";
  filing.signatures = {{"/s/ Jane Okafor", "2024-03-04"}};
  return filing;
}

pugi::xml_document Load(const std::string& xml) {
  pugi::xml_document document;
  const pugi::xml_parse_result result = document.load_string(xml.c_str());
  EXPECT_TRUE(result) << result.description() << "\n" << xml;
  return document;
}

// The child element names of `node`, in order, space-separated.
std::string ChildNames(const pugi::xml_node& node) {
  std::string names;
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    if (!names.empty()) names += ' ';
    names += child.name();
  }
  return names;
}

std::string FootnoteIdsOf(const pugi::xml_node& node) {
  std::string ids;
  for (pugi::xml_node id : node.children("footnoteId")) ids += std::string(id.attribute("id").value()) + ";";
  return ids;
}

Filing ReadBack(const std::string& xml) {
  Result<Filing> filing = ParseFiling(xml, "roundtrip.xml");
  EXPECT_TRUE(filing.ok()) << filing.status().ToString() << "\n" << xml;
  return filing.ok() ? *filing : Filing{};
}

void ExpectRoundTrip(const Filing& filing) {
  const std::string xml = ToEdgarXml(filing);
  const Filing back = ReadBack(xml);
  EXPECT_EQ(ToJson(Facts(back)), ToJson(Facts(filing))) << xml;
  EXPECT_TRUE(Facts(back) == Facts(filing));
  EXPECT_TRUE(ReadingWarnings(back).empty());
}

TEST(ToEdgarXml, WritesTheSchemaVersionAndDocumentHeaderInSchemaOrder) {
  const pugi::xml_document document = Load(ToEdgarXml(SampleFiling()));
  const pugi::xml_node root = document.child("ownershipDocument");
  EXPECT_STREQ(root.child_value("schemaVersion"), "X0508");
  EXPECT_EQ(ChildNames(root),
            "schemaVersion documentType periodOfReport notSubjectToSection16 issuer reportingOwner aff10b5One "
            "nonDerivativeTable derivativeTable footnotes remarks ownerSignature");
  EXPECT_STREQ(root.child_value("notSubjectToSection16"), "0");
  EXPECT_STREQ(root.child_value("aff10b5One"), "1");
  EXPECT_EQ(ChildNames(root.child("reportingOwner").child("reportingOwnerRelationship")),
            "isDirector isOfficer isTenPercentOwner isOther officerTitle");
}

TEST(ToEdgarXml, WritesRowElementsInSchemaOrderWithValueWrappers) {
  const pugi::xml_document document = Load(ToEdgarXml(SampleFiling()));
  const pugi::xml_node row =
      document.child("ownershipDocument").child("derivativeTable").child("derivativeTransaction");
  EXPECT_EQ(ChildNames(row),
            "securityTitle conversionOrExercisePrice transactionDate transactionCoding transactionAmounts exerciseDate "
            "expirationDate underlyingSecurity postTransactionAmounts ownershipNature");
  EXPECT_EQ(ChildNames(row.child("transactionCoding")), "transactionFormType transactionCode equitySwapInvolved");
  EXPECT_STREQ(row.child("transactionCoding").child_value("transactionCode"), "M");
  EXPECT_EQ(ChildNames(row.child("transactionAmounts")),
            "transactionShares transactionPricePerShare transactionAcquiredDisposedCode");
  EXPECT_STREQ(row.child("conversionOrExercisePrice").child_value("value"), "12.50");  // the source's digits
  EXPECT_EQ(ChildNames(row.child("ownershipNature")), "directOrIndirectOwnership natureOfOwnership");
}

TEST(ToEdgarXml, PlacesFootnotesOnTheirFieldAndCodeFootnotesOnTransactionCoding) {
  const pugi::xml_document document = Load(ToEdgarXml(SampleFiling()));
  const pugi::xml_node root = document.child("ownershipDocument");
  const pugi::xml_node sale = root.child("nonDerivativeTable").child("nonDerivativeTransaction");
  EXPECT_EQ(FootnoteIdsOf(sale.child("transactionCoding")), "F1;");
  EXPECT_EQ(FootnoteIdsOf(sale.child("transactionCoding").child("transactionCode")), "");
  EXPECT_EQ(FootnoteIdsOf(sale.child("transactionAmounts").child("transactionPricePerShare")), "F2;F3;");
  EXPECT_EQ(FootnoteIdsOf(sale.child("transactionAmounts").child("transactionShares")), "F4;");
  EXPECT_EQ(FootnoteIdsOf(sale.child("transactionAmounts")), "");
  const pugi::xml_node exercise = root.child("derivativeTable").child("derivativeTransaction");
  EXPECT_EQ(FootnoteIdsOf(exercise.child("exerciseDate")), "F5;");
  EXPECT_EQ(FootnoteIdsOf(exercise.child("underlyingSecurity").child("underlyingSecurityTitle")), "F6;");
}

TEST(ToEdgarXml, GroupFootnotesWithoutValuesKeepTheirGroupInSchemaPosition) {
  Filing filing = SampleFiling();
  Row holding;
  holding.security_title = "Common Stock";
  holding.footnote_ids = {{"code", {"F1"}}, {"shares_owned_following", {"F2"}}, {"direct_or_indirect", {"F3"}}};
  filing.non_derivative_holdings.push_back(holding);
  const pugi::xml_document document = Load(ToEdgarXml(filing));
  const pugi::xml_node row =
      document.child("ownershipDocument").child("nonDerivativeTable").child("nonDerivativeHolding");
  EXPECT_EQ(ChildNames(row), "securityTitle transactionCoding postTransactionAmounts ownershipNature");
  EXPECT_EQ(FootnoteIdsOf(row.child("transactionCoding")), "F1;");
  const pugi::xml_node shares = row.child("postTransactionAmounts").child("sharesOwnedFollowingTransaction");
  EXPECT_EQ(ChildNames(shares), "footnoteId");  // a footnote in place of a value (cm(8))
  ExpectRoundTrip(filing);
}

TEST(ToEdgarXml, OmitsNullsButKeepsRequiredContainers) {
  Filing filing;
  filing.document_type = "4";
  filing.reporting_owners.emplace_back();
  Row row;
  row.security_title = "Common Stock";
  filing.non_derivative_transactions.push_back(row);
  filing.signatures.emplace_back();
  const pugi::xml_document document = Load(ToEdgarXml(filing));
  const pugi::xml_node root = document.child("ownershipDocument");
  EXPECT_EQ(ChildNames(root), "schemaVersion documentType issuer reportingOwner nonDerivativeTable ownerSignature");
  EXPECT_EQ(ChildNames(root.child("issuer")), "");
  EXPECT_EQ(ChildNames(root.child("reportingOwner")), "reportingOwnerId reportingOwnerRelationship");
  EXPECT_EQ(ChildNames(root.child("nonDerivativeTable").child("nonDerivativeTransaction")), "securityTitle");
  ExpectRoundTrip(filing);
}

TEST(ToEdgarXml, EscapesMarkupCharactersAndDropsControlCharacters) {
  Filing filing = SampleFiling();
  filing.issuer.name = "A&B <Holdings> \"C\" 'D' ]]> Société";
  filing.footnotes[0].text = "x < y & z\x01";
  const std::string xml = ToEdgarXml(filing);
  EXPECT_NE(xml.find("<issuerName>A&amp;B &lt;Holdings&gt; \"C\" 'D' ]]&gt; Société</issuerName>"), std::string::npos)
      << xml;
  EXPECT_NE(xml.find(">x &lt; y &amp; z</footnote>"), std::string::npos) << xml;
  EXPECT_EQ(xml.find('\x01'), std::string::npos);
  const Filing back = ReadBack(xml);
  EXPECT_EQ(back.issuer.name, filing.issuer.name);
  EXPECT_EQ(back.footnotes[0].text, "x < y & z");
}

TEST(ToEdgarXml, WritesWellFormedUtf8EvenFromTextThatIsNot) {
  Filing filing = SampleFiling();
  filing.issuer.name = "Caf\xe9 Holdings";  // a Windows-1252 byte a rendering passed through
  const std::string xml = ToEdgarXml(filing);
  EXPECT_NE(xml.find("<issuerName>Caf\xc3\xa9 Holdings</issuerName>"), std::string::npos) << xml;
  EXPECT_EQ(ReadBack(xml).issuer.name, "Caf\xc3\xa9 Holdings");
}

TEST(ToEdgarXml, KeepsTextThatIsNotANumberOrDate) {
  Filing filing = SampleFiling();
  Row& row = filing.non_derivative_transactions[0];
  row.price_per_share = Number{"see footnote 2", false};
  row.transaction_date = "March 2024";
  const std::string xml = ToEdgarXml(filing);
  EXPECT_NE(xml.find("<value>see footnote 2</value>"), std::string::npos);
  ExpectRoundTrip(filing);
}

TEST(ToEdgarXml, FootnotesOnPlainCodingFieldsStayOnTheirElement) {
  Filing filing = SampleFiling();
  filing.non_derivative_transactions[0].footnote_ids["form_type"] = {"F3"};
  const pugi::xml_document document = Load(ToEdgarXml(filing));
  const pugi::xml_node row =
      document.child("ownershipDocument").child("nonDerivativeTable").child("nonDerivativeTransaction");
  const pugi::xml_node coding = row.child("transactionCoding");
  EXPECT_EQ(FootnoteIdsOf(coding.child("transactionFormType")), "F3;");
  EXPECT_EQ(FootnoteIdsOf(coding), "F1;");
  ExpectRoundTrip(filing);
}

TEST(ToEdgarXml, RoundTripsAFullFiling) {
  Filing filing = SampleFiling();
  filing.document_type = "4/A";
  filing.date_of_original_submission = "2024-03-02";
  ReportingOwner trust;
  trust.cik = "0009990003";
  trust.name = "Okafor Trust";
  trust.street1 = "1 Main St";
  trust.street2 = "Suite 2";
  trust.state = "OK";
  trust.zip_code = "74103";
  trust.is_director = trust.is_ten_percent_owner = trust.is_other = true;
  trust.other_text = "Trust";
  filing.reporting_owners.push_back(trust);
  Row holding;
  holding.security_title = "Warrant";
  holding.conversion_or_exercise_price = Num("3.1");
  holding.exercise_date = "2020-01-01";
  holding.underlying_security_title = "Common Stock";
  holding.underlying_security_value = Num("100000");
  holding.value_owned_following = Num("0.0001");
  holding.direct_or_indirect = "D";
  filing.derivative_holdings.push_back(holding);
  filing.footnotes.push_back({std::nullopt, "A footnote without an id."});
  ExpectRoundTrip(filing);
}

}  // namespace
}  // namespace form4

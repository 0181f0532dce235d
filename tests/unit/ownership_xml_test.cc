#include "parse/ownership_xml.h"
#include "parse/xml_repair.h"

#include <gtest/gtest.h>

#include "form4/json.h"

namespace form4::internal {
namespace {

std::string Document(std::string_view body) {
  return "<?xml version=\"1.0\"?>\n<ownershipDocument>\n<schemaVersion>X0609</schemaVersion>\n" +
         std::string(body) + "\n</ownershipDocument>\n";
}

Filing Read(const std::string& xml) {
  Result<Filing> filing = ReadOwnershipDocument(xml, "test.xml");
  EXPECT_TRUE(filing.ok()) << filing.status().ToString();
  return filing.ok() ? *filing : Filing{};
}

bool HasWarning(const Filing& filing, std::string_view rule) {
  for (const Warning& warning : filing.warnings) {
    if (warning.rule == rule) return true;
  }
  return false;
}

constexpr std::string_view kTransaction = R"(
<nonDerivativeTable><nonDerivativeTransaction>
  <securityTitle><value>Common Stock</value></securityTitle>
  <transactionDate><value>2024-02-14-05:00</value></transactionDate>
  <transactionCoding><transactionFormType>4</transactionFormType>
    <transactionCode>S</transactionCode><equitySwapInvolved>false</equitySwapInvolved>
    <footnoteId id="F1"/></transactionCoding>
  <transactionAmounts>
    <transactionShares><value>1,000</value></transactionShares>
    <transactionPricePerShare><footnoteId id="F3"/></transactionPricePerShare>
    <transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode>
  </transactionAmounts>
  <postTransactionAmounts><sharesOwnedFollowingTransaction><value>5000.50</value>
    <footnoteId id="F10"/><footnoteId id="F2"/></sharesOwnedFollowingTransaction></postTransactionAmounts>
  <ownershipNature><directOrIndirectOwnership>D</directOrIndirectOwnership></ownershipNature>
  <futureElement>ignored</futureElement>
</nonDerivativeTransaction></nonDerivativeTable>)";

TEST(ReadOwnershipDocument, ReadsValuesWrappedOrBareWithTheirFootnotes) {
  const Filing filing = Read(Document(kTransaction));
  ASSERT_EQ(filing.non_derivative_transactions.size(), 1u);
  const Row& row = filing.non_derivative_transactions[0];
  EXPECT_EQ(row.transaction_date, "2024-02-14");
  EXPECT_EQ(row.code, "S");
  EXPECT_EQ(row.equity_swap_involved, false);
  EXPECT_EQ(row.shares->text, "1000");
  EXPECT_EQ(row.price_per_share, std::nullopt);
  EXPECT_EQ(row.shares_owned_following->text, "5000.50");
  EXPECT_EQ(row.direct_or_indirect, "D");
  const FootnoteRefs expected{{"code", {"F1"}},
                              {"price_per_share", {"F3"}},
                              {"shares_owned_following", {"F2", "F10"}}};
  EXPECT_EQ(row.footnote_ids, expected);
  EXPECT_TRUE(filing.warnings.empty());
  EXPECT_EQ(filing.source.schema_version, "X0609");
}

TEST(ReadOwnershipDocument, OwnerFlagsDefaultToFalseAndTopLevelFlagsToNull) {
  const Filing filing = Read(Document(R"(
<documentType>4</documentType>
<reportingOwner><reportingOwnerId><rptOwnerName>Doe  Jane</rptOwnerName></reportingOwnerId>
<reportingOwnerRelationship><isDirector>true</isDirector></reportingOwnerRelationship></reportingOwner>)"));
  ASSERT_EQ(filing.reporting_owners.size(), 1u);
  EXPECT_EQ(filing.reporting_owners[0].name, "Doe Jane");
  EXPECT_TRUE(filing.reporting_owners[0].is_director);
  EXPECT_FALSE(filing.reporting_owners[0].is_officer);
  EXPECT_EQ(filing.aff10b5one, std::nullopt);
  EXPECT_EQ(filing.document_type, "4");
}

TEST(ReadOwnershipDocument, FootnoteTextJoinsNestedMarkup) {
  const Filing filing = Read(Document(
      "<footnotes><footnote id=\"F1\">Price ranged from <b>$10.00</b>\n to $10.50.</footnote>"
      "<footnote>no id</footnote></footnotes>"));
  ASSERT_EQ(filing.footnotes.size(), 2u);
  EXPECT_EQ(filing.footnotes[0].text, "Price ranged from $10.00 to $10.50.");
  EXPECT_EQ(filing.footnotes[1].id, std::nullopt);
}

TEST(ReadOwnershipDocument, RecoversFromAnUnclosedElementWithAWarning) {
  const Filing filing = Read(
      "<ownershipDocument><documentType>4</documentType>"
      "<issuer><issuerName>Acme</issuerName></issuer><remarks>never closed"
      "</ownershipDocument>");
  EXPECT_EQ(filing.document_type, "4");
  EXPECT_EQ(filing.issuer.name, "Acme");
  EXPECT_TRUE(HasWarning(filing, "xml-malformed"));
}

TEST(ReadOwnershipDocument, RecoversATruncatedDocument) {
  const Filing filing = Read("<ownershipDocument><documentType>4</documentType><issuer><issuerName>Ac");
  EXPECT_EQ(filing.document_type, "4");
  EXPECT_TRUE(HasWarning(filing, "xml-malformed"));
}

TEST(ReadOwnershipDocument, KeepsAStrayLessThanAsText) {
  const Filing filing = Read(Document("<remarks>price < 5 & rising</remarks>"));
  EXPECT_EQ(filing.remarks, "price < 5 & rising");
  EXPECT_TRUE(HasWarning(filing, "xml-malformed"));
}

TEST(ReadOwnershipDocument, DecodesHtmlEntitiesAndRepairsLatin1) {
  const Filing filing = Read(Document("<remarks>Jos\xE9&nbsp;&rsquo;s &amp; co</remarks>"));
  EXPECT_EQ(filing.remarks, "Jos\xC3\xA9 \xE2\x80\x99s & co");
  EXPECT_TRUE(HasWarning(filing, "xml-encoding"));
  EXPECT_TRUE(HasWarning(filing, "xml-html-entity"));
}

TEST(ReadOwnershipDocument, NeverExpandsEntitiesFromADtd) {
  const Filing filing = Read(
      "<?xml version=\"1.0\"?><!DOCTYPE ownershipDocument [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
      "<!ENTITY big \"BIGBIGBIG\">]><ownershipDocument><remarks>&xxe;&big;</remarks></ownershipDocument>");
  EXPECT_EQ(filing.remarks.value_or("").find("root"), std::string::npos);
  EXPECT_EQ(filing.remarks.value_or("").find("BIG"), std::string::npos);
}

TEST(ReadOwnershipDocument, NoOwnershipDocumentIsAnErrorNamingTheFile) {
  Result<Filing> filing = ReadOwnershipDocument("<?xml version=\"1.0\"?><other/>", "x.xml");
  ASSERT_FALSE(filing.ok());
  EXPECT_EQ(filing.status().ToString(), "x.xml: expected an <ownershipDocument> element, found none");
}

TEST(ReadOwnershipDocument, UnreadableMarkupReportsLineAndColumn) {
  Result<Filing> filing = ReadOwnershipDocument("line one\n<ownershipDocument <<<<", "y.xml");
  ASSERT_FALSE(filing.ok());
  EXPECT_EQ(filing.status().location().line, 2u);
  EXPECT_EQ(filing.status().location().file, "y.xml");
  EXPECT_NE(filing.status().message().find("malformed XML"), std::string::npos);
}

}  // namespace
}  // namespace form4::internal

namespace form4::internal {
namespace {

TEST(BalanceTags, ClosesATextOnlyElementWhenAChildStartsInsideIt) {
  EXPECT_EQ(BalanceTags("<a><value>800\n</a><b>x</b>"), "<a><value>800\n</value></a><b>x</b>");
  EXPECT_EQ(BalanceTags("<d><remarks>text<ownerSignature><signatureName>n</signatureName></ownerSignature></d>"),
            "<d><remarks>text</remarks><ownerSignature><signatureName>n</signatureName></ownerSignature></d>");
}

TEST(BalanceTags, DropsStrayEndTagsAndEscapesStrayLessThan) {
  EXPECT_EQ(BalanceTags("<a>x</b></a>"), "<a>x</a>");
  EXPECT_EQ(BalanceTags("<a>1 < 2</a>"), "<a>1 &lt; 2</a>");
}

TEST(BalanceTags, ClosesATruncatedDocumentAndDropsTheCutText) {
  EXPECT_EQ(BalanceTags("<a><b><value>50"), "<a><b><value></value></b></a>");
  EXPECT_EQ(BalanceTags("<a><b>ok</b><c attr=\"x"), "<a><b>ok</b></a>");
}

TEST(BalanceTags, KeepsCommentsCdataAndDropsDoctype) {
  EXPECT_EQ(BalanceTags("<!DOCTYPE a [<!ENTITY e \"x\">]><a><!-- c --><![CDATA[<raw>]]></a>"),
            "<a><!-- c --><![CDATA[<raw>]]></a>");
}

}  // namespace
}  // namespace form4::internal

namespace form4::internal {
namespace {

TEST(ReadOwnershipDocument, IgnoresNamespacePrefixes) {
  const Filing filing = Read(
      "<ns:ownershipDocument xmlns:ns=\"urn:x\"><ns:documentType>4</ns:documentType>"
      "<ns:issuer><ns:issuerName>Acme</ns:issuerName></ns:issuer></ns:ownershipDocument>");
  EXPECT_EQ(filing.document_type, "4");
  EXPECT_EQ(filing.issuer.name, "Acme");
}

}  // namespace
}  // namespace form4::internal

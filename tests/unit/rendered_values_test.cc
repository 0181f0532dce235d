#include "parse/rendered/values.h"

#include <gtest/gtest.h>

#include "parse/rendered/header_tokens.h"

namespace form4::internal {
namespace {

using Footnotes = std::vector<std::string>;

TEST(SplitFootnoteMarkers, FindsEveryMarkerStyle) {
  EXPECT_EQ(SplitFootnoteMarkers("\\$91.3196 \xE2\x81\xBD\xC2\xB2\xE2\x81\xBE").text, "$91.3196");
  EXPECT_EQ(SplitFootnoteMarkers("\\$91.3196 \xE2\x81\xBD\xC2\xB2\xE2\x81\xBE").footnotes, Footnotes{"F2"});
  EXPECT_EQ(SplitFootnoteMarkers("757,756^(1)").text, "757,756");
  EXPECT_EQ(SplitFootnoteMarkers("757,756^(1)").footnotes, Footnotes{"F1"});
  EXPECT_EQ(SplitFootnoteMarkers("M(1)(12)").footnotes, (Footnotes{"F1", "F12"}));
  EXPECT_EQ(SplitFootnoteMarkers("S<sup>(3)</sup>").footnotes, Footnotes{"F3"});
  EXPECT_EQ(SplitFootnoteMarkers("(4)").text, "");
  EXPECT_EQ(SplitFootnoteMarkers("(4)").footnotes, Footnotes{"F4"});
  EXPECT_EQ(SplitFootnoteMarkers("Stock Option (right to buy)").text, "Stock Option (right to buy)");
  EXPECT_TRUE(SplitFootnoteMarkers("(A) or (D)").footnotes.empty());
}

TEST(SplitFootnoteMarkers, KeepsPlainNumbersInTextWhereMarkersAreSuperscripts) {
  const MarkedValue title = SplitFootnoteMarkers("Class B Common Stock (2)", MarkerStyle::kSuperscript);
  EXPECT_EQ(title.text, "Class B Common Stock (2)");
  EXPECT_TRUE(title.footnotes.empty());
  EXPECT_EQ(SplitFootnoteMarkers("(6)", MarkerStyle::kSuperscript).footnotes, Footnotes{"F6"});
  EXPECT_EQ(SplitFootnoteMarkers("Class B Common Stock (2)").footnotes, Footnotes{"F2"});
}

// Text browsers write superscripts with a caret: there a plain "(2)" is text too.
TEST(HasSuperscriptMarker, ATextBrowsersCaretMarker) {
  EXPECT_TRUE(HasSuperscriptMarker("2,400,000^(1)^(2)"));
  EXPECT_FALSE(HasSuperscriptMarker("Class B Common Stock (2)"));
  EXPECT_FALSE(HasSuperscriptMarker("x^(y)"));
  const MarkedValue price = SplitFootnoteMarkers("$4.10^(3)", MarkerStyle::kSuperscript);
  EXPECT_EQ(price.text, "$4.10");
  EXPECT_EQ(price.footnotes, Footnotes{"F3"});
}

TEST(RenderedValues, DatesNumbersTickersAddresses) {
  EXPECT_EQ(ParseRenderedDate("07/27/2023"), "2023-07-27");
  EXPECT_EQ(ParseRenderedDate("7/4/2023"), "2023-07-04");
  EXPECT_EQ(ParseRenderedDate("2023-07-27"), "2023-07-27");
  EXPECT_EQ(ParseRenderedDate("July 4"), std::nullopt);
  EXPECT_EQ(ParseRenderedNumber("\\$1,234.50")->text, "1234.50");
  EXPECT_EQ(ParseRenderedNumber("$ 0"), (Number{"0", true}));
  EXPECT_EQ(ParseRenderedNumber(""), std::nullopt);
  const IssuerNameAndTicker issuer = SplitIssuerTicker("QUALYS, INC. [QLYS]");
  EXPECT_EQ(issuer.name, "QUALYS, INC.");
  EXPECT_EQ(issuer.ticker, "QLYS");
  EXPECT_EQ(SplitIssuerTicker("Tesla, Inc. [ TSLA ]").ticker, "TSLA");
  EXPECT_EQ(SplitIssuerTicker("Acme [ ]").ticker, std::nullopt);
  const CityStateZip address = SplitCityStateZip("FOSTER CITY CA 94404");
  EXPECT_EQ(address.city, "FOSTER CITY");
  EXPECT_EQ(address.state, "CA");
  EXPECT_EQ(address.zip, "94404");
  EXPECT_EQ(SplitCityStateZip("LONDON").city, "LONDON");
  const SignatureLine signature = SplitSignatureLine("/s/ Jane Roe, attorney-in-fact 02/16/2024");
  EXPECT_EQ(signature.name, "/s/ Jane Roe, attorney-in-fact");
  EXPECT_EQ(signature.date, "2024-02-16");
}

TEST(StripMarkup, RemovesTagsEscapesAndEmphasis) {
  EXPECT_EQ(StripMarkup("<u>C/O  ACME</u> \\$5 **bold** a &amp; b"), "C/O ACME $5 bold a & b");
}

TEST(TokenizeHeaderCell, LabelsValuesAndCheckboxes) {
  const std::vector<HeaderToken> tokens = TokenizeHeaderCell(
      "5. Relationship of Reporting Person(s) to Issuer <input checked=\"\" type=\"checkbox\"/> Director "
      "\xE2\x98\x90 10% Owner Officer (give title below) <u>CFO</u>");
  // The box number "5." printed before a label is not text of the box.
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[0].label, Label::kRelationship);
  EXPECT_EQ(tokens[1].kind, HeaderToken::Kind::kCheckbox);
  EXPECT_TRUE(tokens[1].checked);
  EXPECT_EQ(tokens[2].label, Label::kDirector);
  EXPECT_EQ(tokens[3].kind, HeaderToken::Kind::kCheckbox);
  EXPECT_FALSE(tokens[3].checked);
  EXPECT_EQ(tokens[4].label, Label::kTenPercentOwner);
  EXPECT_EQ(tokens[5].label, Label::kOfficer);
  EXPECT_EQ(tokens[6].kind, HeaderToken::Kind::kValue);
  EXPECT_EQ(tokens[6].text, "CFO");
}

}  // namespace
}  // namespace form4::internal

// OCR text of a printed form: reading values and the form's words despite
// misread characters, and numbering garbled footnote markers.
#include <string>

#include <gtest/gtest.h>

#include "form4/parse.h"
#include "golden_cases.h"
#include "parse/ocr/ocr_header.h"
#include "parse/ocr/ocr_natures.h"
#include "parse/ocr/ocr_owners.h"
#include "parse/ocr/ocr_table.h"
#include "parse/ocr/ocr_text.h"
#include "parse/ocr/ocr_titles.h"

namespace form4::internal {
namespace {

TEST(OcrLines, DropsRulesStraightensQuotesAndRepairsNumerals) {
  const std::vector<std::string> lines = OcrLines("Fund Il, LP (\xE2\x80\x9C" "FF\xE2\x80\x9D) | 12,000 _\n\fnext");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "Fund II, LP (\"FF\") 12,000");
  EXPECT_EQ(lines[1], "next");
}

TEST(FindPhrase, ToleratesMisreadLettersAndFindsTheSpan) {
  EXPECT_TRUE(ContainsPhrase("Table | - Non-Derivative Securities", "Table I - Non-Derivative"));
  EXPECT_TRUE(ContainsPhrase("4. |f Amendment, Date of 0riginal Filed", "If Amendment, Date of Original Filed"));
  EXPECT_FALSE(ContainsPhrase("Common Stock 11/08/2021", "Explanation of Responses"));
  const std::string line = "BOTHA ROELOF (Last) (First) (Middle)";
  const std::optional<PhraseSpan> span = FindPhrase(line, "(Last) (First)");
  ASSERT_TRUE(span.has_value());
  EXPECT_EQ(line.substr(span->begin, span->end - span->begin), "Last) (First");
}

TEST(ReadOcrNumber, SeparatesAMarkerGluedAfterThousandsGroups) {
  const std::optional<OcrNumber> glued = ReadOcrNumber("8,2022)");
  ASSERT_TRUE(glued.has_value());
  EXPECT_EQ(glued->digits, "8202");
  EXPECT_EQ(glued->rest, "2)");
  EXPECT_TRUE(glued->grouped);
  const std::optional<OcrNumber> price = ReadOcrNumber("$1,O14.423\xC2\xB0");
  ASSERT_TRUE(price.has_value());
  EXPECT_EQ(price->digits, "1014.423");
  EXPECT_TRUE(price->dollar);
  EXPECT_FALSE(ReadOcrNumber("Owner").has_value());
}

TEST(ReadOcrDate, RepairsDigitsAndKeepsWhatFollows) {
  EXPECT_EQ(ReadOcrDate("O5/02/2O19"), "05/02/2019");
  EXPECT_FALSE(ReadOcrDate("13/02/2019").has_value());
  const std::optional<OcrDate> date = ReadOcrDatePrefix("05/21/2022(8)");
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(date->date, "05/21/2022");
  EXPECT_EQ(date->rest, "(8)");
}

TEST(ReadMarkerTrace, ReadsWhatCanBeReadAndNoticesTheRest) {
  EXPECT_EQ(ReadMarkerTrace("(12)", false).number, "12");
  EXPECT_EQ(ReadMarkerTrace("2", true).number, "2");
  EXPECT_EQ(ReadMarkerTrace("\xC2\xB0" "8)", false).number, "8");
  EXPECT_EQ(ReadMarkerTrace("\xC2\xB0" "9", false).number, "9");  // the parentheses read as marks
  EXPECT_EQ(ReadMarkerTrace("\"15", false).number, "15");
  EXPECT_TRUE(ReadMarkerTrace("\"155", false).number.empty());     // no footnote number has three digits
  const MarkerTrace garbled = ReadMarkerTrace("\xE2\x80\x9D", false);
  EXPECT_TRUE(garbled.present);
  EXPECT_TRUE(garbled.number.empty());
  EXPECT_FALSE(ReadMarkerTrace("]", false).present);
}

TEST(MarkerDecoder, NumbersUnreadableMarkersByFirstReference) {
  MarkerDecoder markers(5);
  std::vector<Warning> warnings;
  EXPECT_EQ(markers.Decode("code", "", true, "row 1", warnings), "1");    // the first footnote referred to
  EXPECT_EQ(markers.Decode("price", "3", true, "row 1", warnings), "3");  // read
  EXPECT_EQ(markers.Decode("code", "", true, "row 2", warnings), "1");    // the column repeats its marker
  EXPECT_EQ(markers.Decode("nature", "", true, "row 2", warnings), "2");  // the first number not yet used
  EXPECT_EQ(markers.Decode("price", "4", true, "row 2", warnings), "4");
  EXPECT_EQ(markers.Decode("price", "", true, "row 3", warnings), "5");   // the column's markers grow
  EXPECT_EQ(markers.Decode("price", "", true, "row 4", warnings), "");    // no sixth footnote
  EXPECT_EQ(markers.Decode("title", "", false, "row 5", warnings), "");  // inference not wanted there
  EXPECT_EQ(markers.Decode("title", "2", false, "row 5", warnings), "2");
  EXPECT_EQ(warnings.size(), 4u);
  EXPECT_EQ(warnings[0].rule, "ocr-marker-inferred");
}

TEST(MarkerDecoder, FindsThePriceFootnoteByItsRange) {
  MarkerDecoder markers(3);
  ReadPriceRanges(2, "ranging from $1,025.000 to $1,025.970, inclusive", markers);
  ReadPriceRanges(3, "prices between $1,026.000 and $1,026.780", markers);
  EXPECT_EQ(markers.FootnotesForPrice(1026.5, 3, false), std::vector<int>{3});
  EXPECT_EQ(markers.FootnotesForPrice(1026.55, 2, true), std::vector<int>{3});  // fewer decimals, as read
  EXPECT_TRUE(markers.FootnotesForPrice(1026.5, 1, false).empty());  // digits taken off: written otherwise
  EXPECT_TRUE(markers.FootnotesForPrice(1026.5, 4, true).empty());   // more decimals than the range
  EXPECT_TRUE(markers.FootnotesForPrice(1027.0, 3, false).empty());
}

TEST(DetectFormat, TellsOcrTextFromLaidOutText) {
  std::string ocr = "SEC Form 4\nFORM 4\n1. Name and Address of Reporting Person*\nDOE JANE\n";
  ocr += "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n\f";
  EXPECT_EQ(DetectFormat(ocr), Format::kOcr);
  EXPECT_EQ(FormatName(Format::kOcr), "ocr");
}

// A name line that holds only the issuer's bracketed ticker (as in a text dump that
// was taken for OCR) leaves no words for the reporting person: read, not crashed on.
TEST(OcrHeader, ReadsANameLineWithNothingBeforeTheTicker) {
  std::string document = Slurp(std::string(FORM4_GOLDEN_DIR) + "/ocr_form4_misread/input.txt");
  const std::string name_line = "Harlow Dana J Bluefin Robotics, Inc. [ BFRo ]";
  const size_t at = document.find(name_line);
  ASSERT_NE(at, std::string::npos);
  document.replace(at, name_line.size(), "[ BFRo ]");
  Result<Filing> filing = ParseFiling(document, "ticker_only.txt");
  ASSERT_TRUE(filing.ok()) << filing.status().ToString();
  EXPECT_EQ(filing->issuer.trading_symbol, "BFRO");
}

Row TitledRow(std::optional<std::string> title, std::optional<std::string> underlying) {
  Row row;
  row.security_title = std::move(title);
  row.underlying_security_title = std::move(underlying);
  return row;
}

TEST(RepairDerivativeTitles, CutsCompletesOrLeavesOutSmearedTitles) {
  Filing filing;
  filing.non_derivative_transactions.push_back(TitledRow("Common Stock", std::nullopt));
  filing.derivative_transactions = {
      TitledRow("By Fund Series B Convertible w Preferred Stock 4) Class B Common Stock", std::nullopt),
      TitledRow("Stock Option (Right to Buy)", "Common Sr ocK"),
      TitledRow("(Right to Buy)", "Pecine Sroox")};
  RepairDerivativeTitles(filing);
  const std::vector<Row>& rows = filing.derivative_transactions;
  EXPECT_EQ(rows[0].security_title, "Series B Convertible Preferred Stock");
  EXPECT_EQ(rows[0].underlying_security_title, "Class B Common Stock");
  EXPECT_EQ(rows[1].security_title, "Stock Option (Right to Buy)");
  EXPECT_EQ(rows[1].underlying_security_title, "Common Stock");
  EXPECT_EQ(rows[2].security_title, std::nullopt);
  // Lost underlying titles take Table I's one title.
  EXPECT_EQ(rows[2].underlying_security_title, "Common Stock");
}

Row OwnedRow(std::string nature) {
  Row row;
  row.nature_of_ownership = std::move(nature);
  return row;
}

TEST(CompleteNatureFragments, CompletesPiecesOfNaturesReadTwiceAndDropsOneWordScraps) {
  Filing filing;
  filing.non_derivative_transactions = {OwnedRow("By Family Trust"), OwnedRow("By Family Trust"), OwnedRow("Trust"),
                                        OwnedRow("Teast"), OwnedRow("By Spouse")};
  CompleteNatureFragments(filing);
  const std::vector<Row>& rows = filing.non_derivative_transactions;
  EXPECT_EQ(rows[2].nature_of_ownership, "By Family Trust");
  EXPECT_EQ(rows[3].nature_of_ownership, std::nullopt);
  EXPECT_EQ(rows[4].nature_of_ownership, "By Spouse");  // read once, complete
}

TEST(CompleteNatureFragments, DropsMarkScrapsAndNaturesWithoutWords) {
  Filing filing;
  filing.non_derivative_holdings = {OwnedRow("PY uo"), OwnedRow("See Footnote(!*)"), OwnedRow("By Harbor Partners, LP."),
                                    OwnedRow("By Trust?")};
  CompleteNatureFragments(filing);
  const std::vector<Row>& rows = filing.non_derivative_holdings;
  EXPECT_EQ(rows[0].nature_of_ownership, std::nullopt);
  EXPECT_EQ(rows[1].nature_of_ownership, "See Footnote");
  EXPECT_EQ(rows[2].nature_of_ownership, "By Harbor Partners, L.P.");
  EXPECT_EQ(rows[3].nature_of_ownership, "By Trust");
}


TEST(CutOwnerCities, KeepsTheCapitalsOfACityMixedWithTheFormsWords) {
  Filing filing;
  filing.reporting_owners.resize(4);
  filing.reporting_owners[0].city = "orm filec lore than One Reporting Person SEASIDE";
  filing.reporting_owners[1].city = "DENVER co";
  filing.reporting_owners[2].city = "Palo Alto";  // written in mixed case: kept
  filing.reporting_owners[3].city = "treet NEW HAVEN";
  CutOwnerCities(filing);
  EXPECT_EQ(filing.reporting_owners[0].city, "SEASIDE");
  EXPECT_EQ(filing.reporting_owners[1].city, "DENVER");
  EXPECT_EQ(filing.reporting_owners[2].city, "Palo Alto");
  EXPECT_EQ(filing.reporting_owners[3].city, "NEW HAVEN");
}

TEST(CutStreetScraps, DropsTrailingMarksButNotASuiteNumber) {
  Filing filing;
  filing.reporting_owners.resize(2);
  filing.reporting_owners[0].street1 = "12 HARBOR ROAD 7 , \" 7";
  filing.reporting_owners[1].street1 = "12 HARBOR ROAD";
  filing.reporting_owners[1].street2 = "SUITE 7";
  CutStreetScraps(filing);
  EXPECT_EQ(filing.reporting_owners[0].street1, "12 HARBOR ROAD");
  EXPECT_EQ(filing.reporting_owners[1].street2, "SUITE 7");
}

TEST(DigitsFitDate, AcceptsScrapsInTheDatesOrderOnly) {
  EXPECT_EQ(DateScrapDigits("3. 11 5 021 ransaction (Month/Day/Year)"), "115021");
  EXPECT_EQ(DateScrapDigits("02 18 2O1l. ransaction"), "02182011");
  EXPECT_EQ(DateScrapDigits("Ol. below)"), "");  // look-alike letters alone may be letters
  EXPECT_TRUE(DigitsFitDate("115021", "11/15/2021"));
  EXPECT_TRUE(DigitsFitDate("06072019", "06/07/2019"));
  EXPECT_FALSE(DigitsFitDate("04262022", "04/27/2022"));  // a 6 the date lacks
  EXPECT_FALSE(DigitsFitDate("08", "03/08/2023"));        // too few to tell
}

TEST(EarliestTransactionDate, ReadsTheTransactionDateColumnOfEachTable) {
  Grid tables;
  tables.rows.push_back({{"Table I - Non-Derivative Securities"}});
  tables.rows.push_back({{"1. Title of Security", "2. Transaction Date (Month/Day/Year)"}});
  tables.rows.push_back({{"Common Stock", "03/12/2024(1)"}});
  tables.rows.push_back({{""}});
  tables.rows.push_back({{"Table II - Derivative Securities"}});
  tables.rows.push_back({{"1. Title", "2. Conversion", "3. Transaction Date (Month/Day/Year)"}});
  tables.rows.push_back({{"Stock Option", "$1.00", "03/11/2024"}});
  EXPECT_EQ(EarliestTransactionDate(tables), "03/11/2024");
  EXPECT_EQ(EarliestTransactionDate(Grid()), std::nullopt);
}

TEST(StateFromScrap, ReadsLowerCaseAndTrademarkStatesWhereTheZipAgrees) {
  EXPECT_EQ(StateOfZip("78725"), "TX");
  EXPECT_EQ(StateOfZip("02139"), "MA");
  EXPECT_EQ(StateFromScrap("\u2122", "78725"), "TX");
  EXPECT_EQ(StateFromScrap("\u2122", "38119"), "TN");
  EXPECT_EQ(StateFromScrap("\u2122", ""), "");       // TX or TN: not told
  EXPECT_EQ(StateFromScrap("\u2122N", ""), "TN");
  EXPECT_EQ(StateFromScrap("co", "80202"), "CO");
  EXPECT_EQ(StateFromScrap("co", ""), "");            // the form's word, unless the ZIP says so
  EXPECT_EQ(StateFromScrap("co", "94105"), "");       // a California ZIP
}

TEST(SignatureLineText, CutsTheDateColumnOffTheName) {
  std::string date;
  std::vector<std::string> scraps;
  EXPECT_EQ(SignatureLineText("By: Jane Roe by Power u 2022", date, scraps), "By: Jane Roe by Power");
  EXPECT_EQ(SignatureLineText("7 ~ 02/14/2022", date, scraps), "");
  EXPECT_EQ(date, "02/14/2022");
  EXPECT_EQ(SignatureLineText("= (23)", date, scraps), "");
  EXPECT_EQ(SignatureLineText("in-fact for John Doe OG/LT/2020", date, scraps), "in-fact for John Doe");
  EXPECT_EQ(scraps, (std::vector<std::string>{"2022", "7", "(23)", "06/17/2020"}));
  EXPECT_EQ(SignatureLineText("/s/", date, scraps), "/s/");
}

TEST(AppendSignatureLine, JoinsAWordCutWithAHyphenOrAColon) {
  std::string name = "/s/ Jane Roe, Attorney:";
  AppendSignatureLine(name, "in-fact for John Doe");
  EXPECT_EQ(name, "/s/ Jane Roe, Attorney-in-fact for John Doe");
  name = "By: Jane Roe For:";
  AppendSignatureLine(name, "the Reporting Person");
  EXPECT_EQ(name, "By: Jane Roe For: the Reporting Person");
}

TEST(NearestDate, TakesTheOneNearestDateAndRefusesTies) {
  EXPECT_EQ(NearestDate({"O9/2O/2021"}, {"09/20/2021"}), "09/20/2021");
  EXPECT_EQ(NearestDate({"09/2/2021"}, {"09/20/2021", "09/21/2021"}), std::nullopt);
  EXPECT_EQ(NearestDate({"2022"}, {"09/20/2021"}), std::nullopt);
  EXPECT_EQ(WithSignatureMark("ls Jane Roe"), "/s/ Jane Roe");
  EXPECT_EQ(WithSignatureMark("Islay Roe"), "Islay Roe");
}

TEST(OcrReader, ReadsAHeaderOfScrapsByTheFormsStructure) {
  // A page ends with a form feed, which tells OCR text from other text.
  const std::string page = R"(SEC Form 4
FORM 4 UNITED STATES SECURITIES AND EXCHANGE COMMISSION

STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP
1. Name and Address of Reporting Person* 2. Issuer Name and Ticker or Trading Symbol 5. Relationship of Reporting Person(s) to Issuer
A (Check all applicable)
Roe Jan WIDGET CORP [ WDGT ]
X Director 10% Owner
3. Date of Earliest Tr tion (Month/D:
03 1 024 ransaction (Month/Day/Year) Officer (give title Other (specify
(Last) (First) (Middle) /11/; below) below)
C/O WIDGET CORPORATION
4, If Amendment, Date of Original Filed (Month/Day/Year) 6. Individual or Joint/Group Filing (Check Applicable Line)
ONE WIDGET WAY X_ Form filed by One Reporting Person
(Street)
DENVER co 80202 Form filed by More than One Reporting Person
(City) (State) (Zip)
Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned
Common Stock 03/11/2024 A 100 A $0 1,100 D
Explanation of Responses:
1. The units vest on the first anniversary of the grant, subject to the reporting person's continued service as a member of
the Board of Directors.

/s/ Sam Poe, Attorney-in-

fact for Jane Roe 93/12/2024
** Signature of Reporting Person Date
Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.
)";
  const Result<Filing> filing = ParseFiling(page, "header.txt");
  ASSERT_TRUE(filing.ok()) << filing.status().ToString();
  ASSERT_EQ(filing->reporting_owners.size(), 1u);
  const ReportingOwner& owner = filing->reporting_owners[0];
  EXPECT_EQ(owner.name, "Roe Jane");  // "Jan" cut at the box's edge; the signature writes "Jane"
  EXPECT_EQ(filing->issuer.name, "WIDGET CORP");
  EXPECT_EQ(owner.street2, "ONE WIDGET WAY");
  EXPECT_EQ(owner.state, "CO");
  EXPECT_EQ(filing->period_of_report, "2024-03-11");
  ASSERT_EQ(filing->signatures.size(), 1u);
  EXPECT_EQ(filing->signatures[0].name, "/s/ Sam Poe, Attorney-in-fact for Jane Roe");
  EXPECT_EQ(filing->signatures[0].date, "2024-03-12");
  ASSERT_EQ(filing->footnotes.size(), 1u);
  EXPECT_EQ(filing->footnotes[0].text,
            "The units vest on the first anniversary of the grant, subject to the reporting person's continued service "
            "as a member of the Board of Directors.");
}

TEST(CompleteIssuerName, TakesTheNameTheFootnotesWriteWhole) {
  Filing filing;
  filing.issuer.name = "oby Widgets, Inc.";
  filing.footnotes.push_back({"F1", "The issuer changed its name to \"Joby Widgets, Inc.\", upon its merger."});
  CompleteIssuerName(filing);
  EXPECT_EQ(filing.issuer.name, "Joby Widgets, Inc.");
  ASSERT_EQ(filing.warnings.size(), 1u);
  EXPECT_EQ(filing.warnings[0].rule, "ocr-issuer-from-text");

  Filing as_read;  // the text also writes the name as read: nothing to complete
  as_read.issuer.name = "Acme Inc.";
  as_read.footnotes.push_back({"F1", "Shares of Acme Inc. and of Acme, Inc. Holdings."});
  CompleteIssuerName(as_read);
  EXPECT_EQ(as_read.issuer.name, "Acme Inc.");
  EXPECT_TRUE(as_read.warnings.empty());
}

TEST(OcrReader, TakesTheSignatureDateReadApartUnderItsCaption) {
  const std::string page = R"(SEC Form 4
FORM 4
STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP
1. Name and Address of Reporting Person*
Roe Jane
(Last) (First) (Middle)
1 MAIN STREET
(Street)
DENVER CO 80202
(City) (State) (Zip)
2. Issuer Name and Ticker or Trading Symbol
WIDGET CORP [ WDGT ]
3. Date of Earliest Transaction (Month/Day/Year)
03/11/2024
Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned
Common Stock 03/11/2024 A 100 A $0 1,100 D
Remarks:

/s/ Sam Poe, Attorney-in-
Fact for Mithril I] GP LP
** Signature of Reporting Person

Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.
Note: File three copies of this Form, one of which must be manually signed.

03/13/2024

Date
)";
  const Result<Filing> filing = ParseFiling(page, "date_apart.txt");
  ASSERT_TRUE(filing.ok()) << filing.status().ToString();
  ASSERT_EQ(filing->signatures.size(), 1u);
  EXPECT_EQ(filing->signatures[0].name, "/s/ Sam Poe, Attorney-in-Fact for Mithril II GP LP");
  EXPECT_EQ(filing->signatures[0].date, "2024-03-13");
}

}  // namespace
}  // namespace form4::internal

// OCR text of a printed form: reading values and the form's words despite
// misread characters, and numbering garbled footnote markers.
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "form4/parse.h"
#include "golden_cases.h"
#include "parse/ocr/ocr_continued.h"
#include "parse/ocr/ocr_header.h"
#include "parse/ocr/ocr_marks.h"
#include "parse/ocr/ocr_natures.h"
#include "parse/ocr/ocr_owners.h"
#include "parse/ocr/ocr_table.h"
#include "parse/ocr/ocr_terms.h"
#include "parse/ocr/ocr_text.h"
#include "parse/ocr/ocr_titles.h"
#include "parse/ocr/ocr_wrapped.h"

namespace form4::internal {
namespace {

TEST(OcrLines, DropsRulesStraightensQuotesAndRepairsNumerals) {
  const std::vector<std::string> lines = OcrLines("Fund Il, LP (\xE2\x80\x9C" "FF\xE2\x80\x9D) | 12,000 _\n\fnext");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "Fund II, LP (\"FF\") 12,000");
  EXPECT_EQ(lines[1], "next");
}

TEST(OcrLines, KeepsAHyphenBetweenWordsAndDropsARuleBetweenValues) {
  const std::vector<std::string> lines = OcrLines("Exhibit 24 - Power of Attorney\n5,000 - 12.50 -\n");
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[0], "Exhibit 24 - Power of Attorney");
  EXPECT_EQ(lines[1], "5,000 12.50");
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
  EXPECT_FALSE(ReadMarkerTrace("}", false).present);  // the cell's rule, as "]"
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

TEST(MarkerDecoder, InfersANaturesMarkerAsAFootnoteAboutAHolderOnly) {
  MarkerDecoder markers(3);
  ReadHolderFootnote(1, "The preferred stock converted into common stock on a 1:1 basis.", markers);
  ReadHolderFootnote(2, "The reporting person is a managing member of the general partner of the fund.", markers);
  std::vector<Warning> warnings;
  // The first footnote not referred to yet is about the conversion: no nature's.
  EXPECT_EQ(markers.Decode("nature", "", true, "row 1", warnings, true), "");
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(markers.Decode("price", "", true, "row 1", warnings), "1");
  EXPECT_EQ(markers.Decode("nature", "", true, "row 2", warnings, true), "2");
  EXPECT_EQ(markers.Decode("nature", "3", true, "row 3", warnings, true), "3");  // read, whatever it says
}

TEST(MarkerDecoder, NumbersAnOwnersOwnFootnoteByTheNextHolderFootnote) {
  MarkerDecoder markers(6);
  ReadHolderFootnote(2, "2. These shares are held of record by Alder Fund, LP.", markers);
  ReadHolderFootnote(3, "3. Share numbers were adjusted for a change in form of ownership.", markers);
  ReadHolderFootnote(4, "4. Held by the Rowan Family Trust.", markers);
  ReadHolderFootnote(5, "5. These shares are owned directly by Birch Partners LLC.", markers);
  std::vector<Warning> warnings;
  EXPECT_EQ(markers.Decode("code", "1", true, "row 1", warnings), "1");
  EXPECT_EQ(markers.DecodeOwnFootnote("", false, "row 1", warnings), "");  // a transaction row: counted, not told
  EXPECT_EQ(markers.DecodeOwnFootnote("", true, "row 2", warnings), "4");  // 3 names no holder
  EXPECT_EQ(markers.DecodeOwnFootnote("5", true, "row 3", warnings), "5");  // read
  EXPECT_EQ(markers.DecodeOwnFootnote("", true, "row 4", warnings), "");   // no holder footnote left
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].rule, "ocr-marker-inferred");
  EXPECT_EQ(warnings[0].path, "row 2");
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

TEST(SplitMarkers, TakesTheEndingMarkersOffTheValue) {
  const MarkedCell amount = SplitMarkers("1,000(2)(13)");
  EXPECT_EQ(amount.value, "1,000");
  EXPECT_EQ(amount.markers, "(2)(13)");
  const MarkedCell alone = SplitMarkers("(2)");
  EXPECT_EQ(alone.value, "");
  EXPECT_EQ(alone.markers, "(2)");
  EXPECT_EQ(SplitMarkers("Warrant (Right to Buy)").markers, "");
  EXPECT_EQ(SplitMarkers("Fund (Q)").markers, "");
  EXPECT_EQ(SplitMarkers("(123)").markers, "");  // no footnote number has three digits
}

TEST(NamesOwnFootnote, KnowsSeeFootnoteDespiteAMarkersFiveReadAsS) {
  EXPECT_TRUE(NamesOwnFootnote("See Footnote"));
  EXPECT_TRUE(NamesOwnFootnote("See Footnotes"));
  EXPECT_FALSE(NamesOwnFootnote("By Trust"));
}

TEST(DropImpossibleMarkers, TakesMarkersNoFootnoteHasOutOfTheValue) {
  MarkedCell date = SplitMarkers("(233)");
  DropImpossibleMarkers(date, 4, false);
  EXPECT_EQ(date.value, "");
  EXPECT_TRUE(date.debris);
  MarkedCell nature = SplitMarkers("By Fund (45) (2010)(3)");
  DropImpossibleMarkers(nature, 30, true);
  EXPECT_EQ(nature.value, "By Fund (2010)");
  EXPECT_EQ(nature.markers, "(3)");
  MarkedCell amount = SplitMarkers("(2010)");
  DropImpossibleMarkers(amount, 30, false);  // a year only in words
  EXPECT_EQ(amount.value, "");
  MarkedCell kept = SplitMarkers("By Fund (12)");
  EXPECT_EQ(kept.markers, "(12)");
  DropImpossibleMarkers(kept, 30, true);
  EXPECT_FALSE(kept.debris);
}

TEST(TeenMarkerNumber, ReadsAnOpeningParenthesisAndOneReadAsA) {
  EXPECT_EQ(TeenMarkerNumber("a7", 17), "17");
  EXPECT_EQ(TeenMarkerNumber("a4)", 20), "14");
  EXPECT_EQ(TeenMarkerNumber("a7", 16), "");   // the form has no footnote 17
  EXPECT_EQ(TeenMarkerNumber("as)", 20), "");  // not a digit
  EXPECT_EQ(TeenMarkerNumber("a", 20), "");
  EXPECT_EQ(TeenMarkerNumber("a12", 20), "");
}

// Rows of (code, shares, nature) cells.
std::vector<std::vector<MarkedCell>> CodeSharesNatureRows(
    const std::vector<std::tuple<std::string, std::string, std::string>>& rows) {
  std::vector<std::vector<MarkedCell>> out;
  for (const auto& [code, shares, nature] : rows) out.push_back({SplitMarkers(code), SplitMarkers(shares), SplitMarkers(nature)});
  return out;
}

TEST(RepeatColumnMarkers, GivesAColumnsOneMarkerToTheRowsLikeIt) {
  std::vector<std::vector<MarkedCell>> rows = CodeSharesNatureRows({
      {"S(1)", "100(2)", "By Trust(3)"},
      {"S(1)", "200(2)", "By Trust"},
      {"S", "300", "By Trust(3)"},
      {"M", "400", "By Trust"},  // another code: its amounts are not the sales'
      {"S", "", "By LLC"},       // no value: nothing to mark
  });
  const std::vector<std::string> places = {"row 1", "row 2", "row 3", "row 4", "row 5"};
  std::vector<Warning> warnings;
  RepeatColumnMarkers(rows, {0, 0, 2}, places, warnings);
  EXPECT_EQ(rows[2][0].markers, "(1)");
  EXPECT_EQ(rows[2][1].markers, "(2)");
  EXPECT_EQ(rows[1][2].markers, "(3)");
  EXPECT_EQ(rows[3][2].markers, "(3)");
  EXPECT_EQ(rows[3][0].markers, "");  // an M code: no M row shows a marker
  EXPECT_EQ(rows[3][1].markers, "");
  EXPECT_EQ(rows[4][0].markers, "(1)");
  EXPECT_EQ(rows[4][1].markers, "");
  EXPECT_EQ(rows[4][2].markers, "");  // another nature
  ASSERT_EQ(warnings.size(), 5u);
  EXPECT_EQ(warnings[0].rule, "ocr-marker-repeated");
  EXPECT_EQ(warnings[0].path, "row 3");
}

TEST(RepeatColumnMarkers, LeavesColumnsOfDifferentOrInferredMarkersAlone) {
  std::vector<std::vector<MarkedCell>> rows = CodeSharesNatureRows({
      {"S(1)", "100(2)", "See Footnote(4)"},
      {"S(1)", "200(3)", "See Footnote(5)"},
      {"S", "300", "See Footnote"},  // each owner's own footnote
      {"S", "400", "See Footnote"},
  });
  rows[1][0].inferred = true;  // one read, one inferred: too little to go on
  std::vector<Warning> warnings;
  RepeatColumnMarkers(rows, {0, 0, 2}, {"1", "2", "3", "4"}, warnings);
  EXPECT_EQ(rows[2][0].markers, "");
  EXPECT_EQ(rows[2][1].markers, "");  // (2) and (3): no one marker
  EXPECT_EQ(rows[2][2].markers, "");
  EXPECT_TRUE(warnings.empty());
}

TEST(RepeatColumnMarkers, WantsHalfTheRowsToShowTheMarker) {
  std::vector<std::vector<MarkedCell>> rows =
      CodeSharesNatureRows({{"S(1)", "", ""}, {"S(1)", "", ""}, {"S", "", ""}, {"S", "", ""}, {"S", "", ""}});
  std::vector<Warning> warnings;
  RepeatColumnMarkers(rows, {0, 0, 2}, {"1", "2", "3", "4", "5"}, warnings);
  EXPECT_EQ(rows[2][0].markers, "");
  rows[3][0].debris = true;  // debris alone is no witness either
  RepeatColumnMarkers(rows, {0, 0, 2}, {"1", "2", "3", "4", "5"}, warnings);
  EXPECT_EQ(rows[3][0].markers, "");
  rows.pop_back();
  RepeatColumnMarkers(rows, {0, 0, 2}, {"1", "2", "3", "4"}, warnings);
  EXPECT_EQ(rows[3][0].markers, "(1)");
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

TEST(RepairDerivativeTitles, ReadsMisreadTitleWordsAndSeriesWithNumbers) {
  Filing filing;
  filing.derivative_transactions = {TitledRow("Class B Common Stock Werrant (Right to buy)", "Class A Commen Stock"),
                                    TitledRow("Series D-1 Preferred Stock", "Class ACommon Stock"),
                                    TitledRow("Stock", "common Stock")};
  RepairDerivativeTitles(filing);
  const std::vector<Row>& rows = filing.derivative_transactions;
  EXPECT_EQ(rows[0].security_title, "Class B Common Stock Warrant (Right to buy)");
  EXPECT_EQ(rows[0].underlying_security_title, "Class A Common Stock");
  EXPECT_EQ(rows[1].security_title, "Series D-1 Preferred Stock");
  // A class letter glued to a word is no misread letter of it.
  EXPECT_NE(rows[1].underlying_security_title, "Common Stock");
  EXPECT_EQ(rows[2].security_title, std::nullopt);  // a piece of a title
  EXPECT_EQ(rows[2].underlying_security_title, "Common Stock");
}

// The cells SplitWrappedLine puts `line`'s words in, as "T"itle, "U"nderlying
// and "N"ature letters.
std::string CellsOf(std::string_view line, bool indirect, bool class_begins_title = false) {
  std::string cells;
  for (const auto& [cell, word] : SplitWrappedLine(Words(line), indirect, class_begins_title)) {
    cells += cell == WrappedCell::kTitle ? 'T' : cell == WrappedCell::kUnderlying ? 'U' : 'N';
  }
  return cells;
}

TEST(SplitWrappedLine, CutsWhereTheNextColumnsTitleBegins) {
  EXPECT_EQ(CellsOf("Class B Class A See", true), "TTUUN");
  EXPECT_EQ(CellsOf("Stock Stock Footnote", true), "TUN");
  EXPECT_EQ(CellsOf("Stock(14) Stock Footnote!", true), "TUN");
  EXPECT_EQ(CellsOf("Common Class B", true), "TUU");
  EXPECT_EQ(CellsOf("Restricted Common", false), "TU");
  EXPECT_EQ(CellsOf("Series D Class B Capital", true), "TTUUN");
  EXPECT_EQ(CellsOf("Series B Common Capital", true), "TTUN");
  EXPECT_EQ(CellsOf("Series B Convertible Preferred", false), "TTTT");
  // A direct row names no owner: a word no title is made of is a misread one.
  EXPECT_EQ(CellsOf("Qualifed", false), "T");
  EXPECT_EQ(CellsOf("(Right to", true), "TT");
}

TEST(SplitWrappedLine, PutsOneRunByItsFirstWord) {
  EXPECT_EQ(CellsOf("Common", false), "U");
  EXPECT_EQ(CellsOf("Class B", true, true), "TT");  // "Class B" / "Common Class A"
  EXPECT_EQ(CellsOf("Class A", false), "UU");       // "Class A" / "Restricted ..."
  EXPECT_EQ(CellsOf("Units Stock", false), "TU");
  EXPECT_EQ(CellsOf("Sequoia", true), "N");
  EXPECT_TRUE(GoesOnFromClass("Common"));
  EXPECT_FALSE(GoesOnFromClass("Restricted"));
}

TEST(TextWords, DropsAMarkerSetApartBeforeTheWords) {
  EXPECT_EQ(TextWords("5 See"), (std::vector<std::string>{"See"}));
  EXPECT_EQ(TextWords("(2) By Trust"), (std::vector<std::string>{"By", "Trust"}));
  EXPECT_EQ(TextWords("2010 Fund,"), (std::vector<std::string>{"2010", "Fund,"}));
  EXPECT_EQ(TextWords("1 Common Growth", "Series D- Global"), (std::vector<std::string>{"1", "Common", "Growth"}));
}

TEST(ContinuesTitle, KeepsAStockLineWithTheTitleAbove) {
  EXPECT_TRUE(ContinuesTitle("Common (29) 02/17/2021 C 6,944,440", "Stock Stock Footnote"));
  EXPECT_TRUE(ContinuesTitle("Stock 2010", "Stock Partners"));
  EXPECT_FALSE(ContinuesTitle("buy)", "Stock Option"));
  EXPECT_FALSE(ContinuesTitle("buy)", "Stock"));
  EXPECT_FALSE(ContinuesTitle("Preferred", "By Sequoia"));
}

TEST(EndsOwnerName, SeesLimitedPartnershipsThroughMarkerDebris) {
  EXPECT_TRUE(EndsOwnerName("Fund, L.P."));
  EXPECT_TRUE(EndsOwnerName("Stock tock Lp.2@)"));
  EXPECT_TRUE(EndsOwnerName("LLCO)"));
  EXPECT_FALSE(EndsOwnerName("Sequoia Capital"));
  EXPECT_FALSE(EndsOwnerName("Help"));
}

TEST(MarkersAlone, ReadsALineOfFootnoteMarkersOnly) {
  EXPECT_EQ(MarkersAlone("(2)(3)"), "(2)(3)");
  EXPECT_EQ(MarkersAlone("(3)"), "(3)");
  EXPECT_EQ(MarkersAlone(" (2) (13) "), "(2)(13)");
  EXPECT_EQ(MarkersAlone("Fund, L.P. (2)(3)"), "");
  EXPECT_EQ(MarkersAlone("2103)"), "");
  EXPECT_EQ(MarkersAlone("(2)(3"), "");
  EXPECT_EQ(MarkersAlone("(2010)"), "");
  EXPECT_EQ(MarkersAlone("()"), "");
  EXPECT_EQ(MarkersAlone(""), "");
}

TEST(OwnerNameEndBeforeDebris, FindsTheNamesEndBeforeWhatAMarkerLeft) {
  EXPECT_EQ(OwnerNameEndBeforeDebris("LLCO"), 3u);
  EXPECT_EQ(OwnerNameEndBeforeDebris("Lp(a"), 2u);
  EXPECT_EQ(OwnerNameEndBeforeDebris("Lp203."), 2u);
  EXPECT_EQ(OwnerNameEndBeforeDebris("L.P.(60"), 4u);
  EXPECT_EQ(OwnerNameEndBeforeDebris("LP.&"), 3u);
  EXPECT_EQ(OwnerNameEndBeforeDebris("L.P."), 0u);
  EXPECT_EQ(OwnerNameEndBeforeDebris("LP."), 0u);
  EXPECT_EQ(OwnerNameEndBeforeDebris("LLC"), 0u);
  EXPECT_EQ(OwnerNameEndBeforeDebris("LPs"), 0u);
  EXPECT_EQ(OwnerNameEndBeforeDebris("Lpartners"), 0u);
  EXPECT_EQ(OwnerNameEndBeforeDebris("Trust"), 0u);
}

TEST(IsMarkScrap, TellsMarkerScrapsFromShortWordsOfNames) {
  EXPECT_TRUE(IsMarkScrap("w"));
  EXPECT_TRUE(IsMarkScrap("oo)"));
  EXPECT_TRUE(IsMarkScrap("a2)"));
  EXPECT_FALSE(IsMarkScrap("of"));
  EXPECT_FALSE(IsMarkScrap("&"));
  EXPECT_FALSE(IsMarkScrap("II"));
  EXPECT_FALSE(IsMarkScrap("By"));
  EXPECT_FALSE(IsMarkScrap("PY"));  // "by" misread
  EXPECT_FALSE(IsMarkScrap("A"));   // a class letter
  EXPECT_FALSE(IsMarkScrap("Trust"));
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


TEST(InferIndirectForms, TakesIFromANatureOfIndirectOwnership) {
  Filing filing;
  filing.derivative_holdings = {OwnedRow("See Footnote"), Row{}};
  filing.derivative_holdings[1].direct_or_indirect = "D";
  filing.non_derivative_holdings = {Row{}};
  InferIndirectForms(filing);
  EXPECT_EQ(filing.derivative_holdings[0].direct_or_indirect, "I");
  EXPECT_EQ(filing.derivative_holdings[1].direct_or_indirect, "D");
  EXPECT_EQ(filing.non_derivative_holdings[0].direct_or_indirect, std::nullopt);  // no nature: no telling
  ASSERT_EQ(filing.warnings.size(), 1u);
  EXPECT_EQ(filing.warnings[0].rule, "ocr-form-from-nature");
}

TEST(TitleKey, NamesASeriesOrClassElseTheWholeSingularTitle) {
  EXPECT_EQ(TitleKey("Series B Convertible Preferred Stock"), "series b");
  EXPECT_EQ(TitleKey("Class B Common Stock"), "class b");
  EXPECT_EQ(TitleKey("Restricted Stock Units"), "restricted stock unit");
  EXPECT_EQ(TitleKey("Stock Option (right to buy)"), "stock option");
  EXPECT_EQ(TitleKey("Warrants"), std::nullopt);  // one word names no security apart
}

TEST(ExplainsTerms, WantsTheSecurityNamedAndItsTermsSpokenOf) {
  const std::string preferred =
      "Each share of Series B preferred stock, Series C preferred stock and Series D preferred stock is "
      "convertible at any time into Class B common stock and has no expiration date.";
  EXPECT_TRUE(ExplainsTerms(preferred, "series b", Terms::kDates));
  EXPECT_TRUE(ExplainsTerms(preferred, "series c", Terms::kConversion));
  EXPECT_FALSE(ExplainsTerms(preferred, "series e", Terms::kDates));
  EXPECT_FALSE(ExplainsTerms("Series B-1 preferred stock converts 1:1.", "series b", Terms::kDates));
  EXPECT_FALSE(ExplainsTerms("Shares held of record by the Series B Fund.", "series b", Terms::kDates));
  const std::string vesting = "The restricted stock units vest in full on May 15, 2021.";
  EXPECT_TRUE(ExplainsTerms(vesting, "restricted stock unit", Terms::kDates));
  EXPECT_FALSE(ExplainsTerms(vesting, "restricted stock unit", Terms::kConversion));  // no word on a price
}

TEST(InferTermsFootnotes, GivesEmptyTermsTheOneFootnoteOnTheSecurity) {
  Filing filing;
  filing.footnotes = {{"F1", "Shares held of record by Example Fund, L.P."},
                      {"F2", "Each share of Series A Preferred Stock is convertible into one share of Common Stock "
                             "at any time and has no expiration date."},
                      {"F3", "The stock option vests in four equal annual installments."}};
  Row preferred;
  preferred.security_title = "Series A Preferred Stock";
  Row option = preferred;
  option.security_title = "Stock Option (right to buy)";
  option.conversion_or_exercise_price = Number{"2.35"};
  option.expiration_date = "2030-04-01";
  Row read = preferred;
  read.footnote_ids["exercise_date"] = {"F1"};  // a marker read stays
  Row unknown;
  unknown.security_title = "Series C Preferred Stock";  // no footnote names it
  filing.derivative_holdings = {preferred, option, read, unknown};
  InferTermsFootnotes(filing);
  const FootnoteRefs all_f2 = {
      {"conversion_or_exercise_price", {"F2"}}, {"exercise_date", {"F2"}}, {"expiration_date", {"F2"}}};
  EXPECT_EQ(filing.derivative_holdings[0].footnote_ids, all_f2);
  EXPECT_EQ(filing.derivative_holdings[1].footnote_ids, (FootnoteRefs{{"exercise_date", {"F3"}}}));
  EXPECT_EQ(filing.derivative_holdings[2].footnote_ids.at("exercise_date"), std::vector<std::string>{"F1"});
  EXPECT_EQ(filing.derivative_holdings[2].footnote_ids.at("expiration_date"), std::vector<std::string>{"F2"});
  EXPECT_TRUE(filing.derivative_holdings[3].footnote_ids.empty());
  ASSERT_EQ(filing.warnings.size(), 6u);
  EXPECT_EQ(filing.warnings[0].rule, "ocr-terms-footnote");
  EXPECT_EQ(filing.warnings[0].path, "derivative_holdings[0].footnote_ids.exercise_date");
}

TEST(InferTermsFootnotes, TakesTheFilingsOneFootnoteOnTermsThatNamesNoOtherSecurity) {
  Filing filing;
  filing.footnotes = {{"F1", "Shares held by the reporting person's spouse."},
                      {"F2", "The option vests in four equal annual installments."}};
  Row option;
  option.security_title = "Stock Option (right to buy)";  // F2 writes "option", not "stock option"
  option.conversion_or_exercise_price = Number{"2.35"};
  Row untitled;  // OCR lost the title
  untitled.conversion_or_exercise_price = Number{"2.35"};
  filing.derivative_transactions = {option, untitled};
  InferTermsFootnotes(filing);
  const FootnoteRefs dates = {{"exercise_date", {"F2"}}, {"expiration_date", {"F2"}}};
  EXPECT_EQ(filing.derivative_transactions[0].footnote_ids, dates);
  EXPECT_EQ(filing.derivative_transactions[1].footnote_ids, dates);

  Filing two_series;
  two_series.footnotes = {{"F1", "The Series A Preferred Stock converts into Common Stock at any time."}};
  Row series_c;
  series_c.security_title = "Series C Preferred Stock";
  Row series_a = series_c;
  series_a.security_title = "Series A Preferred Stock";
  two_series.derivative_holdings = {series_c, series_a};
  InferTermsFootnotes(two_series);
  EXPECT_TRUE(two_series.derivative_holdings[0].footnote_ids.empty());  // F1 is Series A's
  EXPECT_EQ(two_series.derivative_holdings[1].footnote_ids.size(), 3u);
}

TEST(InferTermsFootnotes, AnUnderlyingSecurityNamedIsNoOtherSecurity) {
  Filing filing;
  filing.footnotes = {{"F1", "Shares of Class B Common Stock are convertible into Class A Common Stock."}};
  Row untitled;  // OCR lost the title "Class B Common Stock"
  untitled.underlying_security_title = "Class A Common Stock";
  Row misread = untitled;
  misread.security_title = "Class A Common Stock";  // the underlying's title read for the title
  filing.derivative_holdings = {untitled, misread};
  InferTermsFootnotes(filing);
  EXPECT_EQ(filing.derivative_holdings[0].footnote_ids.size(), 3u);
}

TEST(InferTermsFootnotes, TakesNoneWhenTwoFootnotesExplainTheSecurity) {
  Filing filing;
  filing.footnotes = {{"F1", "The Class B Common Stock is convertible at the holder's option."},
                      {"F2", "Each share of Class B Common Stock converts upon transfer."}};
  Row row;
  row.security_title = "Class B Common Stock";
  filing.derivative_transactions = {row};
  InferTermsFootnotes(filing);
  EXPECT_TRUE(filing.derivative_transactions[0].footnote_ids.empty());
  EXPECT_TRUE(filing.warnings.empty());
}

TEST(NamesHolder, FindsWhoHoldsTheShares) {
  EXPECT_TRUE(NamesHolder("Shares held of record by Example Fund, L.P."));
  EXPECT_TRUE(NamesHolder("The Rowan Family Trust, of which the reporting person is trustee."));
  EXPECT_FALSE(NamesHolder("The price reported is a weighted average price."));
}

TEST(ReferNaturesToHolders, GivesANatureTheOneFootnoteNamingItsHolder) {
  Filing filing;
  filing.footnotes = {{"F1", "The price reported is a weighted average price."},
                      {"F2", "The Rowan Family Trust, for which the reporting person is trustee."},
                      {"F3", "Shares held of record by Harbor Capital II, L.P. and Harbor Capital III, L.P."},
                      {"F4", "Shares held by Harbor Capital II, L.P., of which the reporting person is a member."}};
  filing.non_derivative_transactions = {OwnedRow("by Trust"), OwnedRow("By Harbor Capital III, L.P."),
                                        OwnedRow("By Harbor Capital II, L.P."), OwnedRow("See Footnote"),
                                        OwnedRow("By Spouse")};
  filing.non_derivative_transactions[0].footnote_ids["price_per_share"] = {"F1"};
  Row read = OwnedRow("by Trust");
  read.footnote_ids["nature_of_ownership"] = {"F2"};  // a marker naming the holder stays
  Row misread = OwnedRow("By Harbor Capital III, L.P.");
  misread.footnote_ids["nature_of_ownership"] = {"F1"};  // F1 names no holder: taken as a misread
  filing.non_derivative_holdings = {read, misread};
  ReferNaturesToHolders(filing);
  const auto natures = [&](size_t i) { return filing.non_derivative_transactions[i].footnote_ids["nature_of_ownership"]; };
  EXPECT_EQ(natures(0), std::vector<std::string>{"F2"});  // F1 names no holder
  EXPECT_EQ(natures(1), std::vector<std::string>{"F3"});
  EXPECT_TRUE(natures(2).empty());  // F3 and F4 both name it
  EXPECT_TRUE(natures(3).empty());  // its footnote is its own
  EXPECT_TRUE(natures(4).empty());  // no footnote names a spouse
  EXPECT_EQ(filing.non_derivative_holdings[0].footnote_ids["nature_of_ownership"], std::vector<std::string>{"F2"});
  EXPECT_EQ(filing.non_derivative_holdings[1].footnote_ids["nature_of_ownership"], std::vector<std::string>{"F3"});
  ASSERT_EQ(filing.warnings.size(), 3u);
  EXPECT_EQ(filing.warnings[0].rule, "ocr-nature-footnote");
}

TEST(ReferNaturesToHolders, MatchesANameDespiteOcrsMisreadLettersAndStops) {
  Filing filing;
  filing.footnotes = {{"F1", "Shares held of record by Harbor Capital U.S. XII, L.P."},
                      {"F2", "Shares held of record by Harbor Capital U.S. XI, L.P."}};
  filing.derivative_holdings = {OwnedRow("By Harbor Capital US. XIl, LP")};
  ReferNaturesToHolders(filing);
  EXPECT_EQ(filing.derivative_holdings[0].footnote_ids["nature_of_ownership"], std::vector<std::string>{"F1"});
}

TEST(RepairNatureLetters, TakesTheLettersTheFootnotesWriteTheNameIn) {
  Filing filing;
  filing.footnotes = {{"F1", "Shares held by Harbor Partners XII, LP and Harbor U.S. Growth VII Fund, L.P."}};
  filing.non_derivative_holdings = {OwnedRow("Harbor Partners XIL, L.P."),
                                    OwnedRow("By Harbor US. Growth vil Fund, L.P."), OwnedRow("by Spouse")};
  RepairNatureLetters(filing);
  EXPECT_EQ(filing.non_derivative_holdings[0].nature_of_ownership, "Harbor Partners XII, L.P.");  // its own stops
  EXPECT_EQ(filing.non_derivative_holdings[1].nature_of_ownership, "By Harbor U.S. Growth VII Fund, L.P.");
  EXPECT_EQ(filing.non_derivative_holdings[2].nature_of_ownership, "by Spouse");
  ASSERT_EQ(filing.warnings.size(), 2u);
  EXPECT_EQ(filing.warnings[0].rule, "ocr-nature-letters");
}

TEST(ReferNaturesToHolders, GivesANatureNoFootnoteWritesTheFilingsOneContinuedHolderNote) {
  Filing filing;
  filing.footnotes = {{"F1", "The preferred stock converted into common stock on a 1:1 basis."},
                      {"F2", "The reporting person is a member of the general partner of Heron Fund II, L.P. and of"},
                      {"F3", "(Continued from footnote 2) Heron Principals Fund, LLC. He disclaims beneficial ownership."}};
  Row read = OwnedRow("Heron Principals Fund, LLC");
  read.footnote_ids["nature_of_ownership"] = {"F2", "F3"};
  Row converted = OwnedRow("Heron Principals Fund, LLC");
  converted.footnote_ids["conversion_or_exercise_price"] = {"F1"};
  converted.footnote_ids["nature_of_ownership"] = {"F2", "F3"};
  // "Heron Fund III, L.P." written "Fund II" in the footnote as OCR read it.
  filing.non_derivative_transactions = {read, OwnedRow("Heron Fund III, L.P."), OwnedRow("by Spouse")};
  filing.non_derivative_transactions[2].direct_or_indirect = "D";
  filing.derivative_transactions = {converted};
  ReferNaturesToHolders(filing);
  const auto natures = [&](size_t i) { return filing.non_derivative_transactions[i].footnote_ids["nature_of_ownership"]; };
  EXPECT_EQ(natures(1), (std::vector<std::string>{"F2", "F3"}));
  EXPECT_TRUE(natures(2).empty());  // held directly: no nature to explain
  ASSERT_EQ(filing.warnings.size(), 1u);
  EXPECT_EQ(filing.warnings[0].rule, "ocr-nature-footnote");

  // A footnote about another holder: the filing explains more than one.
  filing.footnotes.push_back({"F4", "Shares held by the Rowan Family Trust."});
  filing.non_derivative_transactions[1].footnote_ids.clear();
  ReferNaturesToHolders(filing);
  EXPECT_TRUE(natures(1).empty());
}

TEST(ReferNaturesToHolders, GivesAnUnreadNatureTheFilingsOneHolderFootnote) {
  Filing filing;
  filing.footnotes = {{"F1", "The price reported is a weighted average price."},
                      {"F2", "The Rowan Family Trust, for which the reporting person is trustee."}};
  Row unread;  // "by Trust(2)" read as "PY uo" and left out
  unread.direct_or_indirect = "I";
  unread.footnote_ids["price_per_share"] = {"F1"};
  Row direct;
  direct.direct_or_indirect = "D";
  filing.non_derivative_transactions = {unread, OwnedRow("by Trust"), direct};
  filing.non_derivative_transactions[1].footnote_ids["nature_of_ownership"] = {"F2"};
  ReferNaturesToHolders(filing);
  EXPECT_EQ(filing.non_derivative_transactions[0].footnote_ids["nature_of_ownership"], std::vector<std::string>{"F2"});
  EXPECT_EQ(filing.non_derivative_transactions[2].footnote_ids.count("nature_of_ownership"), 0u);

  Filing spouse = filing;  // a nature read without the footnote: it may name another holder
  spouse.non_derivative_transactions = {unread, OwnedRow("By Spouse")};
  spouse.warnings.clear();
  ReferNaturesToHolders(spouse);
  EXPECT_EQ(spouse.non_derivative_transactions[0].footnote_ids.count("nature_of_ownership"), 0u);
}

TEST(ReferNaturesToHolders, SkipsAFootnoteAValueRefersTo) {
  Filing filing;
  filing.footnotes = {{"F1", "The Rowan Family Trust, for which the reporting person is trustee, purchased the shares."}};
  filing.non_derivative_transactions = {OwnedRow("by Trust")};
  filing.non_derivative_transactions[0].footnote_ids["shares"] = {"F1"};
  ReferNaturesToHolders(filing);
  EXPECT_EQ(filing.non_derivative_transactions[0].footnote_ids.count("nature_of_ownership"), 0u);
}

TEST(ContinuedFrom, ReadsTheNumberOfTheFootnoteContinued) {
  EXPECT_EQ(ContinuedFrom("(Continued from Footnote 3) The reporting person disclaims"), 3);
  EXPECT_EQ(ContinuedFrom("(continued from footnote l2) and the managing member"), 12);  // l read for 1
  EXPECT_EQ(ContinuedFrom("(Continued from Footnote 2) In addition, the Reporting Person"), 2);
  EXPECT_EQ(ContinuedFrom("(Continued from Footnote 3) On the date"), 3);
  EXPECT_EQ(ContinuedFrom("(Continued from footnote 31)As of the date"), 31);
  EXPECT_EQ(ContinuedFrom("(Continued from footnote 2In addition"), 2);
  EXPECT_EQ(ContinuedFrom("The shares are held by the trust."), std::nullopt);
  EXPECT_EQ(ContinuedFrom("(continued from footnote) and"), std::nullopt);
}

TEST(AddContinuedFootnotes, RefersToAContinuedFootnoteAsAWhole) {
  Filing filing;
  filing.footnotes = {{"F1", "A pro rata distribution."},
                      {"F2", "The reporting person is a director of the general partner of"},
                      {"F3", "(continued from footnote 2) each fund, and disclaims beneficial ownership."},
                      {"F4", "(Continued from Footnote 3) except to the extent of his pecuniary interest."}};
  filing.non_derivative_transactions = {OwnedRow("Example Fund, L.P."), OwnedRow("Example Fund, L.P."),
                                        OwnedRow("Example Fund, L.P.")};
  filing.non_derivative_transactions[0].footnote_ids = {{"code", {"F1"}}, {"nature_of_ownership", {"F2"}}};
  filing.non_derivative_transactions[1].footnote_ids = {{"nature_of_ownership", {"F4"}}};
  AddContinuedFootnotes(filing);
  const std::vector<std::string> whole = {"F2", "F3", "F4"};
  EXPECT_EQ(filing.non_derivative_transactions[0].footnote_ids["nature_of_ownership"], whole);
  EXPECT_EQ(filing.non_derivative_transactions[0].footnote_ids["code"], std::vector<std::string>{"F1"});
  EXPECT_EQ(filing.non_derivative_transactions[1].footnote_ids["nature_of_ownership"], whole);
  EXPECT_TRUE(filing.non_derivative_transactions[2].footnote_ids.empty());
  ASSERT_EQ(filing.warnings.size(), 2u);
  EXPECT_EQ(filing.warnings[0].rule, "ocr-footnote-continued");
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

// Laid-out text (pdftotext -layout): positions, captions, and the grid a
// printed form is reduced to.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "form4/parse.h"
#include "parse/layout/captions.h"
#include "parse/layout/pdf_text_grid.h"
#include "parse/layout/text_layout.h"

namespace form4::internal {
namespace {

TEST(ReadLayout, KeepsColumnsInCharactersAndSplitsChunksAtTwoSpaces) {
  const std::vector<LayoutLine> lines = ReadLayout("Caf\xC3\xA9 Noir   12,500\n\n\f  next page");
  ASSERT_EQ(lines.size(), 3u);
  ASSERT_EQ(lines[0].chunks.size(), 2u);
  EXPECT_EQ(lines[0].chunks[0].text, "Caf\xC3\xA9 Noir");
  EXPECT_EQ(lines[0].chunks[0].end, 9);  // "é" is one column
  EXPECT_EQ(lines[0].chunks[1].x, 12);
  EXPECT_TRUE(lines[1].Blank());
  EXPECT_EQ(lines[2].page, 1);
  EXPECT_EQ(lines[2].chunks[0].x, 2);  // the form feed takes no column
}

TEST(ReadLayout, ReadsCharactersAsTextDumpsAre) {
  // A Windows-1252 byte is one character; a no-break space is a space; a tab
  // advances to the next multiple of 8.
  const std::vector<LayoutLine> lines = ReadLayout("Caf\xE9\xC2\xA0Noir\t12,500");
  ASSERT_EQ(lines[0].chunks.size(), 2u);
  EXPECT_EQ(lines[0].chunks[0].text, "Caf\xC3\xA9 Noir");
  ASSERT_EQ(lines[0].words.size(), 3u);
  EXPECT_EQ(lines[0].words[1].x, 5);
  EXPECT_EQ(lines[0].chunks[1].x, 16);
}

TEST(ReadLayout, SplitChunkGivesEachWordItsColumn) {
  const std::vector<LayoutLine> lines = ReadLayout("     03/14/2031 Stock");
  const std::vector<Word> words = SplitChunk(lines[0].chunks[0]);
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(words[1].text, "Stock");
  EXPECT_EQ(words[1].x, 16);
}

TEST(AppendWrapped, JoinsAfterAHyphenEndingAWordOnly) {
  std::string text = "/s/ Jane Roe, attorney-";
  AppendWrapped(text, "in-fact");
  EXPECT_EQ(text, "/s/ Jane Roe, attorney-in-fact");
  std::string dash = "Series A -";
  AppendWrapped(dash, "Preferred");
  EXPECT_EQ(dash, "Series A - Preferred");
}

TEST(CaptionMatcher, FollowsAWrappedPhraseAndPrefersTheOneBegunNearest) {
  CaptionMatcher matcher({"Officer (give title below)", "Other (specify below)"});
  const auto piece = [](size_t line, int x, std::string text) {
    return Piece{line, {std::move(text), x, x + 5, 0, 1}};
  };
  EXPECT_EQ(matcher.Offer(piece(0, 10, "Officer (give title")), 0);
  EXPECT_EQ(matcher.Offer(piece(0, 40, "Other (specify")), 1);
  EXPECT_EQ(matcher.Offer(piece(1, 41, "below)")), 1);
  EXPECT_EQ(matcher.Offer(piece(1, 10, "below)")), 0);
  EXPECT_EQ(matcher.Offer(piece(2, 10, "below)")), -1);  // both phrases are complete
  EXPECT_EQ(matcher.Offer(piece(2, 10, "CFO")), -1);
}

// A small printed Form 3 laid out by position; values stand under their labels.
const char kForm3[] =
    "                 INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES\n"
    "1. Name and Address of Reporting Person*     2. Date of Event Requiring     3. Issuer Name and Ticker or Trading Symbol\n"
    " Roe Jane                                    Statement\n"
    "                                             (Month/Day/Year)              Lakeside Mills Inc [ LKM ]\n"
    " (Last)        (First)       (Middle)        06/01/2022                    4. Relationship of Reporting Person(s) to Issuer\n"
    " 12 ELM STREET                                                             (Check all applicable)\n"
    "(Street)                                                                       X    Director              10% Owner\n"
    " SPRINGFIELD   IL            62701\n"
    " (City)        (State)       (Zip)\n"
    "\n"
    "                     Table I - Non-Derivative Securities Beneficially Owned\n"
    "1. Title of Security (Instr. 4)            2. Amount of Securities         3. Ownership       4. Nature of Indirect\n"
    "                                           Beneficially Owned (Instr. 4)   Form: Direct (D)   Beneficial Ownership\n"
    "\n"
    "Common Stock                                    1,200(1)                         D\n"
    "\n"
    "Explanation of Responses:\n"
    "1. Includes 200 shares held in a\n"
    "401(k) plan.\n"
    "                                                        /s/ Jane Roe      06/03/2022\n"
    "                                                        ** Signature of Reporting Person   Date\n"
    "\f";

TEST(PdfTextGrid, ReadsBoxesSideBySideAndTableColumns) {
  const Grid grid = PdfTextGrid(kForm3);
  std::string text;
  for (const GridRow& row : grid.rows) {
    for (const std::string& cell : row.cells) text += cell + "|";
    text += "\n";
  }
  EXPECT_NE(text.find("<u>Roe Jane</u> (Last) (First) (Middle) <u>12 ELM STREET</u> (Street) <u>SPRINGFIELD</u> "
                      "<u>IL</u> <u>62701</u>"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("<u>Lakeside Mills Inc [ LKM ]</u>"), std::string::npos) << text;
  EXPECT_NE(text.find("<u>06/01/2022</u>"), std::string::npos) << text;
  EXPECT_NE(text.find("\xE2\x98\x92 Director"), std::string::npos) << text;
  EXPECT_NE(text.find("Common Stock|1,200(1)|D||"), std::string::npos) << text;
  EXPECT_NE(text.find("1. Includes 200 shares held in a 401(k) plan.|"), std::string::npos) << text;
  EXPECT_NE(text.find("/s/ Jane Roe|06/03/2022|"), std::string::npos) << text;
}

TEST(PdfTextGrid, ParsesToTheModel) {
  EXPECT_EQ(DetectFormat(kForm3), Format::kPdfText);
  Result<Filing> filing = ParseFiling(kForm3, "form3.txt");
  ASSERT_TRUE(filing.ok()) << filing.status().ToString();
  EXPECT_EQ(filing->document_type, "3");
  EXPECT_EQ(filing->period_of_report, "2022-06-01");
  ASSERT_EQ(filing->non_derivative_holdings.size(), 1u);
  EXPECT_EQ(filing->non_derivative_holdings[0].shares_owned_following->text, "1200");
  EXPECT_EQ(filing->footnotes.size(), 1u);
}

// fuzz_pdftotext finding: headings with no column number left no columns to place values in.
TEST(PdfTextGrid, HeadingsWithoutColumnNumbersGiveAnEmptyTable) {
  const Grid grid = PdfTextGrid("Table I\n\n1. Title o");
  const auto title = std::find_if(grid.rows.begin(), grid.rows.end(),
                                  [](const GridRow& row) { return row.cells == std::vector<std::string>{"Table I"}; });
  ASSERT_NE(title, grid.rows.end());
  ASSERT_NE(title + 1, grid.rows.end());
  EXPECT_TRUE((title + 1)->cells.empty());  // the table ends at once: no heading row, no value rows
}

}  // namespace
}  // namespace form4::internal

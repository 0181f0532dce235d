// Narrow text dumps: the relationship box read by the positions of its words,
// and the widths and address lines that tell a wrapped line from a new value.
#include <gtest/gtest.h>

#include "parse/rendered/cell_text.h"
#include "parse/rendered/mark_captions.h"

namespace form4::internal {
namespace {

std::vector<PageLine> Lines(std::initializer_list<std::u32string_view> lines) {
  return std::vector<PageLine>(lines.begin(), lines.end());
}

// w3m at 80 columns: the sub-columns interleave line by line, a mark stands
// beside the second line of its caption, the first line starts a column early.
TEST(ReadMarkCaptionBlock, MarksGoWithTheCaptionRightOfThem) {
  const auto block = ReadMarkCaptionBlock(Lines({
      U"(Check all      ",
      U"applicable)     ",
      U"X  Director X  10%       ",
      U"                Owner    ",
      U"    Officer     Other    ",
      U" X  (give       (specify ",
      U"    title       below)   ",
      U"    below)               ",
      U"    Chief Exec-          ",
      U"    utive                ",
      U"                         ",
      U"after                    ",
  }));
  ASSERT_TRUE(block.has_value());
  EXPECT_EQ(block->begin, 2u);
  EXPECT_EQ(block->end, 10u);
  EXPECT_EQ(block->text,
            "X Director\nX 10% Owner\nX Officer (give title below)\nOther (specify below)\nChief Exec-utive");
}

TEST(ReadMarkCaptionBlock, TextBelowTheRightColumnIsTheOthers) {
  const auto block = ReadMarkCaptionBlock(Lines({
      U"   Director   X 10% Owner ",
      U"   Officer      Other     ",
      U"   (give      X (specify  ",
      U"   title        below)    ",
      U"   below)                 ",
      U"                Trustee   ",
  }));
  ASSERT_TRUE(block.has_value());
  EXPECT_EQ(block->text, "Director\nX 10% Owner\nOfficer (give title below)\nX Other (specify below)\nTrustee");
}

TEST(ReadMarkCaptionBlock, NothingWithoutAllFourCaptionsOrWithOtherTextAmongThem) {
  EXPECT_FALSE(ReadMarkCaptionBlock(Lines({U"X Director  10% Owner", U"  Officer (give title below)"})).has_value());
  EXPECT_FALSE(ReadMarkCaptionBlock(Lines({
                                       U"X Director  Y 10% Owner",
                                       U"  Officer     Other",
                                       U"  (give title (specify",
                                       U"  below)      below)",
                                   }))
                   .has_value());
}

TEST(CellText, ReadsTheRelationshipTableByPosition) {
  EXPECT_EQ(CellText(Lines({
                U" 5. Relationship          ",
                U" X Director X 10%         ",
                U"              Owner       ",
                U"   Officer    Other       ",
                U" X (give      (specify    ",
                U"   title      below)      ",
                U"   below)                 ",
                U"   CFO                    ",
            })),
            "5. Relationship\nX Director\nX 10% Owner\nX Officer (give title below)\nOther (specify below)\nCFO");
}

// The name box's rule is drawn at 98% of the width its inner tables wrap at.
TEST(RuledWidth, TheWidestBoxWhoseRuleIsDrawn) {
  EXPECT_EQ(RuledWidth(Lines({U" a", U" \u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501 "})), 24u);
  EXPECT_EQ(RuledWidth(Lines({U" ----------------------  "})), 23u);
  EXPECT_EQ(RuledWidth(Lines({U" a b", U"    "})), SIZE_MAX);
}

// w3m wraps the street lines at 24 columns where the cell has 26 inside its
// padding: "CORPORATIONS" continues the line above; the next line is a value.
TEST(CellText, StreetLinesWrapAtTheRuledWidth) {
  EXPECT_EQ(CellText(Lines({
                U" Reporting Person           ",
                U"\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501    ",
                U"                            ",
                U" C/O EXAMPLES               ",
                U" CORPORATIONS               ",
                U" ONE EXAMPLE WAY            ",
            })),
            "Reporting Person\nC/O EXAMPLES CORPORATIONS\nONE EXAMPLE WAY");
}

// The street number under a care-of line starts the second street line, though
// it would not have fit on the line above.
TEST(CellText, StreetNumberAfterCareOfLineStartsAValue) {
  EXPECT_EQ(CellText(Lines({U" C/O LANTERN & WICK CO.  ", U" 12 HARBOR LANE          "})),
            "C/O LANTERN & WICK CO.\n12 HARBOR LANE");
  EXPECT_EQ(CellText(Lines({U" 400 LANTERN & WICK WAY  ", U" 12TH FLOOR              "})),
            "400 LANTERN & WICK WAY 12TH FLOOR");
}

// w3m sets city, state and ZIP one space apart and wraps the city alone: the
// state is the two-character word the city's lines below do not reach.
TEST(CellText, WordBeyondAWrappedInnerColumnIsTheNextColumns) {
  EXPECT_EQ(CellText(Lines({U" SOUTH SAN CA     94080   ", U" FRANCISCO                "})),
            "SOUTH SAN FRANCISCO\tCA\t94080");
  EXPECT_EQ(CellText(Lines({U" NEW HARBOR CITY  94080   ", U" EAST                     "})),
            "NEW HARBOR CITY EAST\t94080");
}

// A line starting with a slash continues a word only where the converter breaks
// words there (as the form's own "Joint" over "/Group" shows), in a date, or
// in a word too long for the line.
TEST(CellText, LineStartingWithASlash) {
  const std::vector<PageLine> name = Lines({U" EXAMPLE HOLDINGS CORP  ", U" /DE/                   "});
  EXPECT_EQ(CellText(name), "EXAMPLE HOLDINGS CORP /DE/");
  EXPECT_EQ(CellText(name, true), "EXAMPLE HOLDINGS CORP/DE/");
  EXPECT_EQ(CellText(Lines({U" Trust U/A DTD 06/14 ", U" /2017               "})), "Trust U/A DTD 06/14/2017");
  EXPECT_EQ(CellText(Lines({U" (Month/Day ", U" /Year)     "})), "(Month/Day/Year)");
  EXPECT_EQ(CellText(Lines({U" EXAMPLE CORP /DE ", U" /                "})), "EXAMPLE CORP /DE/");
  EXPECT_TRUE(ShowsBreakBeforeSlash(Lines({U" 6. Individual or Joint ", U" /Group Filing          "})));
  EXPECT_FALSE(ShowsBreakBeforeSlash(name));
}

}  // namespace
}  // namespace form4::internal

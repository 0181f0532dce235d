// Plain-text renderings with drawn tables: the page layout (tables, cells, check
// boxes), a cell's text, and the grid a page becomes.
#include <gtest/gtest.h>

#include "parse/rendered/cell_text.h"
#include "parse/rendered/text_grid.h"
#include "parse/rendered/drawn_tables.h"

namespace form4::internal {
namespace {

std::vector<std::string> CellTexts(const DrawnTable& table) {
  std::vector<std::string> texts;
  for (const DrawnCell& cell : table.cells) texts.push_back(CellText(cell.lines));
  return texts;
}

std::vector<PageLine> Lines(std::initializer_list<std::u32string_view> lines) {
  return std::vector<PageLine>(lines.begin(), lines.end());
}

TEST(ReadDrawnPage, BoxDrawnTableCellsSpanRowsAndColumns) {
  const DrawnPage layout = ReadDrawnPage(
      "before\n"
      "┌──────┬─────┐\n"
      "│ a    │ b   │\n"
      "│ a2   ├──┬──┤\n"
      "│      │c │d │\n"
      "└──────┴──┴──┘\n"
      "after\n");
  ASSERT_EQ(layout.tables.size(), 1u);
  const DrawnTable& table = layout.tables[0];
  EXPECT_EQ(table.top, 1u);
  EXPECT_EQ(table.bottom, 5u);
  EXPECT_EQ(CellTexts(table), (std::vector<std::string>{"a\na2", "b", "c", "d"}));
  EXPECT_EQ(ToUtf8(layout.free_text[0]), "before");
  EXPECT_EQ(ToUtf8(layout.free_text[3]).find_first_not_of(' '), std::string::npos);  // the table is blanked
}

TEST(ReadDrawnPage, AdjacentBoxTablesStaySeparate) {
  const DrawnPage layout = ReadDrawnPage(
      "┌──┬──┐\n│a │b │\n└──┴──┘\n"
      "┌─────┐\n│ c   │\n└─────┘\n");
  ASSERT_EQ(layout.tables.size(), 2u);
  EXPECT_EQ(CellTexts(layout.tables[1]), (std::vector<std::string>{"c"}));
}

TEST(ReadDrawnPage, AsciiGridTable) {
  const DrawnPage layout = ReadDrawnPage(
      "+-----+------+\n"
      "| x-y | 1+2  |\n"
      "+=====+======+\n"
      "| v   | w    |\n"
      "+-----+------+\n");
  ASSERT_EQ(layout.tables.size(), 1u);
  EXPECT_EQ(CellTexts(layout.tables[0]), (std::vector<std::string>{"x-y", "1+2", "v", "w"}));
}

TEST(ReadDrawnPage, AsciiGridAsLinksDrawsIt) {
  // `+` only at the outer corners and crossings; inner rules closed by `|`; a
  // vertical standing on a rule, and a one-line row between two rules, with no `+`.
  const DrawnPage layout = ReadDrawnPage(
      "+----------------+\n"
      "| head           |\n"
      "|----------------|\n"
      "| a    | b       |\n"
      "|      |---------|\n"
      "|      | c  | d  |\n"
      "+----------------+\n");
  ASSERT_EQ(layout.tables.size(), 1u);
  EXPECT_EQ(CellTexts(layout.tables[0]), (std::vector<std::string>{"head", "a", "b", "c", "d"}));
}

TEST(ReadDrawnPage, BarsAroundEqualsAloneAreNoGrid) {
  // html2text's `|=====|` underlines a cell of a `_` table; with no `+` corner the
  // page is not read as an ASCII grid.
  const DrawnPage layout = ReadDrawnPage(
      " __________\n"
      "|Name      |\n"
      "|==========|\n"
      "|(Last)____|\n");
  ASSERT_EQ(layout.tables.size(), 1u);
  EXPECT_EQ(CellTexts(layout.tables[0]), (std::vector<std::string>{"Name\n(Last)"}));
}

TEST(ReadDrawnPage, UnderscoreClosedCellsAndUnderlinedText) {
  // A cell's last line writes `_` for its spaces; full-width text ends with its row.
  const DrawnPage layout = ReadDrawnPage(
      " ____________________________\n"
      "|Name                |Code   |\n"
      "|Ada_Lovelace        |       |\n"
      "|more________________|M(1)___|\n"
      "|Next_row____________|S(2)|__|\n");
  ASSERT_EQ(layout.tables.size(), 1u);
  EXPECT_EQ(CellTexts(layout.tables[0]),
            (std::vector<std::string>{"Name\nAda Lovelace\nmore", "Code\nM(1)", "Next row", "S(2)"}));
}

TEST(ReadDrawnPage, CheckBoxesInBothStyles) {
  const DrawnPage box = ReadDrawnPage("┌──┐\n│X │  Director\n└──┘\n");
  ASSERT_EQ(box.checkboxes.size(), 1u);
  EXPECT_TRUE(box.checkboxes[0].checked);
  EXPECT_EQ(box.checkboxes[0].line, 1u);
  EXPECT_TRUE(box.tables.empty());
  const DrawnPage ascii = ReadDrawnPage(" __\n|  |  Director\n");
  ASSERT_EQ(ascii.checkboxes.size(), 1u);
  EXPECT_FALSE(ascii.checkboxes[0].checked);
}

TEST(ReadDrawnPage, LineLaidOutInBytesWhenItsRulesAlignSo) {
  // "é" takes two columns, as a converter that counts bytes drew it.
  const DrawnPage layout = ReadDrawnPage(
      " _______________\n"
      "|José       |x  |\n"
      "|Ana________|y__|\n");
  ASSERT_EQ(layout.tables.size(), 1u);
  EXPECT_EQ(CellTexts(layout.tables[0]), (std::vector<std::string>{"José\nAna", "x\ny"}));
}

TEST(CellText, PlainCellKeepsLinesThatWereNotWrapped) {
  EXPECT_EQ(CellText(Lines({U" C/O ACME, INC.              ", U" 1 MAIN STREET              "})),
            "C/O ACME, INC.\n1 MAIN STREET");
  // "Transaction" did not fit after "2.": the line was wrapped.
  EXPECT_EQ(CellText(Lines({U" 2.          ", U" Transaction ", U" Date        "})), "2. Transaction Date");
}

TEST(CellText, WordsBrokenInsideAreRejoined) {
  EXPECT_EQ(CellText(Lines({U" Series D- ", U" 1 Stock   "})), "Series D-1 Stock");
  EXPECT_EQ(CellText(Lines({U" $31.2075^ ", U" (2)       "})), "$31.2075^(2)");
}

TEST(CellText, InnerTableColumnsAndRows) {
  EXPECT_EQ(CellText(Lines({U" AUSTIN     TX     78701     "})), "AUSTIN\tTX\t78701");
  // Each column wraps on its own; a box's mark starts a row.
  EXPECT_EQ(CellText(Lines({U"  X   Director        10% Owner  ",
                            U"  X   Officer (give   Other      ",
                            U"      title below)               ",
                            U"      Chief Technology           ",
                            U"      Officer                    "})),
            "X\tDirector\t10% Owner\nX\tOfficer (give title below) Chief Technology Officer\tOther");
}

TEST(CellText, RuleLinesAreBlank) {
  EXPECT_EQ(CellText(Lines({U" Name ", U" ━━━━ ", U" (Last) "})), "Name\n(Last)");
  EXPECT_EQ(CellText(Lines({U"      ", U"      "})), "");
}

TEST(CellText, WrappedRuleAndOpenParenthesis) {
  // A rule wider than the cell wraps, leaving a dash or two on a line of its own.
  EXPECT_EQ(CellText(Lines({U"   -          ", U" ------ ----- ", U" AUSTIN   TX  "})), "AUSTIN\tTX");
  EXPECT_EQ(CellText(Lines({U" Statement       ", U" (               ", U" Month/Day/Year) "})),
            "Statement\n(Month/Day/Year)");
}

TEST(CellText, PiecesPandocCutFromInnerTableLinesAreJoined) {
  // Inner tables framed by indented dash rules; their lines cut at the cell's
  // width leave pieces at the padding, which join back (no space inside a word).
  EXPECT_EQ(CellText(Lines({U"   ----             ",
                            U" ------------------ ",
                            U"   CL               ",
                            U" EARWATER   FL      ",
                            U"   ----             ",
                            U" ------------------ "})),
            "CLEARWATER\tFL");
  // A comma, or a letter before a digit, shows where the cut fell on a space.
  EXPECT_EQ(CellText(Lines({U"   ----------       ", U"   President,       ", U" CEO & Director     ",
                            U"   Member of        ", U" 10% owner group    ", U"   ----------       "})),
            "President, CEO & Director\nMember of 10% owner group");
  // Each line of such a table is a row of its own (pandoc never wraps them).
  EXPECT_EQ(CellText(Lines({U" (Last)                  ", U"  ---------------------- ", U"   C/O FACEBOOK, INC.   ",
                            U"   1601 WILLOW ROAD     ", U"  ---------------------- "})),
            "(Last)\nC/O FACEBOOK, INC.\n1601 WILLOW ROAD");
  // Rules at the padding (links' <hr>) frame wrapped text: no pieces, no rows.
  EXPECT_EQ(CellText(Lines({U" ------------------- ", U" 2454 MCMULLEN BOOTH ", U" ROAD                ",
                            U" ------------------- "})),
            "2454 MCMULLEN BOOTH ROAD");
}

TEST(ReadDrawnPage, DashedTablesAsPandocSetsThem) {
  const DrawnPage layout = ReadDrawnPage(
      "  Table I\n"
      "  -------------- ---------- ------\n"
      "  1. Title       2. Date    3.\n"
      "  Common Stock   03/11/2021   15,805\n"
      "\n"
      "  -------------------------------\n"
      "  Title\n"
      "  ---------- ----------- --------\n"
      "  Stock        07/01/2024\n"
      "  Options\n"
      "\n"
      "  Units        (1)         D\n"
      "  -------------------------------\n"
      "  -------------------------------\n"
      "  1. A footnote.\n"
      "  -------------------------------\n");
  ASSERT_EQ(layout.tables.size(), 2u);
  // A simple table: the header above the runs, one row per line; a number may
  // reach into the gap after its column.
  EXPECT_EQ(CellTexts(layout.tables[0]),
            (std::vector<std::string>{"Table I", "", "", "1. Title", "2. Date", "3.", "Common Stock", "03/11/2021",
                                      "15,805"}));
  // A multiline table: framed, its rows separated by blank lines.
  EXPECT_EQ(layout.tables[1].top, 5u);
  EXPECT_EQ(layout.tables[1].bottom, 12u);
  EXPECT_EQ(CellTexts(layout.tables[1]),
            (std::vector<std::string>{"Title", "", "", "Stock Options", "07/01/2024", "", "Units", "(1)", "D"}));
  // A frame around one column is a rule: blank, the text inside kept.
  EXPECT_EQ(ToUtf8(layout.free_text[13]).find_first_not_of(' '), std::string::npos);
  EXPECT_EQ(ToUtf8(layout.free_text[14]), "  1. A footnote.");
}

TEST(TextGrid, TablesBecomeRowsByTheirRules) {
  const Grid grid = TextGrid(
      "┌──────┬──────────┐\n"
      "│ a    │ b        │\n"
      "│      ├────┬─────┤\n"
      "│      │ c  │ d   │\n"
      "└──────┴────┴─────┘\n");
  ASSERT_EQ(grid.rows.size(), 4u);
  EXPECT_TRUE(grid.rows[0].cells.empty());
  EXPECT_EQ(grid.rows[1].cells, (std::vector<std::string>{"a", "b", ""}));  // b spans two columns
  EXPECT_EQ(grid.rows[2].cells, (std::vector<std::string>{"", "c", "d"}));
  EXPECT_TRUE(grid.rows[3].cells.empty());
}

TEST(TextGrid, CheckBoxReadsWithItsWrappedCaption) {
  const Grid grid = TextGrid(
      "      Check this box if no longer\n"
      "┌──┐  subject to Section 16.\n"
      "│X │  See Instruction 1(b).\n"
      "└──┘\n");
  ASSERT_FALSE(grid.rows.empty());
  EXPECT_EQ(grid.rows[0].cells, (std::vector<std::string>{
                                    "\xE2\x98\x92 Check this box if no longer subject to Section 16. See Instruction 1(b)."}));
}

TEST(TextGrid, TextRunsAndMarginsMakeRowsAndBlocks) {
  const Grid grid = TextGrid(
      "1. A footnote\n"
      "   /s/ Jane Roe     01/02/2024\n"
      "   ** Signature of Reporting Person   Date\n");
  ASSERT_EQ(grid.rows.size(), 4u);
  EXPECT_EQ(grid.rows[0].cells, (std::vector<std::string>{"1. A footnote"}));
  EXPECT_TRUE(grid.rows[1].cells.empty());  // another margin: another block
  EXPECT_EQ(grid.rows[2].cells, (std::vector<std::string>{"/s/ Jane Roe", "01/02/2024"}));
}

}  // namespace
}  // namespace form4::internal

#include "parse/rendered/html_grid.h"

#include <gtest/gtest.h>

namespace form4::internal {
namespace {

using Cells = std::vector<std::string>;

std::vector<Cells> RowsOf(std::string_view html) {
  Grid grid;
  AppendHtmlGrid(html, grid);
  std::vector<Cells> rows;
  for (const GridRow& row : grid.rows) rows.push_back(row.cells);
  return rows;
}

TEST(HtmlGrid, ColspanIsFollowedByEmptyCellsAndAnEmptyRowEndsTheTable) {
  EXPECT_EQ(RowsOf("<table><tr><th colspan=3>Title</th></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>"),
            (std::vector<Cells>{{"Title", "", ""}, {"a", "b", "c"}, {}}));
}

TEST(HtmlGrid, RowspanLeavesEmptyCellsInTheRowsBelow) {
  EXPECT_EQ(RowsOf("<table><tr><th rowspan=2>1. Title</th><th colspan=2>3. Code</th><th rowspan=2>5. Owned</th></tr>"
                   "<tr><th>Code</th><th>V</th></tr>"
                   "<tr><td>Stock</td><td>S</td><td></td><td>10</td></tr></table>"),
            (std::vector<Cells>{{"1. Title", "3. Code", "", "5. Owned"},
                                {"", "Code", "V", ""},
                                {"Stock", "S", "", "10"},
                                {}}));
}

TEST(HtmlGrid, RowsWithNothingInThemAreLeftOut) {
  EXPECT_EQ(RowsOf("<table><tr><td>a</td><td>b</td></tr><tr><td> </td><td></td></tr><tr><td>c</td><td>d</td></tr>"
                   "</table>"),
            (std::vector<Cells>{{"a", "b"}, {"c", "d"}, {}}));
}

TEST(HtmlGrid, MarksFilledInValuesAndKeepsSuperscripts) {
  EXPECT_EQ(RowsOf("<table><tr><td><span class=\"FormData\">Common Stock</span></td>"
                   "<td><span class=\"FormText\">$</span><span class=\"SmallFormData\">2.50</span>"
                   "<span class=\"FootnoteData\"><sup>(1)</sup></span></td>"
                   "<td style=\"text-align: left; color: blue\">Chief Executive Officer</td>"
                   "<td><span class=\"FormData\"> </span></td></tr></table>"),
            (std::vector<Cells>{{"<u>Common Stock</u>", "$<u>2.50</u><sup>(1)</sup>", "<u>Chief Executive Officer</u>",
                                 ""},
                                {}}));
}

TEST(HtmlGrid, EscapesTextThatWouldReadAsMarkup) {
  EXPECT_EQ(RowsOf("<table><tr><td>A &lt;b&gt; &amp; C</td><td>x</td></tr></table>"),
            (std::vector<Cells>{{"A &lt;b> &amp; C", "x"}, {}}));
}

TEST(HtmlGrid, JoinsTheIssuerNameAndItsBracketedTicker) {
  EXPECT_EQ(RowsOf("<table><tr><td>2. Issuer Name <b>and</b> Ticker or Trading Symbol<br>"
                   "<a href=\"/x\">Example Corp</a> [ <span class=\"FormData\">EXC</span> ]</td>"
                   "<td>y</td></tr></table>"),
            (std::vector<Cells>{{"2. Issuer Name and Ticker or Trading Symbol <u>Example Corp [EXC]</u>", "y"}, {}}));
}

TEST(HtmlGrid, IssuerNameWrittenAsTextBeforeItsTickerIsAValue) {
  EXPECT_EQ(RowsOf("<table><tr><td><span>2. Issuer Name and Ticker or Trading Symbol</span><br>Example Corp "
                   "[ <span class=\"FormData\">EXC</span> ]</td><td>y</td></tr></table>"),
            (std::vector<Cells>{{"2. Issuer Name and Ticker or Trading Symbol <u>Example Corp [EXC]</u>", "y"}, {}}));
  EXPECT_EQ(RowsOf("<table><tr><td>Name <span class=\"FormData\">TICK</span></td><td>y</td></tr></table>"),
            (std::vector<Cells>{{"Name <u>TICK</u>", "y"}, {}}));
}

TEST(HtmlGrid, NestedTablesAreReadIntoTheirCellWithCheckBoxesBeforeTheirLabels) {
  EXPECT_EQ(RowsOf("<table><tr><td>5. Relationship<table>"
                   "<tr><td><span class=\"FormData\">X</span></td><td>Director</td><td></td><td>10% Owner</td></tr>"
                   "</table></td><td>other box</td></tr></table>"),
            (std::vector<Cells>{{"5. Relationship \xE2\x98\x92 Director 10% Owner", "other box"}, {}}));
}

TEST(HtmlGrid, OneCellBorderedBoxIsACheckBox) {
  EXPECT_EQ(RowsOf("<table><tr><td><table border=1><tr><td>&nbsp;&nbsp;</td></tr></table></td>"
                   "<td>Check this box if no longer subject to Section 16.</td></tr>"
                   "<tr><td><table border=1><tr><td><span class=\"FormData\">X</span></td></tr></table></td>"
                   "<td>Check this box to indicate a plan.</td></tr></table>"),
            (std::vector<Cells>{{"", "\xE2\x98\x90 Check this box if no longer subject to Section 16."},
                                {"", "\xE2\x98\x92 Check this box to indicate a plan."},
                                {}}));
}

TEST(HtmlGrid, OneColumnTablesAreReadAsBlocks) {
  EXPECT_EQ(RowsOf("<p>SEC Form 4</p><table><tr><td><b>Explanation of Responses:</b></td></tr>"
                   "<tr><td>1. First note.<br>continued</td></tr></table>"),
            (std::vector<Cells>{{"SEC Form 4"}, {"Explanation of Responses:"}, {"1. First note."}, {"continued"}, {}}));
}

TEST(HtmlGrid, PageWrapperTableIsSeeThrough) {
  EXPECT_EQ(RowsOf("<table><tr><td></td><td><table><thead><tr><th>a</th><th>b</th></tr></thead>"
                   "<tr><td>1</td><td>2</td></tr></table></td></tr></table>"),
            (std::vector<Cells>{{"a", "b"}, {"1", "2"}, {}, {}}));
}

TEST(HtmlGrid, BoxInAOneColumnTableStaysOneCell) {
  EXPECT_EQ(RowsOf("<table><tr><td>1. Name and Address of Reporting Person<table><tr><td><a href=\"/c\">DOE JANE</a>"
                   "</td></tr></table><table><tr><td>(Last)</td><td>(First)</td></tr></table></td></tr></table>"),
            (std::vector<Cells>{{"1. Name and Address of Reporting Person <u>DOE JANE</u> (Last) (First)"}, {}}));
}

TEST(HtmlGrid, RowsFromHtmlReadOnlySuperscriptsAsFootnoteMarkers) {
  Grid grid;
  AppendHtmlGrid("<table><tr><td>a</td><td>b</td></tr></table>", grid);
  ASSERT_FALSE(grid.rows.empty());
  EXPECT_TRUE(grid.rows[0].superscript_footnotes_only);
}

TEST(HtmlGrid, HostileSpansAreBounded) {
  const std::vector<Cells> rows = RowsOf("<table><tr><td colspan=99999999999>a</td><td>b</td></tr></table>");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_LE(rows[0].size(), 100u);
}

TEST(HtmlGrid, ToleratesBrokenMarkupAndNonUtf8Bytes) {
  EXPECT_EQ(RowsOf("<table><tr><td>caf\xE9<td>b</table>"), (std::vector<Cells>{{"caf\xC3\xA9", "b"}, {}}));
  EXPECT_TRUE(RowsOf("").empty());
}

TEST(HtmlCellText, MarksValuesOfAnInlineFragment) {
  EXPECT_EQ(HtmlCellText("<span class=\"FormData\">10,000</span><span class=\"FootnoteData\"><sup>(2)</sup></span>"),
            "<u>10,000</u><sup>(2)</sup>");
  EXPECT_EQ(HtmlCellText("<u><span class=\"FormData\">/s/ Jane Doe</span></u>"), "<u>/s/ Jane Doe</u>");
  EXPECT_EQ(HtmlCellText("1\\. Title of Security"), "1\\. Title of Security");
}

}  // namespace
}  // namespace form4::internal

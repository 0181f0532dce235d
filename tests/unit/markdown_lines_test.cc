#include "parse/markdown_lines.h"

#include <gtest/gtest.h>

namespace form4::internal {
namespace {

TEST(LogicalLines, WrappedLinesRejoinWhereTheDocumentMarksHardBreaks) {
  EXPECT_EQ(LogicalLines("a | b |\nc  \nnext line  \n\nCoca-\nCola  \n"),
            (std::vector<std::string>{"a | b | c  ", "next line  ", "", "Coca-Cola  "}));
}

TEST(LogicalLines, DocumentsWithoutHardBreaksKeepTheirLines) {
  EXPECT_EQ(LogicalLines("| a | b |\n| c | d |\ntext\n"), (std::vector<std::string>{"| a | b |", "| c | d |", "text"}));
}

TEST(LogicalLines, RulesAndDelimitersAreNotWrapped) {
  EXPECT_EQ(LogicalLines("x  \n---\ny  \n* * *\n\nz  \n"),
            (std::vector<std::string>{"x  ", "---", "y  ", "* * *", "", "z  "}));
}

TEST(StripInlineMarkdown, LinksEmphasisAndEscapes) {
  EXPECT_EQ(StripInlineMarkdown("[Acme, Inc.](/cgi-bin/browse- edgar?CIK=1) [ ACME ]"), "Acme, Inc. [ ACME ]");
  EXPECT_EQ(StripInlineMarkdown("| _/s/ Jane Roe_ | _01/02/2024_"), "| /s/ Jane Roe | 01/02/2024");
  EXPECT_EQ(StripInlineMarkdown("snake_case stays, 1\\. too"), "snake_case stays, 1\\. too");
}

TEST(IsRuleOrDelimiterLine, RulesAndDelimiters) {
  EXPECT_TRUE(IsRuleOrDelimiterLine("---"));
  EXPECT_TRUE(IsRuleOrDelimiterLine("---|---|:--:"));
  EXPECT_TRUE(IsRuleOrDelimiterLine("* * *"));
  EXPECT_FALSE(IsRuleOrDelimiterLine("* If the form is filed"));
  EXPECT_FALSE(IsRuleOrDelimiterLine("--"));
}

}  // namespace
}  // namespace form4::internal

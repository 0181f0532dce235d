// Footnotes on prices as OCR reads them: ranges of prices, their bounds, and
// footnotes whose lines OCR read apart.
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "parse/ocr/ocr_footnote_lines.h"
#include "parse/ocr/ocr_table.h"

namespace form4::internal {
namespace {

TEST(RestoreRangeZero, GivesAShortBoundOfZerosItsLostZero) {
  std::string note = "1. Sold at prices ranging from $1,042.00 to $1,042.990, inclusive.";
  EXPECT_EQ(RestoreRangeZero(note), "$1,042.00");
  EXPECT_EQ(note, "1. Sold at prices ranging from $1,042.000 to $1,042.990, inclusive.");
  EXPECT_EQ(RestoreRangeZero(note), std::nullopt);  // both bounds alike now
}

TEST(RestoreRangeZero, LeavesAShortBoundWithOtherDigitsAndBoundsAlike) {
  std::string lost_nine = "ranging from $1,019.000 to $1,019.90, inclusive";  // 990 or 900: unknown
  EXPECT_EQ(RestoreRangeZero(lost_nine), std::nullopt);
  std::string alike = "ranging from $25.95 to $26.40, inclusive";
  EXPECT_EQ(RestoreRangeZero(alike), std::nullopt);
  std::string two_short = "ranging from $26.0 to $26.480";  // two decimals short: not one dropped character
  EXPECT_EQ(RestoreRangeZero(two_short), std::nullopt);
}

TEST(FootnotesHolding, FindsRangesWhateverTheirPrecision) {
  MarkerDecoder markers(3);
  ReadPriceRanges(2, "prices ranging from $882.020 to $883.000, inclusive", markers);
  ReadPriceRanges(3, "prices ranging from $883.01 to $884.50, inclusive", markers);
  EXPECT_EQ(markers.FootnotesHolding(882.25), std::vector<int>{2});
  EXPECT_EQ(markers.FootnotesHolding(883.5), std::vector<int>{3});
  EXPECT_TRUE(markers.FootnotesHolding(900).empty());
  EXPECT_TRUE(markers.FootnotesForPrice(882.25, 2, false).empty());  // two decimals against a range of three
}

std::vector<std::string> FootnoteLines() {
  return {"Explanation of Responses:",
          "1. The sales were made under a trading plan.",
          "2. The price reported is a weighted average price.",
          "3. The price reported is a weighted average price.",
          "",
          "4. The shares are held by a trust.",
          "",
          "The shares were sold at prices ranging from $25.02 to $25.45, inclusive.",
          "The shares were sold at prices ranging from $25.46 to $25.99, inclusive.",
          "",
          "Remarks:"};
}

TEST(RejoinFootnoteLines, GivesFootnotesReadAlikeTheirSecondLinesInOrder) {
  std::vector<std::string> lines = FootnoteLines();
  std::vector<Warning> warnings;
  RejoinFootnoteLines(lines, 1, warnings);
  EXPECT_EQ(lines[2],
            "2. The price reported is a weighted average price. The shares were sold at prices ranging from $25.02 to "
            "$25.45, inclusive.");
  EXPECT_EQ(lines[3],
            "3. The price reported is a weighted average price. The shares were sold at prices ranging from $25.46 to "
            "$25.99, inclusive.");
  EXPECT_EQ(lines.size(), FootnoteLines().size() - 3);  // the two lines and the blank line they leave doubled
  EXPECT_EQ(lines.back(), "Remarks:");
  ASSERT_EQ(warnings.size(), 1U);
  EXPECT_EQ(warnings[0].rule, "ocr-footnote-lines-apart");
}

TEST(RejoinFootnoteLines, ChangesNothingWhenTheCountsDiffer) {
  std::vector<std::string> lines = FootnoteLines();
  lines.insert(lines.begin() + 9, "The shares were sold at prices ranging from $26.00 to $26.48, inclusive.");
  const std::vector<std::string> read = lines;
  std::vector<Warning> warnings;
  RejoinFootnoteLines(lines, 1, warnings);
  EXPECT_EQ(lines, read);
  EXPECT_TRUE(warnings.empty());
}

TEST(RejoinFootnoteLines, LeavesWordsWrappedAlikeInsideFootnotesAlone) {
  // The same words on unnumbered lines are a wrapped sentence every footnote
  // shares, not footnotes' first lines.
  std::vector<std::string> lines = {"1. The price reported is a weighted average price of sales from $1.00 to $1.10.",
                                    "The reporting person undertakes to provide full information.",
                                    "2. The price reported is a weighted average price of sales from $1.20 to $1.30.",
                                    "The reporting person undertakes to provide full information.",
                                    "Remarks:",
                                    "The reporting person undertakes to provide the issuer with this.",
                                    "The reporting person undertakes to provide the staff with this."};
  const std::vector<std::string> read = lines;
  std::vector<Warning> warnings;
  RejoinFootnoteLines(lines, 0, warnings);
  EXPECT_EQ(lines, read);
}

}  // namespace
}  // namespace form4::internal

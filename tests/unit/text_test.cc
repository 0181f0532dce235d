#include "util/text.h"

#include <gtest/gtest.h>

namespace form4::internal {
namespace {

TEST(CollapseWhitespace, CollapsesAsciiAndUnicodeRunsAndTrims) {
  EXPECT_EQ(CollapseWhitespace("  Common \t\n Stock  "), "Common Stock");
  EXPECT_EQ(CollapseWhitespace("A\xC2\xA0\xC2\xA0" "B"), "A B");           // NBSP
  EXPECT_EQ(CollapseWhitespace("A\xE2\x80\x83" "B\xE3\x80\x80"), "A B");   // em space, ideographic
  EXPECT_EQ(CollapseWhitespace("caf\xC3\xA9"), "caf\xC3\xA9");           // é is not whitespace
  EXPECT_EQ(CollapseWhitespace(""), "");
}

TEST(CleanText, BlankIsAbsent) {
  EXPECT_EQ(CleanText(" \n\t"), std::nullopt);
  EXPECT_EQ(CleanText(" x "), "x");
}

TEST(ToNumber, KeepsTheSourceDigits) {
  EXPECT_EQ(ToNumber("91.3196")->text, "91.3196");
  EXPECT_EQ(ToNumber("12.50")->text, "12.50");
  EXPECT_EQ(ToNumber("1,000.00")->text, "1000.00");
  EXPECT_EQ(ToNumber("$12.68")->text, "12.68");
  EXPECT_EQ(ToNumber("0.0001")->text, "0.0001");
}

TEST(ToNumber, RewritesWhatJsonForbids) {
  EXPECT_EQ(ToNumber("007")->text, "7");
  EXPECT_EQ(ToNumber("+5")->text, "5");
  EXPECT_EQ(ToNumber(".5")->text, "0.5");
  EXPECT_EQ(ToNumber("5.")->text, "5");
  EXPECT_EQ(ToNumber("-0.25")->text, "-0.25");
  EXPECT_EQ(ToNumber("1.5E+3")->text, "1.5E+3");
  EXPECT_EQ(ToNumber("000")->text, "0");
}

TEST(ToNumber, KeepsTextThatIsNotANumber) {
  const OptNumber value = ToNumber(" See  footnote ");
  ASSERT_TRUE(value);
  EXPECT_FALSE(value->is_number);
  EXPECT_EQ(value->text, "See footnote");
  EXPECT_FALSE(ToNumber("1.2.3")->is_number);
  EXPECT_FALSE(ToNumber("e5")->is_number);
  EXPECT_EQ(ToNumber(""), std::nullopt);
}

TEST(ToDate, DropsZoneSuffixAndKeepsOtherText) {
  EXPECT_EQ(ToDate("2011-03-04-05:00"), "2011-03-04");
  EXPECT_EQ(ToDate(" 2024-02-14 "), "2024-02-14");
  EXPECT_EQ(ToDate("2024-02-14T10:00:00Z"), "2024-02-14");
  EXPECT_EQ(ToDate("02/14/2024"), "02/14/2024");
  EXPECT_EQ(ToDate(""), std::nullopt);
}

TEST(ToBool, AcceptsEdgarSpellings) {
  EXPECT_EQ(ToBool("1"), true);
  EXPECT_EQ(ToBool("true"), true);
  EXPECT_EQ(ToBool(" TRUE "), true);
  EXPECT_EQ(ToBool("Y"), true);
  EXPECT_EQ(ToBool("0"), false);
  EXPECT_EQ(ToBool("false"), false);
  EXPECT_EQ(ToBool("no"), false);
  EXPECT_EQ(ToBool("maybe"), std::nullopt);
  EXPECT_EQ(ToBool(""), std::nullopt);
}

TEST(Utf8, ValidatesAndRepairsAsWindows1252) {
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9"));
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_EQ(RepairUtf8("caf\xE9"), "caf\xC3\xA9");
  EXPECT_EQ(RepairUtf8("\x93quoted\x94"), "\xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(RepairUtf8("ok \xC3\xA9"), "ok \xC3\xA9");
}

TEST(LocateOffset, CountsLinesAndColumnsFromOne) {
  const std::string_view text = "ab\ncd\nef";
  EXPECT_EQ(LocateOffset(text, 0).line, 1u);
  EXPECT_EQ(LocateOffset(text, 0).column, 1u);
  EXPECT_EQ(LocateOffset(text, 4).line, 2u);
  EXPECT_EQ(LocateOffset(text, 4).column, 2u);
  EXPECT_EQ(LocateOffset(text, 100).line, 3u);
}

}  // namespace
}  // namespace form4::internal

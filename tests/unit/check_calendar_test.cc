// Federal holidays, business days and exact decimals used by the checks.
#include <gtest/gtest.h>

#include "check/calendar.h"
#include "check/decimal.h"

namespace form4::internal {
namespace {

int Day(const char* date) {
  const std::optional<int> day = ToDayNumber(date);
  EXPECT_TRUE(day.has_value()) << date;
  return day.value_or(0);
}

TEST(CalendarTest, ReadsOnlyRealDates) {
  EXPECT_EQ(ToDateText(Day("2024-02-29")), "2024-02-29");
  EXPECT_FALSE(ToDayNumber("2023-02-29"));
  EXPECT_FALSE(ToDayNumber("2023-13-01"));
  EXPECT_FALSE(ToDayNumber("2023-1-01"));
  EXPECT_FALSE(ToDayNumber("2023-01-01T10"));
  EXPECT_FALSE(ToDayNumber("See footnote"));
}

TEST(CalendarTest, FixedHolidaysAndTheirObservedDays) {
  EXPECT_TRUE(IsFederalHoliday(Day("2023-07-04")));   // Tuesday
  EXPECT_TRUE(IsFederalHoliday(Day("2022-12-26")));   // Christmas on a Sunday -> Monday
  EXPECT_FALSE(IsFederalHoliday(Day("2022-12-25")));  // the Sunday itself is a weekend day, not the holiday
  EXPECT_TRUE(IsFederalHoliday(Day("2023-11-10")));   // Veterans Day on a Saturday -> Friday
  EXPECT_TRUE(IsFederalHoliday(Day("2021-12-31")));   // New Year's Day 2022 (Saturday) -> the Friday before
  EXPECT_TRUE(IsFederalHoliday(Day("2021-07-05")));   // Independence Day on a Sunday -> Monday
}

TEST(CalendarTest, MondayAndThursdayHolidays) {
  EXPECT_TRUE(IsFederalHoliday(Day("2024-01-15")));   // Martin Luther King Jr. Day: third Monday of January
  EXPECT_TRUE(IsFederalHoliday(Day("2024-02-19")));   // Washington's Birthday: third Monday of February
  EXPECT_TRUE(IsFederalHoliday(Day("2024-05-27")));   // Memorial Day: last Monday of May
  EXPECT_TRUE(IsFederalHoliday(Day("2024-09-02")));   // Labor Day: first Monday of September
  EXPECT_TRUE(IsFederalHoliday(Day("2023-10-09")));   // Columbus Day: second Monday of October
  EXPECT_TRUE(IsFederalHoliday(Day("2024-11-28")));   // Thanksgiving: fourth Thursday of November
  EXPECT_FALSE(IsFederalHoliday(Day("2024-11-21")));
  EXPECT_FALSE(IsFederalHoliday(Day("2024-05-20")));
}

TEST(CalendarTest, JuneteenthFrom2021) {
  EXPECT_TRUE(IsFederalHoliday(Day("2021-06-18")));   // first observed: June 19, 2021 was a Saturday
  EXPECT_TRUE(IsFederalHoliday(Day("2022-06-20")));   // Sunday -> Monday
  EXPECT_TRUE(IsFederalHoliday(Day("2024-06-19")));
  EXPECT_FALSE(IsFederalHoliday(Day("2020-06-19")));
}

TEST(CalendarTest, BusinessDaysSkipWeekendsAndHolidays) {
  EXPECT_EQ(BusinessDaysBetween(Day("2024-02-14"), Day("2024-02-16")), 2);  // Wed -> Fri
  EXPECT_EQ(BusinessDaysBetween(Day("2024-02-15"), Day("2024-02-20")), 2);  // Thu -> Tue over Presidents' Day
  EXPECT_EQ(BusinessDaysBetween(Day("2024-11-27"), Day("2024-12-02")), 2);  // over Thanksgiving
  EXPECT_EQ(BusinessDaysBetween(Day("2024-02-16"), Day("2024-02-16")), 0);
  EXPECT_EQ(BusinessDaysBetween(Day("2024-02-16"), Day("2024-02-14")), 0);
  EXPECT_EQ(BusinessDaysBetween(Day("2021-12-30"), Day("2022-01-03")), 1);  // Dec 31 observed, Jan 1-2 weekend
  EXPECT_EQ(BusinessDaysBetween(Day("2009-12-04"), Day("2011-01-25")), 284);
}

TEST(CalendarTest, AddBusinessDaysAndNextBusinessDay) {
  EXPECT_EQ(ToDateText(AddBusinessDays(Day("2024-02-14"), 2)), "2024-02-16");
  EXPECT_EQ(ToDateText(AddBusinessDays(Day("2024-02-15"), 2)), "2024-02-20");
  EXPECT_EQ(ToDateText(AddBusinessDays(Day("2023-06-30"), 2)), "2023-07-05");
  EXPECT_EQ(ToDateText(BusinessDayOnOrAfter(Day("2024-05-25"))), "2024-05-28");  // Sat -> Tue after Memorial Day
  EXPECT_EQ(ToDateText(BusinessDayOnOrAfter(Day("2024-05-24"))), "2024-05-24");
}

TEST(DecimalTest, ParsesTheDigitsShown) {
  const std::optional<Decimal> price = ParseDecimal("169.80");
  ASSERT_TRUE(price);
  EXPECT_EQ(price->scale, 2);
  EXPECT_EQ(FormatDecimal(*price), "169.80");
  EXPECT_EQ(FormatDecimal(*ParseDecimal("-0.5")), "-0.5");
  EXPECT_EQ(FormatDecimal(*ParseDecimal("1.5e3")), "1500");
  EXPECT_EQ(FormatDecimal(*ParseDecimal("2.5E-2")), "0.025");
  EXPECT_FALSE(ParseDecimal("12a"));
  EXPECT_FALSE(ParseDecimal("."));
  EXPECT_FALSE(ParseDecimal(""));
  EXPECT_FALSE(ParseDecimal("123456789012345678901234567890123456789"));
}

TEST(DecimalTest, ExactArithmeticWithoutFloatNoise) {
  // 0.1 + 0.2 is 0.3 exactly, not 0.30000000000000004.
  EXPECT_EQ(Compare(*Add(*ParseDecimal("0.1"), *ParseDecimal("0.2")), *ParseDecimal("0.3")), 0);
  EXPECT_EQ(FormatDecimal(*Subtract(*ParseDecimal("199363"), *ParseDecimal("1235"))), "198128");
  EXPECT_EQ(FormatDecimal(*Multiply(*ParseDecimal("804"), *ParseDecimal("91.3196"))), "73420.9584");
  EXPECT_EQ(Compare(*ParseDecimal("2.50"), *ParseDecimal("2.5")), 0);
  EXPECT_EQ(Compare(*ParseDecimal("-3"), *ParseDecimal("2")), -1);
}

TEST(DecimalTest, RoundsHalfAwayFromZero) {
  EXPECT_EQ(FormatDecimal(*ParseDecimal("73420.9584"), 2), "73420.96");
  EXPECT_EQ(FormatDecimal(*ParseDecimal("0.125"), 2), "0.13");
  EXPECT_EQ(FormatDecimal(*ParseDecimal("-0.125"), 2), "-0.13");
  EXPECT_EQ(FormatDecimal(*ParseDecimal("12"), 2), "12");
  EXPECT_EQ(FormatDecimal(*ParseDecimal("0.004"), 2), "0.00");
}

TEST(DecimalTest, OverflowIsNotAValue) {
  const Decimal big = *ParseDecimal("99999999999999999999999999999999999999");
  EXPECT_FALSE(Multiply(big, big));
  EXPECT_FALSE(Add(big, big));
}

}  // namespace
}  // namespace form4::internal

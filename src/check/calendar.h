// Dates as day numbers, US federal holidays computed by rule, and business days
// (the days EDGAR accepts filings as of: weekdays that are not federal holidays).
#ifndef FORM4_CHECK_CALENDAR_H_
#define FORM4_CHECK_CALENDAR_H_

#include <optional>
#include <string>
#include <string_view>

namespace form4::internal {

/// Days since 1970-01-01 of a valid `YYYY-MM-DD` date; nullopt for anything else
/// (including 2023-02-30 and text after the date).
std::optional<int> ToDayNumber(std::string_view date);

/// Days since 1970-01-01 of year/month/day; nullopt when that is not a date.
std::optional<int> DayNumberOf(int year, int month, int day);

/// `YYYY-MM-DD` of a day number.
std::string ToDateText(int day);

/// The calendar year of a day number.
int YearOf(int day);

/// True on a US federal holiday as observed (5 U.S.C. 6103): New Year's Day,
/// Martin Luther King Jr. Day (from 1986), Washington's Birthday, Memorial Day,
/// Juneteenth (from 2021), Independence Day, Labor Day, Columbus Day, Veterans
/// Day, Thanksgiving, Christmas; one on a Saturday is observed the Friday before
/// (New Year's Day then falls on December 31), one on a Sunday the Monday after.
/// The Monday-holiday rules are those in force since 1971.
bool IsFederalHoliday(int day);

/// A weekday that is not a federal holiday.
bool IsBusinessDay(int day);

/// The number of business days d with from < d <= to (0 when to <= from).
int BusinessDaysBetween(int from, int to);

/// The `count`-th business day after `from` (count >= 1).
int AddBusinessDays(int from, int count);

/// `day` itself when it is a business day, else the next one.
int BusinessDayOnOrAfter(int day);

}  // namespace form4::internal

#endif  // FORM4_CHECK_CALENDAR_H_

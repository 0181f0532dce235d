#include "check/calendar.h"

#include <chrono>
#include <cstdio>
#include <vector>

namespace form4::internal {
namespace {

namespace chrono = std::chrono;

int DayNumber(const chrono::year_month_day& date) {
  return static_cast<int>(chrono::sys_days(date).time_since_epoch().count());
}

chrono::year_month_day DateOf(int day) { return chrono::year_month_day(chrono::sys_days(chrono::days(day))); }

unsigned WeekdayOf(int day) { return chrono::weekday(chrono::sys_days(chrono::days(day))).c_encoding(); }

// The n-th (1-based) `weekday` of a month, or the last one when n is 0.
int NthWeekday(int year, unsigned month, chrono::weekday weekday, unsigned n) {
  const chrono::year_month y_m{chrono::year(year), chrono::month(month)};
  if (n == 0) return DayNumber(chrono::year_month_day(chrono::sys_days(y_m / weekday[chrono::last])));
  return DayNumber(chrono::year_month_day(chrono::sys_days(y_m / weekday[n])));
}

// A fixed-date holiday moved off the weekend: Saturday -> Friday, Sunday -> Monday.
int Observed(int year, unsigned month, unsigned day_of_month) {
  const int day = DayNumber(chrono::year(year) / chrono::month(month) / chrono::day(day_of_month));
  switch (WeekdayOf(day)) {
    case 6: return day - 1;
    case 0: return day + 1;
    default: return day;
  }
}

// The observed federal holidays of `year` (each on a weekday), in no particular order.
std::vector<int> HolidaysOfYear(int year) {
  using chrono::Monday;
  using chrono::Thursday;
  std::vector<int> days = {
      Observed(year, 1, 1),  Observed(year, 7, 4),  Observed(year, 11, 11), Observed(year, 12, 25),
      NthWeekday(year, 2, Monday, 3),  // Washington's Birthday
      NthWeekday(year, 5, Monday, 0),  // Memorial Day
      NthWeekday(year, 9, Monday, 1),  // Labor Day
      NthWeekday(year, 10, Monday, 2),  // Columbus Day
      NthWeekday(year, 11, Thursday, 4),  // Thanksgiving
  };
  if (year >= 1986) days.push_back(NthWeekday(year, 1, Monday, 3));  // Martin Luther King Jr. Day
  if (year >= 2021) days.push_back(Observed(year, 6, 19));  // Juneteenth
  return days;
}

// Weekdays d with from < d <= to.
int WeekdaysBetween(int from, int to) {
  if (to <= from) return 0;
  const int span = to - from;
  int count = span / 7 * 5;
  for (int day = from + span / 7 * 7 + 1; day <= to; ++day) count += WeekdayOf(day) % 6 != 0;
  return count;
}

}  // namespace

std::optional<int> ToDayNumber(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8};
  const size_t lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (date[i] < '0' || date[i] > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (date[i] - '0');
    }
  }
  return DayNumberOf(parts[0], parts[1], parts[2]);
}

std::optional<int> DayNumberOf(int year, int month, int day) {
  if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  const chrono::year_month_day ymd{chrono::year(year), chrono::month(static_cast<unsigned>(month)),
                                   chrono::day(static_cast<unsigned>(day))};
  if (!ymd.ok()) return std::nullopt;
  return DayNumber(ymd);
}

std::string ToDateText(int day) {
  const chrono::year_month_day ymd = DateOf(day);
  char text[16];
  const int year = static_cast<int>(ymd.year());
  const unsigned month = static_cast<unsigned>(ymd.month());
  const unsigned day_of_month = static_cast<unsigned>(ymd.day());
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", year, month, day_of_month);
  return text;
}

int YearOf(int day) { return static_cast<int>(DateOf(day).year()); }

bool IsFederalHoliday(int day) {
  const int year = YearOf(day);
  // New Year's Day on a Saturday is observed on December 31 of the year before,
  // so the next year's list can hold a day of this one.
  for (int list_year : {year, year + 1}) {
    for (int holiday : HolidaysOfYear(list_year)) {
      if (holiday == day) return true;
    }
  }
  return false;
}

bool IsBusinessDay(int day) {
  const unsigned weekday = WeekdayOf(day);
  return weekday != 0 && weekday != 6 && !IsFederalHoliday(day);
}

int BusinessDaysBetween(int from, int to) {
  if (to <= from) return 0;
  int count = WeekdaysBetween(from, to);
  for (int year = YearOf(from); year <= YearOf(to) + 1; ++year) {
    for (int holiday : HolidaysOfYear(year)) count -= holiday > from && holiday <= to;
  }
  return count;
}

int AddBusinessDays(int from, int count) {
  int day = from;
  for (int found = 0; found < count;) found += IsBusinessDay(++day);
  return day;
}

int BusinessDayOnOrAfter(int day) {
  while (!IsBusinessDay(day)) ++day;
  return day;
}

}  // namespace form4::internal

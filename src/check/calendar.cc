#include "check/calendar.h"

#include <chrono>
#include <cstdio>
#include <array>
#include <utility>

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

// The observed federal holidays of one year (each on a weekday), in no particular order.
struct YearHolidays {
  std::array<int, 11> days{};
  size_t count = 0;
  void Add(int day) { days[count++] = day; }
  const int* begin() const { return days.data(); }
  const int* end() const { return days.data() + count; }
};

YearHolidays HolidaysOfYear(int year) {
  using chrono::Monday;
  using chrono::Thursday;
  YearHolidays holidays;
  for (const auto& [month, day] : {std::pair{1u, 1u}, {7u, 4u}, {11u, 11u}, {12u, 25u}}) {
    holidays.Add(Observed(year, month, day));
  }
  holidays.Add(NthWeekday(year, 2, Monday, 3));   // Washington's Birthday
  holidays.Add(NthWeekday(year, 5, Monday, 0));   // Memorial Day
  holidays.Add(NthWeekday(year, 9, Monday, 1));   // Labor Day
  holidays.Add(NthWeekday(year, 10, Monday, 2));  // Columbus Day
  holidays.Add(NthWeekday(year, 11, Thursday, 4));  // Thanksgiving
  if (year >= 1986) holidays.Add(NthWeekday(year, 1, Monday, 3));  // Martin Luther King Jr. Day
  if (year >= 2021) holidays.Add(Observed(year, 6, 19));  // Juneteenth
  return holidays;
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

namespace {

// False for days no holiday can fall on (most days), so the holiday list is
// computed only near one: fixed dates +/- 1 for the observed shifts, and the
// weeks the Monday and Thursday holidays fall in.
bool NearAHoliday(int day) {
  const chrono::year_month_day date = DateOf(day);
  const unsigned month = static_cast<unsigned>(date.month());
  const unsigned d = static_cast<unsigned>(date.day());
  switch (month) {
    case 1: return d <= 2 || (d >= 15 && d <= 21);
    case 2: return d >= 15 && d <= 21;
    case 5: return d >= 25;
    case 6: return d >= 18 && d <= 20;
    case 7: return d >= 3 && d <= 5;
    case 9: return d <= 7;
    case 10: return d >= 8 && d <= 14;
    case 11: return (d >= 10 && d <= 12) || (d >= 22 && d <= 28);
    case 12: return (d >= 24 && d <= 26) || d == 31;
    default: return false;
  }
}

}  // namespace

bool IsFederalHoliday(int day) {
  if (!NearAHoliday(day)) return false;
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

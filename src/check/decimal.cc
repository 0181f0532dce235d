#include "check/decimal.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace form4::internal {
namespace {

constexpr int kMaxScale = 18;
constexpr int kMaxDigits = 38;

std::optional<Int128> Pow10(int exponent) {
  if (exponent < 0 || exponent > kMaxDigits) return std::nullopt;
  Int128 result = 1;
  for (int i = 0; i < exponent; ++i) result *= 10;
  return result;
}

// `value` re-expressed with `scale` (>= value.scale) digits after the point.
std::optional<Int128> Rescale(const Decimal& value, int scale) {
  const std::optional<Int128> factor = Pow10(scale - value.scale);
  if (!factor) return std::nullopt;
  Int128 result = 0;
  if (__builtin_mul_overflow(value.units, *factor, &result)) return std::nullopt;
  return result;
}

std::string UnitsText(Int128 units) {
  if (units >= INT64_MIN && units <= INT64_MAX) return std::to_string(static_cast<int64_t>(units));
  const bool negative = units < 0;
  std::string digits;
  do {
    const int digit = static_cast<int>(units % 10);
    digits.push_back(static_cast<char>('0' + std::abs(digit)));
    units /= 10;
  } while (units != 0);
  if (negative) digits.push_back('-');
  std::reverse(digits.begin(), digits.end());
  return digits;
}

}  // namespace

std::optional<Decimal> ParseDecimal(std::string_view text) {
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  Decimal result;
  int digits = 0;
  bool seen_point = false;
  bool any_digit = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' && !seen_point) {
      seen_point = true;
    } else if (c >= '0' && c <= '9') {
      any_digit = true;
      if (result.units == 0 && c == '0' && !seen_point) continue;  // leading zeros
      if (++digits > kMaxDigits) return std::nullopt;
      result.units = result.units * 10 + (c - '0');
      if (seen_point) ++result.scale;
    } else {
      break;
    }
  }
  if (!any_digit) return std::nullopt;
  if (i < text.size()) {
    if (text[i] != 'e' && text[i] != 'E') return std::nullopt;
    const std::string exponent_text(text.substr(i + 1));
    char* end = nullptr;
    const long exponent = std::strtol(exponent_text.c_str(), &end, 10);
    if (exponent_text.empty() || *end != '\0' || exponent < -kMaxScale || exponent > kMaxScale) return std::nullopt;
    result.scale -= static_cast<int>(exponent);
    if (result.scale < 0) {
      const std::optional<Int128> units = Rescale(Decimal{result.units, result.scale}, 0);
      if (!units) return std::nullopt;
      result = Decimal{*units, 0};
    }
  }
  if (result.scale > kMaxScale) return std::nullopt;
  if (negative) result.units = -result.units;
  return result;
}

std::optional<Decimal> ToDecimal(const OptNumber& number) {
  if (!number || !number->is_number) return std::nullopt;
  return ParseDecimal(number->text);
}

std::optional<Decimal> Add(const Decimal& a, const Decimal& b) {
  const int scale = std::max(a.scale, b.scale);
  const std::optional<Int128> x = Rescale(a, scale);
  const std::optional<Int128> y = Rescale(b, scale);
  Int128 sum = 0;
  if (!x || !y || __builtin_add_overflow(*x, *y, &sum)) return std::nullopt;
  return Decimal{sum, scale};
}

std::optional<Decimal> Subtract(const Decimal& a, const Decimal& b) {
  return Add(a, Decimal{-b.units, b.scale});
}

std::optional<Decimal> Multiply(const Decimal& a, const Decimal& b) {
  Int128 product = 0;
  if (a.scale + b.scale > 2 * kMaxScale || __builtin_mul_overflow(a.units, b.units, &product)) return std::nullopt;
  return Decimal{product, a.scale + b.scale};
}

int Compare(const Decimal& a, const Decimal& b) {
  const int scale = std::max(a.scale, b.scale);
  const std::optional<Int128> x = Rescale(a, scale);
  const std::optional<Int128> y = Rescale(b, scale);
  if (!x || !y) {  // too large to align: the one with more integer digits decides by sign
    const long double fx = static_cast<long double>(a.units) / static_cast<long double>(*Pow10(a.scale));
    const long double fy = static_cast<long double>(b.units) / static_cast<long double>(*Pow10(b.scale));
    return fx < fy ? -1 : (fx > fy ? 1 : 0);
  }
  return *x < *y ? -1 : (*x > *y ? 1 : 0);
}

std::string FormatDecimal(const Decimal& value, int scale) {
  Decimal shown = value;
  if (value.scale > scale) {
    const Int128 divisor = *Pow10(value.scale - scale);
    Int128 quotient = value.units / divisor;
    const Int128 remainder = value.units % divisor;
    if (remainder * 2 >= divisor) ++quotient;
    if (remainder * 2 <= -divisor) --quotient;
    shown = Decimal{quotient, scale};
  }
  std::string digits = UnitsText(shown.units < 0 ? -shown.units : shown.units);
  if (shown.scale > 0) {
    if (digits.size() <= static_cast<size_t>(shown.scale)) {
      digits.insert(0, static_cast<size_t>(shown.scale) + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - static_cast<size_t>(shown.scale), 1, '.');
  }
  if (shown.units < 0) digits.insert(0, 1, '-');
  return digits;
}

std::string FormatDecimal(const Decimal& value) { return FormatDecimal(value, value.scale); }

Decimal UnitInLastPlace(int scale) { return Decimal{1, std::max(scale, 0)}; }

}  // namespace form4::internal

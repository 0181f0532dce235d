#include "util/decimal.h"

#include <algorithm>
#include <vector>

namespace form4::internal {
namespace {

// Bounds on the work one product may cost (filings' numbers have a few dozen digits).
constexpr int kMaxExponent = 64;
constexpr size_t kMaxDigits = 64;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A decimal as its digits (most significant first) and the count of them that
// are fractional; `value = (negative ? -1 : 1) * digits * 10^-scale`.
struct Decimal {
  bool negative = false;
  std::string digits;
  int scale = 0;
};

std::optional<Decimal> ParseDecimal(std::string_view text) {
  Decimal decimal;
  size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) decimal.negative = text[i++] == '-';
  for (; i < text.size() && IsDigit(text[i]); ++i) decimal.digits.push_back(text[i]);
  if (i < text.size() && text[i] == '.') {
    for (++i; i < text.size() && IsDigit(text[i]); ++i, ++decimal.scale) decimal.digits.push_back(text[i]);
  }
  if (decimal.digits.empty() || decimal.digits.size() > kMaxDigits) return std::nullopt;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    const bool negative_exponent = i < text.size() && text[i] == '-';
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    if (i == text.size()) return std::nullopt;
    int exponent = 0;
    for (; i < text.size() && IsDigit(text[i]); ++i) {
      exponent = exponent * 10 + (text[i] - '0');
      if (exponent > kMaxExponent) return std::nullopt;
    }
    decimal.scale += negative_exponent ? exponent : -exponent;
  }
  if (i != text.size()) return std::nullopt;
  if (decimal.scale < 0) {
    decimal.digits.append(static_cast<size_t>(-decimal.scale), '0');
    decimal.scale = 0;
  }
  return decimal;
}

// Schoolbook multiplication of two digit strings.
std::string MultiplyDigits(const std::string& a, const std::string& b) {
  std::vector<int> product(a.size() + b.size(), 0);
  for (size_t i = a.size(); i-- > 0;) {
    for (size_t j = b.size(); j-- > 0;) {
      product[i + j + 1] += (a[i] - '0') * (b[j] - '0');
    }
  }
  for (size_t k = product.size(); k-- > 1;) {
    product[k - 1] += product[k] / 10;
    product[k] %= 10;
  }
  std::string digits;
  digits.reserve(product.size());
  for (int digit : product) digits.push_back(static_cast<char>('0' + digit));
  return digits;
}

// "digits * 10^-scale" in plain notation, trimmed of insignificant zeros.
std::string Format(bool negative, std::string digits, size_t scale) {
  if (digits.size() <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
  std::string integer = digits.substr(0, digits.size() - scale);
  std::string fraction = digits.substr(digits.size() - scale);
  integer.erase(0, std::min(integer.find_first_not_of('0'), integer.size() - 1));
  fraction.erase(fraction.find_last_not_of('0') + 1);
  std::string out = negative && (integer != "0" || !fraction.empty()) ? "-" : "";
  out += integer;
  if (!fraction.empty()) out.append(".").append(fraction);
  return out;
}

}  // namespace

std::optional<std::string> MultiplyDecimals(std::string_view a, std::string_view b) {
  const std::optional<Decimal> x = ParseDecimal(a);
  const std::optional<Decimal> y = ParseDecimal(b);
  if (!x || !y) return std::nullopt;
  return Format(x->negative != y->negative, MultiplyDigits(x->digits, y->digits),
                static_cast<size_t>(x->scale + y->scale));
}

}  // namespace form4::internal

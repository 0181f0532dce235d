// Exact decimal arithmetic on the model's number text (Number::text), so derived
// values such as shares x price carry no binary floating-point noise.
#ifndef FORM4_UTIL_DECIMAL_H_
#define FORM4_UTIL_DECIMAL_H_

#include <optional>
#include <string>
#include <string_view>

namespace form4::internal {

/// The exact product of two decimal literals ([+-]digits[.digits][e[+-]digits],
/// as Number::text holds them), written without exponent, leading zeros or
/// trailing fractional zeros ("192320" x "189.578" -> "36459640.96").
/// nullopt when either is not a decimal literal, has more than 64 digits or an
/// exponent beyond +-64.
std::optional<std::string> MultiplyDecimals(std::string_view a, std::string_view b);

}  // namespace form4::internal

#endif  // FORM4_UTIL_DECIMAL_H_

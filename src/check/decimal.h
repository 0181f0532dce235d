// Exact decimal arithmetic over the model's number text (Number{text,is_number}),
// so holdings arithmetic and derived values never pick up binary float noise.
#ifndef FORM4_CHECK_DECIMAL_H_
#define FORM4_CHECK_DECIMAL_H_

#include <optional>
#include <string>
#include <string_view>

#include "form4/model.h"

namespace form4::internal {

__extension__ typedef __int128 Int128;

/// units / 10^scale, exactly. Scale counts the digits after the point the
/// source showed ("12.50" has scale 2), which also says how precise it was.
struct Decimal {
  Int128 units = 0;
  int scale = 0;
};

/// The decimal written in `text` ("-12.50", "1e3", "0.5"); nullopt when it is
/// not a number or has more digits than 38 or a scale beyond 18.
std::optional<Decimal> ParseDecimal(std::string_view text);

/// ParseDecimal of a model number; nullopt when absent or free text.
std::optional<Decimal> ToDecimal(const OptNumber& number);

/// Exact sum, difference and product; nullopt on overflow.
std::optional<Decimal> Add(const Decimal& a, const Decimal& b);
std::optional<Decimal> Subtract(const Decimal& a, const Decimal& b);
std::optional<Decimal> Multiply(const Decimal& a, const Decimal& b);

/// -1, 0 or 1 as a is less than, equal to or greater than b (exact).
int Compare(const Decimal& a, const Decimal& b);

/// `value` rounded half away from zero to `scale` digits after the point (or
/// kept when it has fewer), as JSON number text: "73421.96", "-1240", "0.5".
std::string FormatDecimal(const Decimal& value, int scale);

/// `value` with its own scale: FormatDecimal(value, value.scale).
std::string FormatDecimal(const Decimal& value);

/// 10^scale as units of scale `scale` of a one in the last place: the precision
/// of a number shown with `scale` digits after the point, e.g. 0.01 for scale 2.
Decimal UnitInLastPlace(int scale);

}  // namespace form4::internal

#endif  // FORM4_CHECK_DECIMAL_H_

#include "form4/status.h"

#include <fmt/format.h>

namespace form4 {

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string where = location_.file;
  if (location_.line > 0) {
    where += fmt::format(":{}", location_.line);
    if (location_.column > 0) where += fmt::format(":{}", location_.column);
  }
  return where.empty() ? message_ : where + ": " + message_;
}

}  // namespace form4

// Fuzzes the public entry point: format detection, then whichever reader it picks.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "form4/json.h"
#include "form4/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  (void)form4::DetectFormat(input);
  form4::Result<form4::Filing> filing = form4::ParseFiling(input, "fuzz");
  if (filing.ok()) (void)form4::ToJson(*filing, form4::JsonOptions{.pretty = true});
  return 0;
}

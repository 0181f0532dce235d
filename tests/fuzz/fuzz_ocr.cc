// Fuzzes the reader for the printed form recognized by OCR.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "form4/json.h"
#include "parse/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  form4::Result<form4::Filing> filing = form4::internal::OcrReader().Read(input, "fuzz.txt");
  if (filing.ok()) (void)form4::ToJson(*filing);
  return 0;
}

// Fuzzes one format reader, chosen at build time: FORM4_FUZZ_READER names the
// function returning it (XmlReader, SgmlReader, MarkdownReader, ...). Every
// input must give a Filing or an error, never a crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "form4/json.h"
#include "parse/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  form4::Result<form4::Filing> filing = form4::internal::FORM4_FUZZ_READER().Read(input, "fuzz");
  if (filing.ok()) (void)form4::ToJson(*filing);
  return 0;
}

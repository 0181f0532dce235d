// Fuzzes the HTML rendering reader (libxml2's HTML parser, the table-to-grid
// reduction and the grid interpreter) and the markdown reader's raw HTML tables.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "form4/json.h"
#include "parse/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (const form4::internal::Reader* reader : {&form4::internal::HtmlReader(), &form4::internal::MarkdownReader()}) {
    form4::Result<form4::Filing> filing = reader->Read(input, "fuzz.html");
    if (filing.ok()) (void)form4::ToJson(*filing);
  }
  return 0;
}

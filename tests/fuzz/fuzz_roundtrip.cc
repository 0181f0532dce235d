// Fuzzes the writers with whatever the readers make of arbitrary input: every
// filing that parses must be written as EDGAR XML that parses back to the same
// canonical facts (the contract of ToEdgarXml), and as CSV without failing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "form4/edgar_xml.h"
#include "form4/json.h"
#include "form4/parse.h"
#include "form4/transactions_csv.h"
#include "util/text.h"

namespace {

std::string FactsJson(const form4::Filing& filing) { return form4::ToJson(form4::CanonicalFacts(filing)); }

// True when a string in `json` holds what ToEdgarXml documents it cannot keep:
// a C0 control character (XML 1.0 cannot carry one) or bytes that are not UTF-8.
bool HoldsWhatXmlCannotCarry(std::string_view json) {
  if (!form4::internal::IsValidUtf8(json)) return true;
  for (std::string_view escape : {"\\u00", "\\b", "\\f", "\\n", "\\r", "\\t"}) {
    if (json.find(escape) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  form4::Result<form4::Filing> filing = form4::ParseFiling(input, "fuzz");
  if (!filing.ok()) return 0;
  (void)form4::ToTransactionsCsv(*filing);
  const std::string xml = form4::ToEdgarXml(*filing);
  form4::Result<form4::Filing> back = form4::ParseFiling(xml, "fuzz.xml");
  if (!back.ok()) std::abort();  // the writer's XML must always be readable
  const std::string facts = FactsJson(*filing);
  if (!HoldsWhatXmlCannotCarry(facts) && FactsJson(*back) != facts) std::abort();
  return 0;
}

// libFuzzer target for what `form4 export` and `form4 import` read: canonical
// JSON (FromJson) and SEC data-set TSV (ParseSecTsv, FromSecRows). Never
// crash; and what FromJson accepts writes back to JSON that reads back the same,
// what FromSecRows builds maps back to the same rows.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "form4/json.h"
#include "form4/json_reader.h"
#include "form4/sec_tsv.h"

namespace {

void CheckJson(std::string_view input) {
  form4::Result<form4::Filing> filing = form4::FromJson(input);
  if (!filing.ok()) return;
  const std::string json = form4::ToJson(*filing);
  form4::Result<form4::Filing> again = form4::FromJson(json);
  if (!again.ok() || form4::ToJson(*again) != json) std::abort();
}

// The input as the eight tables' files: sections separated by form feeds, in
// SecTable order, each after its table's header.
void CheckTsv(std::string_view input) {
  form4::SecRows tables;
  for (const form4::SecTableSpec& spec : form4::SecTables()) {
    const size_t end = std::min(input.find('\f'), input.size());
    std::string text = form4::SecTsvHeader(spec);
    text += input.substr(0, end);
    input.remove_prefix(std::min(end + 1, input.size()));
    form4::Result<std::vector<form4::SecRow>> rows = form4::ParseSecTsv(spec, text, "fuzz.tsv");
    if (!rows.ok()) return;
    tables[spec.table] = std::move(rows).value();
  }
  form4::Result<std::vector<form4::SecRows>> filings = form4::GroupSecRowsByAccession(tables);
  if (!filings.ok()) return;
  for (const form4::SecRows& rows : *filings) {
    form4::Result<form4::Filing> filing = form4::FromSecRows(rows, "fuzz");
    if (!filing.ok()) continue;
    // Once read, a filing's rows are a fixpoint of rows -> model -> rows.
    const form4::SecRows once = form4::ToSecRows(*filing, {.dates = form4::SecDateStyle::kSec});
    form4::Result<form4::Filing> back = form4::FromSecRows(once, "fuzz");
    if (!back.ok()) std::abort();
    const form4::SecRows twice = form4::ToSecRows(*back, {.dates = form4::SecDateStyle::kSec});
    for (const form4::SecTableSpec& spec : form4::SecTables()) {
      if (once[spec.table] != twice[spec.table]) std::abort();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  CheckJson(input);
  CheckTsv(input);
  return 0;
}

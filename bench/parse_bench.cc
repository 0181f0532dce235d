// Parse throughput in memory (no disk): each reader over a folder of filings,
// Parse throughput in memory (no disk): each reader over a folder of filings,
// parse alone (which includes EnrichAndCheck), parse + canonical JSON,
// Enrich + Check alone on filings parsed beforehand (their share of parse), and
// the writers (EDGAR XML, transactions CSV) alone over filings parsed beforehand.
// Reports documents/s and bytes/s.
//   cmake -S . -B build-bench -DFORM4_BUILD_BENCHMARKS=ON && cmake --build build-bench
//   build-bench/bench/parse_bench [DIR]      (DIR: folder of filings; default: tests/golden)
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "form4/check.h"
#include "form4/edgar_xml.h"
#include "form4/json.h"
#include "form4/parse.h"
#include "form4/transactions_csv.h"

namespace {

using Documents = std::vector<std::string>;

Documents LoadDocuments(const std::filesystem::path& dir, form4::Format format) {
  Documents documents;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() == ".json") continue;
    std::ifstream file(entry.path(), std::ios::binary);
    std::ostringstream content;
    content << file.rdbuf();
    if (form4::DetectFormat(content.str()) == format) documents.push_back(content.str());
  }
  return documents;
}

void Run(benchmark::State& state, const Documents& documents, bool with_json) {
  size_t bytes = 0, count = 0;
  for (auto _ : state) {
    for (const std::string& document : documents) {
      form4::Result<form4::Filing> filing = form4::ParseFiling(document, "bench");
      if (with_json && filing.ok()) benchmark::DoNotOptimize(form4::ToJson(*filing));
      benchmark::DoNotOptimize(filing);
      bytes += document.size();
      ++count;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(count), benchmark::Counter::kIsRate);
}

std::vector<form4::Filing> ParseAll(const Documents& documents) {
  std::vector<form4::Filing> filings;
  for (const std::string& document : documents) {
    form4::Result<form4::Filing> filing = form4::ParseFiling(document, "bench");
    if (filing.ok()) filings.push_back(std::move(*filing));
  }
  return filings;
}

// Enrich() and Check() alone, over filings parsed once before timing.
void RunEnrichAndCheck(benchmark::State& state, std::vector<form4::Filing> filings) {
  size_t count = 0;
  for (auto _ : state) {
    for (form4::Filing& filing : filings) {
      form4::Enrich(filing);
      benchmark::DoNotOptimize(form4::Check(filing));
      ++count;
    }
  }
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(count), benchmark::Counter::kIsRate);
}

// Time of `write` alone over filings already in memory; bytes are the output's.
template <typename Write>
void RunWriter(benchmark::State& state, const std::vector<form4::Filing>& filings, Write write) {
  size_t bytes = 0, count = 0;
  for (auto _ : state) {
    for (const form4::Filing& filing : filings) {
      std::string out = write(filing);
      bytes += out.size();
      ++count;
      benchmark::DoNotOptimize(out);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(count), benchmark::Counter::kIsRate);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  const std::filesystem::path dir = argc > 1 ? argv[1] : FORM4_GOLDEN_DIR;
  for (form4::Format format : {form4::Format::kXml, form4::Format::kSgml}) {
    Documents documents = LoadDocuments(dir, format);
    if (documents.empty()) continue;
    const std::string name(form4::FormatName(format));
    benchmark::RegisterBenchmark(("parse/" + name).c_str(), Run, documents, false);
    benchmark::RegisterBenchmark(("parse_to_json/" + name).c_str(), Run, documents, true);
    const std::vector<form4::Filing> filings = ParseAll(documents);
    benchmark::RegisterBenchmark(("enrich_and_check/" + name).c_str(), RunEnrichAndCheck, filings);
    benchmark::RegisterBenchmark(("write_edgar_xml/" + name).c_str(), [filings](benchmark::State& state) {
      RunWriter(state, filings, [](const form4::Filing& filing) { return form4::ToEdgarXml(filing); });
    });
    benchmark::RegisterBenchmark(("write_transactions_csv/" + name).c_str(), [filings](benchmark::State& state) {
      RunWriter(state, filings, [](const form4::Filing& filing) { return form4::ToTransactionsCsv(filing); });
    });
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

// ImportSecTsv: eight TSV files -> filings -> the store's usual Put.
#include "form4/sec_tsv_import.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "form4/check.h"
#include "form4/sec_tsv.h"

namespace form4 {
namespace {

constexpr size_t kFilingsPerCommit = 500;

Result<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return Status::IoError(fmt::format("{}: cannot open (a sec-tsv directory holds all eight tables)",
                                                path.string()));
  std::ostringstream content;
  content << file.rdbuf();
  if (file.bad()) return Status::IoError(fmt::format("{}: read error", path.string()));
  return content.str();
}

Result<SecRows> ReadTables(const std::filesystem::path& dir) {
  SecRows tables;
  for (const SecTableSpec& spec : SecTables()) {
    const std::filesystem::path path = dir / SecTsvFileName(spec);
    Result<std::string> text = ReadFile(path);
    if (!text.ok()) return text.status();
    FORM4_ASSIGN_OR_RETURN(tables[spec.table], ParseSecTsv(spec, *text, path.string()));
  }
  return tables;
}

// The content hash of one filing's rows: the same rows imported again are the same source.
std::string RowsHash(const SecRows& rows) {
  std::string text;
  for (const SecTableSpec& spec : SecTables()) {
    text += spec.name;
    text += '\n';
    AppendSecTsvRows(rows[spec.table], text);
  }
  return Sha256Hex(text);
}

}  // namespace

Result<ImportSummary> ImportSecTsv(const std::string& dir, Store& store) {
  const auto start = std::chrono::steady_clock::now();
  const std::filesystem::path submission = std::filesystem::path(dir) / "SUBMISSION.tsv";
  Result<SecRows> tables = ReadTables(dir);
  if (!tables.ok()) return tables.status();
  Result<std::vector<SecRows>> filings = GroupSecRowsByAccession(*tables);
  if (!filings.ok()) return Status::ParseError(fmt::format("{}: {}", dir, filings.status().ToString()));
  ImportSummary summary;
  for (const SecRows& rows : *filings) {
    const std::string path = fmt::format("{}:{}", submission.string(), rows[SecTable::kSubmission][0][0].value_or(""));
    Result<Filing> filing = FromSecRows(rows, path);
    if (!filing.ok()) return filing.status();
    EnrichAndCheck(*filing);
    Result<PutOutcome> outcome = store.Put(PrepareFiling(*filing, RowsHash(rows), path));
    if (!outcome.ok()) {
      FORM4_TRY(store.Commit());
      return Status::Internal(fmt::format("{}: {}", path, outcome.status().ToString()));
    }
    ++summary.filings;
    ++(*outcome == PutOutcome::kStored ? summary.stored : summary.duplicates);
    if (summary.filings % kFilingsPerCommit == 0) FORM4_TRY(store.Commit());
  }
  FORM4_TRY(store.Commit());
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace form4

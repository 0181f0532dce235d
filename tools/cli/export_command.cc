#include "export_command.h"

#include <chrono>
#include <filesystem>
#include <fstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "form4/edgar_xml.h"
#include "form4/json.h"
#include "form4/sec_tables.h"
#include "form4/sec_tsv.h"
#include "form4/transactions_csv.h"

namespace form4::cli {
namespace {

namespace fs = std::filesystem;

Status WriteFile(const fs::path& path, const std::string& content) {
  std::ofstream file(path, std::ios::binary);
  file << content;
  file.close();
  if (!file) return Status::IoError(fmt::format("{}: cannot write", path.string()));
  return Status::Ok();
}

Status MakeDirectory(const std::string& dir) {
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) return Status::IoError(fmt::format("{}: cannot create directory: {}", dir, error.message()));
  return Status::Ok();
}

ExportFilter FilterOf(const ExportArgs& args) {
  ExportFilter filter;
  const auto set = [](const std::string& value) { return value.empty() ? OptString() : OptString(value); };
  filter.issuer = set(args.issuer);
  filter.owner = set(args.owner);
  filter.since = set(args.since);
  filter.until = set(args.until);
  filter.current = args.current;
  return filter;
}

// sec-tsv: the eight tables collected in memory, then one file each. Filings
// without an accession number carry their surrogate key (export.h).
Result<size_t> ExportSecTsv(const ExportArgs& args) {
  FORM4_TRY(MakeDirectory(args.out));
  std::array<std::string, kSecTableCount> files;
  for (const SecTableSpec& spec : SecTables()) files[static_cast<size_t>(spec.table)] = SecTsvHeader(spec);
  size_t count = 0;
  FORM4_TRY(ForEachStoredFiling(args.store, FilterOf(args), [&](StoredFiling& stored) {
    stored.filing.source.accession_number = stored.key;
    const SecRows rows = ToSecRows(stored.filing, SecRowOptions{.dates = SecDateStyle::kSec});
    for (const SecTableSpec& spec : SecTables()) AppendSecTsvRows(rows[spec.table], files[static_cast<size_t>(spec.table)]);
    ++count;
    return Status::Ok();
  }));
  for (const SecTableSpec& spec : SecTables()) {
    FORM4_TRY(WriteFile(fs::path(args.out) / SecTsvFileName(spec), files[static_cast<size_t>(spec.table)]));
  }
  return count;
}

Result<size_t> ExportXml(const ExportArgs& args) {
  FORM4_TRY(MakeDirectory(args.out));
  size_t count = 0;
  FORM4_TRY(ForEachStoredFiling(args.store, FilterOf(args), [&](StoredFiling& stored) {
    ++count;
    return WriteFile(fs::path(args.out) / fmt::format("{}.xml", stored.key), ToEdgarXml(stored.filing));
  }));
  return count;
}

// jsonl and csv: one stream, a file or stdout.
Result<size_t> ExportStream(const ExportArgs& args, std::ostream& out) {
  const bool csv = args.format == "csv";
  if (csv) out << TransactionsCsvHeader();
  size_t count = 0;
  FORM4_TRY(ForEachStoredFiling(args.store, FilterOf(args), [&](StoredFiling& stored) {
    if (csv) {
      out << ToTransactionsCsv(stored.filing, TransactionsCsvOptions{.header = false});
    } else {
      out << ToJson(stored.filing) << '\n';
    }
    ++count;
    return out ? Status::Ok() : Status::IoError("cannot write the export");
  }));
  return count;
}

Result<size_t> Export(const ExportArgs& args, CliIo io) {
  if (args.format == "sec-tsv") return ExportSecTsv(args);
  if (args.format == "xml") return ExportXml(args);
  if (args.out.empty()) return ExportStream(args, io.out);
  std::ofstream file(args.out, std::ios::binary);
  if (!file) return Status::IoError(fmt::format("{}: cannot write", args.out));
  Result<size_t> count = ExportStream(args, file);
  file.close();
  if (count.ok() && !file) return Status::IoError(fmt::format("{}: cannot write", args.out));
  return count;
}

// A date option must be a real YYYY-MM-DD date.
std::string CheckDate(const std::string& text) {
  return ToSecDate(text) ? std::string() : "expected a date as YYYY-MM-DD, got " + text;
}

}  // namespace

CLI::App* AddExportCommand(CLI::App& app, ExportArgs& args) {
  CLI::App* command = app.add_subcommand(
      "export", "Write stored filings as SEC data-set TSV, JSON Lines, transactions CSV or EDGAR XML");
  command->add_option("--format", args.format, "sec-tsv, jsonl, csv or xml")
      ->required()
      ->check(CLI::IsMember({"sec-tsv", "jsonl", "csv", "xml"}));
  command->add_option("--out", args.out,
                      "Directory (sec-tsv: one <TABLE>.tsv per table; xml: one <accession>.xml per filing), "
                      "or file (jsonl, csv; default: stdout)");
  auto* db = command->add_option("--db", args.store.sqlite_path, "SQLite database file (default: form4.db)");
  command->add_option("--pg", args.store.postgres_url, "PostgreSQL connection URL")->excludes(db);
  command->add_option("--issuer", args.issuer, "Only this issuer: CIK or trading symbol");
  command->add_option("--owner", args.owner, "Only filings with this reporting owner CIK");
  command->add_option("--since", args.since, "Only filings filed on or after this date (YYYY-MM-DD)")
      ->check(CLI::Validator(CheckDate, "DATE"));
  command->add_option("--until", args.until, "Only filings filed on or before this date (YYYY-MM-DD)")
      ->check(CLI::Validator(CheckDate, "DATE"));
  command->add_flag("--current", args.current, "Apply amendments: drop the tables a later amendment restated");
  return command;
}

int RunExport(const ExportArgs& args, CliIo io) {
  if ((args.format == "sec-tsv" || args.format == "xml") && args.out.empty()) {
    io.err << "form4: export --format " << args.format << " needs --out DIR\n";
    return kExitUsage;
  }
  const auto start = std::chrono::steady_clock::now();
  Result<size_t> count = Export(args, io);
  if (!count.ok()) {
    io.err << "form4: export: " << count.status().ToString() << '\n';
    return kExitFailed;
  }
  io.out.flush();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  io.err << fmt::format("{} filings exported in {:.2f} s ({:.0f} filings/s)\n", *count, seconds,
                        seconds > 0 ? static_cast<double>(*count) / seconds : 0.0);
  return kExitOk;
}

}  // namespace form4::cli

#include "import_command.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "form4/sec_tsv_import.h"
#include "form4/store.h"

namespace form4::cli {

CLI::App* AddImportCommand(CLI::App& app, ImportArgs& args) {
  CLI::App* command =
      app.add_subcommand("import", "Store a quarter of the SEC's Insider Transactions Data Sets (eight TSV files)");
  command->add_option("--format", args.format, "sec-tsv")->required()->check(CLI::IsMember({"sec-tsv"}));
  command->add_option("dir", args.dir, "Directory holding SUBMISSION.tsv ... OWNER_SIGNATURE.tsv")->required();
  auto* db = command->add_option("--db", args.store.sqlite_path, "SQLite database file (default: form4.db)");
  command->add_option("--pg", args.store.postgres_url, "PostgreSQL connection URL")->excludes(db);
  return command;
}

int RunImport(const ImportArgs& args, CliIo io) {
  Result<std::unique_ptr<Store>> store = args.store.postgres_url.empty() ? OpenSqliteStore(args.store.sqlite_path)
                                                                          : OpenPostgresStore(args.store.postgres_url);
  if (!store.ok()) {
    io.err << "form4: " << store.status().ToString() << '\n';
    return kExitFailed;
  }
  Result<ImportSummary> summary = ImportSecTsv(args.dir, **store);
  if (!summary.ok()) {
    io.err << "form4: import: " << summary.status().ToString() << '\n';
    return kExitFailed;
  }
  io.out << fmt::format("{} filings: {} imported, {} duplicates in {:.2f} s\n", summary->filings, summary->stored,
                        summary->duplicates, summary->seconds);
  return kExitOk;
}

}  // namespace form4::cli

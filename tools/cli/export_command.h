// `form4 export`: stored filings out as the SEC's data-set tables (TSV), JSON
// Lines, a CSV of transactions or EDGAR ownership XML (form4/export.h).
#ifndef FORM4_TOOLS_CLI_EXPORT_COMMAND_H_
#define FORM4_TOOLS_CLI_EXPORT_COMMAND_H_

#include <string>

#include "cli.h"
#include "form4/export.h"

namespace CLI {
class App;
}  // namespace CLI

namespace form4::cli {

struct ExportArgs {
  std::string format;   // "sec-tsv" | "jsonl" | "csv" | "xml"
  std::string out;      // sec-tsv, xml: a directory (required); jsonl, csv: a file, empty for stdout
  StoreLocation store;
  std::string issuer, owner, since, until;
  bool current = false;
};

/// Adds the `export` subcommand to `app`, filling `args`; returns it.
CLI::App* AddExportCommand(CLI::App& app, ExportArgs& args);

/// Writes the chosen filings; the count and speed go to stderr. Exit 0, or 1
/// when the store cannot be read or an output cannot be written.
int RunExport(const ExportArgs& args, CliIo io);

}  // namespace form4::cli

#endif  // FORM4_TOOLS_CLI_EXPORT_COMMAND_H_

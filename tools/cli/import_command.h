// `form4 import --format sec-tsv DIR`: the SEC's data-set tables into a store
// (form4/sec_tsv_import.h).
#ifndef FORM4_TOOLS_CLI_IMPORT_COMMAND_H_
#define FORM4_TOOLS_CLI_IMPORT_COMMAND_H_

#include <string>

#include "cli.h"
#include "form4/export.h"

namespace CLI {
class App;
}  // namespace CLI

namespace form4::cli {

struct ImportArgs {
  std::string format;  // "sec-tsv"
  std::string dir;
  StoreLocation store;
};

/// Adds the `import` subcommand to `app`, filling `args`; returns it.
CLI::App* AddImportCommand(CLI::App& app, ImportArgs& args);

/// Imports DIR; the summary goes to stdout. Exit 0, or 1 when the files or
/// the store fail.
int RunImport(const ImportArgs& args, CliIo io);

}  // namespace form4::cli

#endif  // FORM4_TOOLS_CLI_IMPORT_COMMAND_H_

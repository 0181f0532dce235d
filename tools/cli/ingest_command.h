// `form4 ingest`: the command-line face of form4::Ingest (ingest.h).
#ifndef FORM4_TOOLS_CLI_INGEST_COMMAND_H_
#define FORM4_TOOLS_CLI_INGEST_COMMAND_H_

#include <string>
#include <vector>

#include "cli.h"

namespace CLI {
class App;
}  // namespace CLI

namespace form4::cli {

struct IngestArgs {
  std::vector<std::string> inputs;
  std::string sqlite_path = "form4.db";
  std::string postgres_url;  // when set, replaces the SQLite store
  std::string rejects_path;
  unsigned jobs = 0;
};

/// Adds the `ingest` subcommand to `app`, filling `args`; returns it.
CLI::App* AddIngestCommand(CLI::App& app, IngestArgs& args);

/// Runs the ingest: progress on stderr when it is a terminal, the summary on
/// stdout, each failure on stderr. Exit code: 0 all read, 1 some failed (or the
/// store did), as for every command.
int RunIngest(const IngestArgs& args, CliIo io);

}  // namespace form4::cli

#endif  // FORM4_TOOLS_CLI_INGEST_COMMAND_H_

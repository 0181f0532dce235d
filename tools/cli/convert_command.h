// `form4 convert`: reads filings in any input format and writes them as EDGAR
// ownership XML, a CSV of their transactions, or canonical JSON.
#ifndef FORM4_TOOLS_CLI_CONVERT_COMMAND_H_
#define FORM4_TOOLS_CLI_CONVERT_COMMAND_H_

#include <string>
#include <vector>

#include "cli.h"

namespace CLI {
class App;
}  // namespace CLI

namespace form4::cli {

struct ConvertCommand {
  std::vector<std::string> inputs;
  std::string to;       // "xml" | "csv" | "json"
  std::string out_dir;  // empty: stdout
  bool pretty = false;  // JSON only
};

/// Declares the `convert` subcommand on `app`, its options bound to `command`.
CLI::App* AddConvertCommand(CLI::App& app, ConvertCommand& command);

/// Converts every input in order. Without --out, XML goes to stdout only for a
/// single input (XML documents cannot be concatenated), CSV as one header and
/// the rows of every input, JSON as JSON Lines. An input that cannot be read
/// is named on stderr and the others are still converted.
int RunConvert(const ConvertCommand& command, CliIo io);

}  // namespace form4::cli

#endif  // FORM4_TOOLS_CLI_CONVERT_COMMAND_H_

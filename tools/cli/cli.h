// The form4 command line, callable from tests: RunCli(args, io) is main()
// without the process (no exit(), no global streams).
#ifndef FORM4_TOOLS_CLI_CLI_H_
#define FORM4_TOOLS_CLI_CLI_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace form4::cli {

struct CliIo {
  std::ostream& out;
  std::ostream& err;
};

/// Exit codes of every command.
enum ExitCode : int {
  kExitOk = 0,       // every input was read
  kExitFailed = 1,   // at least one input could not be read (the others were)
  kExitUsage = 2,    // the command line itself was wrong
};

/// Exit codes of `form4 check`, which reads findings rather than failures
/// (like grep: 1 is an answer, 2 is trouble).
enum CheckExitCode : int {
  kCheckClean = 0,       // no input has an error-severity finding
  kCheckErrors = 1,      // at least one input has an error-severity finding
  kCheckUnreadable = 2,  // at least one input could not be read at all (or the command line was wrong)
};

/// Runs `form4 args...` (args[0] is the program name) and returns the exit code.
int RunCli(const std::vector<std::string>& args, CliIo io);

}  // namespace form4::cli

#endif  // FORM4_TOOLS_CLI_CLI_H_

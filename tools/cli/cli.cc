#include "cli.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <system_error>
#include <thread>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "convert_command.h"
#include "export_command.h"
#include "form4/json.h"
#include "form4/parse.h"
#include "import_command.h"
#include "ingest_command.h"

namespace form4::cli {
namespace {

constexpr const char* kVersion = "0.1.0";

struct ParseCommand {
  std::vector<std::string> inputs;
  std::string out_dir;
  bool pretty = false;
  unsigned jobs = 0;  // 0: one per core
};

struct CheckCommand {
  std::vector<std::string> inputs;
  std::string format = "table";  // "table" | "json"
};

struct DetectCommand {
  std::vector<std::string> inputs;
};

// "dir/0001.xml" -> "0001.json"; "-" -> "stdin.json".
std::string OutputName(const std::string& input) {
  if (input == "-") return "stdin.json";
  return std::filesystem::path(input).stem().string() + ".json";
}

// Reads and parses one input; the error names the input.
Result<Filing> LoadFiling(const std::string& input) {
  Result<std::string> content = ReadInput(input);
  if (!content.ok()) return content.status();
  return ParseFiling(*content, input == "-" ? "<stdin>" : input);
}

// What parsing one input produced: its JSON, or the message for stderr.
struct ParseOutcome {
  bool ok = false;
  std::string text;
};

ParseOutcome ParseToJson(const std::string& input, const JsonOptions& options) {
  Result<Filing> filing = LoadFiling(input);
  if (!filing.ok()) return {false, filing.status().ToString()};
  return {true, ToJson(*filing, options)};
}

// Parses inputs [begin, end) on `jobs` threads; outcome i belongs to input begin + i.
// Parsing is independent per input (readers are stateless), so only the output
// order needs care, and the caller writes outcomes in input order.
std::vector<ParseOutcome> ParseBatch(const std::vector<std::string>& inputs, size_t begin, size_t end,
                                     unsigned jobs, const JsonOptions& options) {
  std::vector<ParseOutcome> outcomes(end - begin);
  std::atomic<size_t> next{begin};
  const auto work = [&] {
    for (size_t i = next++; i < end; i = next++) outcomes[i - begin] = ParseToJson(inputs[i], options);
  };
  std::vector<std::thread> workers;
  for (unsigned worker = 1; worker < jobs; ++worker) workers.emplace_back(work);
  work();
  for (std::thread& worker : workers) worker.join();
  return outcomes;
}

unsigned JobCount(unsigned requested, size_t inputs) {
  unsigned jobs = requested > 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::min<size_t>(jobs, std::max<size_t>(inputs, 1)));
}

bool WriteFile(const std::filesystem::path& path, const std::string& text, CliIo io) {
  std::ofstream file(path, std::ios::binary);
  file << text << '\n';
  file.close();
  if (!file) {
    io.err << "form4: " << path.string() << ": cannot write\n";
    return false;
  }
  return true;
}

int RunParse(const ParseCommand& command, CliIo io) {
  if (!command.out_dir.empty()) {
    std::error_code error;
    std::filesystem::create_directories(command.out_dir, error);
    if (error) {
      io.err << "form4: " << command.out_dir << ": cannot create directory: " << error.message() << '\n';
      return kExitFailed;
    }
  }
  const JsonOptions options{command.pretty};
  const unsigned jobs = JobCount(command.jobs, command.inputs.size());
  const size_t batch_size = size_t{jobs} * 32;  // bounds memory held for ordered output
  int exit_code = kExitOk;
  for (size_t begin = 0; begin < command.inputs.size(); begin += batch_size) {
    const size_t end = std::min(command.inputs.size(), begin + batch_size);
    std::vector<ParseOutcome> outcomes = ParseBatch(command.inputs, begin, end, jobs, options);
    for (size_t i = begin; i < end; ++i) {
      const ParseOutcome& outcome = outcomes[i - begin];
      if (!outcome.ok) {
        io.err << "form4: " << outcome.text << '\n';
        exit_code = kExitFailed;
      } else if (command.out_dir.empty()) {
        io.out << outcome.text << '\n';
      } else if (!WriteFile(std::filesystem::path(command.out_dir) / OutputName(command.inputs[i]),
                            outcome.text, io)) {
        exit_code = kExitFailed;
      }
    }
  }
  io.out.flush();
  return exit_code;
}

bool HasError(const std::vector<Warning>& findings) {
  return std::any_of(findings.begin(), findings.end(), [](const Warning& w) { return w.severity == "error"; });
}

// One input's findings as an aligned table under a "file: N findings" line.
void PrintFindingsTable(const std::string& input, const std::vector<Warning>& findings, std::ostream& out) {
  const size_t errors = std::count_if(findings.begin(), findings.end(), [](const Warning& w) { return w.severity == "error"; });
  if (findings.empty()) {
    out << input << ": no findings\n";
    return;
  }
  out << input << ": " << findings.size() << (findings.size() == 1 ? " finding" : " findings");
  if (errors > 0) out << " (" << errors << (errors == 1 ? " error)" : " errors)");
  out << '\n';
  size_t rule_width = 0;
  size_t path_width = 0;
  for (const Warning& finding : findings) {
    rule_width = std::max(rule_width, finding.rule.size());
    path_width = std::max(path_width, finding.path.size());
  }
  for (const Warning& finding : findings) {
    out << fmt::format("  {:<7}  {:<{}}  {:<{}}  {}\n", finding.severity, finding.rule, rule_width,
                       finding.path.empty() ? "-" : finding.path, std::max<size_t>(path_width, 1), finding.message);
  }
}

int RunCheck(const CheckCommand& command, CliIo io) {
  bool any_error = false;
  bool any_unreadable = false;
  for (const std::string& input : command.inputs) {
    Result<Filing> filing = LoadFiling(input);
    if (!filing.ok()) {
      io.err << "form4: " << filing.status().ToString() << '\n';
      any_unreadable = true;
      continue;
    }
    // ParseFiling already ran the checks: the filing's warnings are every finding.
    const std::vector<Warning>& findings = filing->warnings;
    any_error = any_error || HasError(findings);
    if (command.format == "json") {
      io.out << FindingsToJson(input, findings) << '\n';
    } else {
      PrintFindingsTable(input, findings, io.out);
    }
  }
  io.out.flush();
  if (any_unreadable) return kCheckUnreadable;
  return any_error ? kCheckErrors : kCheckClean;
}

int RunDetect(const DetectCommand& command, CliIo io) {
  int exit_code = kExitOk;
  for (const std::string& input : command.inputs) {
    Result<std::string> content = ReadInput(input);
    if (!content.ok()) {
      io.err << "form4: " << content.status().message() << '\n';
      exit_code = kExitFailed;
      continue;
    }
    const Format format = DetectFormat(*content);
    if (format == Format::kUnknown) exit_code = kExitFailed;
    io.out << input << '\t' << FormatName(format) << '\n';
  }
  return exit_code;
}

}  // namespace

int RunCli(const std::vector<std::string>& args, CliIo io) {
  CLI::App app{"form4: read SEC insider-ownership filings (Forms 3, 4, 5) into one canonical model"};
  app.set_version_flag("--version", kVersion);
  app.require_subcommand(1);

  ParseCommand parse;
  CLI::App* parse_app = app.add_subcommand(
      "parse", "Print each filing as canonical JSON (one line per input, in input order)");
  parse_app->add_option("inputs", parse.inputs, "Filings to read (- reads standard input)")->required();
  parse_app->add_option("--out", parse.out_dir, "Write DIR/<name>.json per input instead of stdout");
  parse_app->add_flag("--pretty", parse.pretty, "Indent the JSON");
  parse_app->add_option("-j,--jobs", parse.jobs, "Parse on N threads (default: one per core)");

  CheckCommand check;
  CLI::App* check_app = app.add_subcommand(
      "check", "Print the findings of each filing (exit 0: no error, 1: an error finding, 2: an unreadable input)");
  check_app->add_option("inputs", check.inputs, "Filings to check (- reads standard input)")->required();
  check_app->add_option("--format", check.format, "table (default) or json (one line per input)")
      ->check(CLI::IsMember({"table", "json"}));

  DetectCommand detect;
  CLI::App* detect_app = app.add_subcommand("detect", "Print the detected format of each input");
  detect_app->add_option("inputs", detect.inputs, "Files to inspect (- reads standard input)")->required();

  ConvertCommand convert;
  CLI::App* convert_app = AddConvertCommand(app, convert);
  IngestArgs ingest;
  CLI::App* ingest_app = AddIngestCommand(app, ingest);
  ExportArgs export_args;
  CLI::App* export_app = AddExportCommand(app, export_args);
  ImportArgs import_args;
  CLI::App* import_app = AddImportCommand(app, import_args);

  std::vector<std::string> reversed(args.rbegin(), args.rend() - (args.empty() ? 0 : 1));
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) {  // --help or --version
      app.exit(error, io.out, io.err);
      return kExitOk;
    }
    io.err << "form4: " << error.what() << "\nRun 'form4 --help' for usage.\n";
    return kExitUsage;
  }
  if (parse_app->parsed()) return RunParse(parse, io);
  if (detect_app->parsed()) return RunDetect(detect, io);
  if (check_app->parsed()) return RunCheck(check, io);
  if (convert_app->parsed()) return RunConvert(convert, io);
  if (ingest_app->parsed()) return RunIngest(ingest, io);
  if (export_app->parsed()) return RunExport(export_args, io);
  if (import_app->parsed()) return RunImport(import_args, io);
  return kExitUsage;
}

}  // namespace form4::cli

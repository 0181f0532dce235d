#include "cli.h"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <system_error>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "form4/json.h"
#include "form4/parse.h"

namespace form4::cli {
namespace {

constexpr const char* kVersion = "0.1.0";

struct ParseCommand {
  std::vector<std::string> inputs;
  std::string out_dir;
  bool pretty = false;
};

struct DetectCommand {
  std::vector<std::string> inputs;
};

// "dir/0001.xml" -> "0001.json"; "-" -> "stdin.json".
std::string OutputName(const std::string& input) {
  if (input == "-") return "stdin.json";
  return std::filesystem::path(input).stem().string() + ".json";
}

// Reads and parses one input; reports failure on `io.err`.
Result<Filing> LoadFiling(const std::string& input, CliIo io) {
  Result<std::string> content = ReadInput(input);
  if (!content.ok()) {
    io.err << "form4: " << content.status().message() << '\n';
    return content.status();
  }
  Result<Filing> filing = ParseFiling(*content, input == "-" ? "<stdin>" : input);
  if (!filing.ok()) io.err << "form4: " << filing.status().ToString() << '\n';
  return filing;
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
  int exit_code = kExitOk;
  for (const std::string& input : command.inputs) {
    Result<Filing> filing = LoadFiling(input, io);
    if (!filing.ok()) {
      exit_code = kExitFailed;
      continue;
    }
    const std::string json = ToJson(*filing, options);
    if (command.out_dir.empty()) {
      io.out << json << '\n';
    } else if (!WriteFile(std::filesystem::path(command.out_dir) / OutputName(input), json, io)) {
      exit_code = kExitFailed;
    }
  }
  io.out.flush();
  return exit_code;
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

  DetectCommand detect;
  CLI::App* detect_app = app.add_subcommand("detect", "Print the detected format of each input");
  detect_app->add_option("inputs", detect.inputs, "Files to inspect (- reads standard input)")->required();

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
  return kExitUsage;
}

}  // namespace form4::cli

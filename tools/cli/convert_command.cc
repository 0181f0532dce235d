#include "convert_command.h"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <system_error>

#include <CLI/CLI.hpp>

#include "form4/edgar_xml.h"
#include "form4/json.h"
#include "form4/parse.h"
#include "form4/transactions_csv.h"

namespace form4::cli {
namespace {

namespace fs = std::filesystem;

// The output's file extension per --to value, which is also its name.
std::string Extension(const std::string& to) { return "." + to; }

// "dir/0001.txt" -> "0001.xml"; "-" -> "stdin.xml".
fs::path OutputName(const std::string& input, const std::string& to) {
  const std::string stem = input == "-" ? "stdin" : fs::path(input).stem().string();
  return stem + Extension(to);
}

// The document for one filing in the requested format; CSV with its header.
std::string Render(const Filing& filing, const ConvertCommand& command, bool csv_header) {
  if (command.to == "xml") return ToEdgarXml(filing);
  if (command.to == "csv") return ToTransactionsCsv(filing, TransactionsCsvOptions{.header = csv_header});
  return ToJson(filing, JsonOptions{.pretty = command.pretty}) + "\n";
}

Result<Filing> LoadFiling(const std::string& input) {
  Result<std::string> content = ReadInput(input);
  if (!content.ok()) return content.status();
  return ParseFiling(*content, input == "-" ? "<stdin>" : input);
}

// Writes `text` to `path`, refusing to replace the input it was made from.
bool WriteOutput(const fs::path& path, const std::string& input, const std::string& text, CliIo io) {
  std::error_code error;
  if (input != "-" && fs::equivalent(path, input, error)) {
    io.err << "form4: " << path.string() << ": would overwrite its own input; choose another --out\n";
    return false;
  }
  std::ofstream file(path, std::ios::binary);
  file << text;
  file.close();
  if (!file) {
    io.err << "form4: " << path.string() << ": cannot write\n";
    return false;
  }
  return true;
}

}  // namespace

CLI::App* AddConvertCommand(CLI::App& app, ConvertCommand& command) {
  CLI::App* convert = app.add_subcommand(
      "convert", "Write each filing as EDGAR ownership XML, a CSV of its transactions, or canonical JSON");
  convert->add_option("inputs", command.inputs, "Filings to read, any format (- reads standard input)")->required();
  convert->add_option("--to", command.to, "Output format: xml, csv or json")
      ->required()
      ->check(CLI::IsMember({"xml", "csv", "json"}));
  convert->add_option("--out", command.out_dir, "Write DIR/<name>.<xml|csv|json> per input instead of stdout");
  convert->add_flag("--pretty", command.pretty, "Indent the JSON");
  return convert;
}

int RunConvert(const ConvertCommand& command, CliIo io) {
  const bool to_stdout = command.out_dir.empty();
  if (to_stdout && command.to == "xml" && command.inputs.size() > 1) {
    io.err << "form4: --to xml writes one document per input; give --out DIR for several inputs\n";
    return kExitUsage;
  }
  if (!to_stdout) {
    std::error_code error;
    fs::create_directories(command.out_dir, error);
    if (error) {
      io.err << "form4: " << command.out_dir << ": cannot create directory: " << error.message() << '\n';
      return kExitFailed;
    }
  }
  if (to_stdout && command.to == "csv") io.out << TransactionsCsvHeader();
  int exit_code = kExitOk;
  for (const std::string& input : command.inputs) {
    Result<Filing> filing = LoadFiling(input);
    if (!filing.ok()) {
      io.err << "form4: " << filing.status().ToString() << '\n';
      exit_code = kExitFailed;
    } else if (to_stdout) {
      io.out << Render(*filing, command, /*csv_header=*/false);
    } else if (!WriteOutput(fs::path(command.out_dir) / OutputName(input, command.to), input,
                            Render(*filing, command, /*csv_header=*/true), io)) {
      exit_code = kExitFailed;
    }
  }
  io.out.flush();
  return exit_code;
}

}  // namespace form4::cli

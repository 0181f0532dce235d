#include "ingest_command.h"

#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "form4/ingest.h"
#include "form4/store.h"

namespace form4::cli {
namespace {

// At most this many failures are listed on stderr; --rejects lists them all.
constexpr size_t kFailuresShown = 20;

// "-" among the inputs stands for the paths listed on standard input, one a line.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs) {
  std::vector<std::string> paths;
  for (const std::string& input : inputs) {
    if (input != "-") {
      paths.push_back(input);
      continue;
    }
    for (std::string line; std::getline(std::cin, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) paths.push_back(line);
    }
  }
  return paths;
}

std::string Duration(double seconds) {
  const auto whole = static_cast<long>(seconds + 0.5);
  return fmt::format("{}:{:02}:{:02}", whole / 3600, whole / 60 % 60, whole % 60);
}

/// Redraws one status line on a terminal, at most ten times a second.
class ProgressBar {
 public:
  explicit ProgressBar(std::ostream& out) : out_(out), start_(Clock::now()) {}

  void Update(const IngestProgress& progress, bool force = false) {
    const auto now = Clock::now();
    if (!force && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    const double fraction = progress.bytes_total == 0
                                ? 0.0
                                : static_cast<double>(progress.bytes_read) / static_cast<double>(progress.bytes_total);
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(fraction * kWidth);
    const double rate = elapsed > 0 ? static_cast<double>(progress.stored + progress.duplicates) / elapsed : 0.0;
    const std::string eta = fraction > 0.01 ? Duration(elapsed / fraction - elapsed) : "--:--";
    out_ << fmt::format("\r[{:<{}}] {:3.0f}%  {} files  {:.0f} filings/s  {} failed  ETA {}  ",
                        std::string(static_cast<size_t>(filled), '#'), kWidth, fraction * 100, progress.documents,
                        rate, progress.failed, eta)
         << std::flush;
  }

  void Finish() { out_ << "\r\033[K" << std::flush; }

 private:
  using Clock = std::chrono::steady_clock;
  std::ostream& out_;
  const Clock::time_point start_;
  Clock::time_point last_draw_{};
};

Result<std::unique_ptr<Store>> OpenStore(const IngestArgs& args) {
  if (!args.postgres_url.empty()) return OpenPostgresStore(args.postgres_url);
  return OpenSqliteStore(args.sqlite_path);
}

bool WriteRejects(const std::string& path, const std::vector<IngestFailure>& failures, CliIo io) {
  std::ofstream file(path, std::ios::binary);
  for (const IngestFailure& failure : failures) file << failure.input << '\t' << failure.reason << '\n';
  file.close();
  if (!file) {
    io.err << "form4: " << path << ": cannot write rejects\n";
    return false;
  }
  return true;
}

void PrintSummary(const IngestSummary& summary, CliIo io) {
  const IngestProgress& counts = summary.counts;
  const double rate =
      summary.seconds > 0 ? static_cast<double>(counts.stored + counts.duplicates) / summary.seconds : 0.0;
  io.out << fmt::format("{} documents: {} ingested, {} duplicates", counts.documents, counts.stored,
                        counts.duplicates);
  if (counts.completed > 0) io.out << fmt::format(" ({} supplied an accession number)", counts.completed);
  if (counts.other_forms > 0) io.out << fmt::format(", {} other forms skipped", counts.other_forms);
  io.out << fmt::format(", {} failed in {:.2f} s ({:.0f} filings/s)\n", counts.failed, summary.seconds, rate);
  for (size_t i = 0; i < summary.failures.size() && i < kFailuresShown; ++i) {
    const IngestFailure& failure = summary.failures[i];
    // Parse errors already name the input; store errors do not.
    if (failure.reason.starts_with(failure.input)) {
      io.err << "form4: " << failure.reason << '\n';
    } else {
      io.err << "form4: " << failure.input << ": " << failure.reason << '\n';
    }
  }
  if (summary.failures.size() > kFailuresShown) {
    io.err << fmt::format("form4: ... and {} more failures (--rejects FILE lists them all)\n",
                          summary.failures.size() - kFailuresShown);
  }
}

}  // namespace

CLI::App* AddIngestCommand(CLI::App& app, IngestArgs& args) {
  CLI::App* command = app.add_subcommand(
      "ingest", "Store filings (files, directories, tar/tar.gz/zip archives) in SQLite or PostgreSQL");
  command->add_option("inputs", args.inputs, "Files, directories or archives (- reads a list of paths from stdin)")
      ->required();
  auto* db = command->add_option("--db", args.sqlite_path, "SQLite database file (default: form4.db)");
  command->add_option("--pg", args.postgres_url, "PostgreSQL connection URL, e.g. postgresql://user@host/db")
      ->excludes(db);
  command->add_option("--rejects", args.rejects_path, "Write each input that failed, tab-separated with the reason");
  command->add_option("-j,--jobs", args.jobs, "Parse on N threads (default: one per core)");
  return command;
}

int RunIngest(const IngestArgs& args, CliIo io) {
  Result<std::unique_ptr<Store>> store = OpenStore(args);
  if (!store.ok()) {
    io.err << "form4: " << store.status().ToString() << '\n';
    return kExitFailed;
  }
  // The bar is for a person watching: only on a terminal, never into a pipe or log.
  const bool show_progress = &io.err == &std::cerr && isatty(STDERR_FILENO) == 1;
  ProgressBar bar(io.err);
  const auto on_progress = [&](const IngestProgress& progress) {
    if (show_progress) bar.Update(progress);
  };
  Result<IngestSummary> summary = Ingest(ExpandInputs(args.inputs), **store, IngestOptions{args.jobs}, on_progress);
  if (show_progress) bar.Finish();
  if (!summary.ok()) {
    io.err << "form4: ingest stopped: " << summary.status().ToString() << '\n';
    return kExitFailed;
  }
  PrintSummary(*summary, io);
  bool ok = summary->failures.empty();
  if (!args.rejects_path.empty()) ok = WriteRejects(args.rejects_path, summary->failures, io) && ok;
  io.out.flush();
  return ok ? kExitOk : kExitFailed;
}

}  // namespace form4::cli

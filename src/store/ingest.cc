// Ingest: one reader thread walks the inputs, N parser threads parse, hash and
// map each document, and the calling thread is the single writer. Bounded
// queues between them keep memory flat whatever the size of the input.
#include "form4/ingest.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <variant>

#include "form4/parse.h"
#include "store/input_documents.h"

namespace form4 {
namespace {

using internal::InputDocument;

/// A fixed-capacity multi-producer multi-consumer queue. Push blocks while the
/// queue is full and fails once it is closed; Pop blocks while it is empty and
/// open, and returns nullopt once it is closed and drained.
template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(size_t capacity) : capacity_(capacity) {}

  bool Push(T item) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [this] { return closed_ || items_.size() < capacity_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }

  std::optional<T> Pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [this] { return closed_ || !items_.empty(); });
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }

  void Close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    not_full_.notify_all();
    not_empty_.notify_all();
  }

 private:
  const size_t capacity_;
  std::mutex mutex_;
  std::condition_variable not_full_;
  std::condition_variable not_empty_;
  std::deque<T> items_;
  bool closed_ = false;
};

/// The input was stored before (its content hash is known): skipped unparsed.
struct AlreadyStored {};

/// A full submission of some other form (10-K, 8-K, ...): EDGAR's feeds mix every
/// form in one archive, so these are expected and not failures.
struct OtherForm {};

struct Parsed {
  std::string name;
  std::variant<PreparedFiling, Status, AlreadyStored, OtherForm> result;
};

bool IsOtherFormSubmission(std::string_view bytes) {
  return DetectFormat(bytes) == Format::kSgml && bytes.find("<ownershipDocument") == std::string_view::npos;
}

Parsed ParseDocument(InputDocument document, const std::unordered_set<std::string>& known_hashes) {
  if (!document.content.ok()) return {std::move(document.name), document.content.status()};
  const std::string& bytes = *document.content;
  std::string content_hash = Sha256Hex(bytes);
  if (known_hashes.contains(content_hash)) return {std::move(document.name), AlreadyStored{}};
  Result<Filing> filing = ParseFiling(bytes, document.name);
  if (!filing.ok()) {
    if (IsOtherFormSubmission(bytes)) return {std::move(document.name), OtherForm{}};
    return {std::move(document.name), filing.status()};
  }
  PreparedFiling prepared = PrepareFiling(*filing, std::move(content_hash), document.name);
  return {std::move(document.name), std::move(prepared)};
}

unsigned ParserCount(unsigned requested) {
  return requested > 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
}

class Pipeline {
 public:
  Pipeline(const std::vector<std::string>& inputs, Store& store, const IngestOptions& options)
      : files_(internal::ListInputFiles(inputs)),
        store_(store),
        options_(options),
        parsers_(ParserCount(options.jobs)),
        documents_(size_t{parsers_} * 8),
        parsed_(size_t{parsers_} * 8) {}

  Result<IngestSummary> Run(const std::function<void(const IngestProgress&)>& on_progress) {
    Result<std::vector<std::string>> hashes = store_.ContentHashes();
    if (!hashes.ok()) return hashes.status();
    known_hashes_.insert(hashes->begin(), hashes->end());
    summary_.counts.bytes_total = files_.total_bytes;

    const auto start = std::chrono::steady_clock::now();
    std::thread reader([this] { ReadAll(); });
    std::vector<std::thread> parsers;
    for (unsigned i = 0; i < parsers_; ++i) parsers.emplace_back([this] { ParseAll(); });
    Status status = WriteAll(on_progress);
    // On a store failure, unblock the other threads so they can finish.
    documents_.Close();
    parsed_.Close();
    reader.join();
    for (std::thread& parser : parsers) parser.join();
    if (!status.ok()) return status;
    summary_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    summary_.counts.bytes_read = bytes_read_.load();
    return std::move(summary_);
  }

 private:
  void ReadAll() {
    uint64_t finished_files_bytes = 0;
    for (const std::string& path : files_.paths) {
      bool open = true;
      uint64_t file_bytes = 0;
      internal::ReadDocuments(
          path, [&](InputDocument document) { open = open && documents_.Push(std::move(document)); },
          [&](uint64_t consumed) {
            file_bytes = consumed;
            bytes_read_ = finished_files_bytes + consumed;
          });
      if (!open) return;
      finished_files_bytes += file_bytes;
    }
    documents_.Close();
  }

  void ParseAll() {
    while (std::optional<InputDocument> document = documents_.Pop()) {
      if (!parsed_.Push(ParseDocument(std::move(*document), known_hashes_))) return;
    }
    if (++parsers_done_ == parsers_) parsed_.Close();
  }

  Status WriteAll(const std::function<void(const IngestProgress&)>& on_progress) {
    using Clock = std::chrono::steady_clock;
    constexpr auto kCommitInterval = std::chrono::milliseconds(200);
    IngestProgress& counts = summary_.counts;
    size_t uncommitted = 0;
    auto last_commit = Clock::now();
    while (std::optional<Parsed> parsed = parsed_.Pop()) {
      ++counts.documents;
      if (std::holds_alternative<AlreadyStored>(parsed->result)) {
        ++counts.duplicates;
      } else if (std::holds_alternative<OtherForm>(parsed->result)) {
        ++counts.other_forms;
      } else if (const Status* error = std::get_if<Status>(&parsed->result)) {
        Fail(parsed->name, *error);
      } else {
        Result<PutOutcome> outcome = store_.Put(std::get<PreparedFiling>(parsed->result));
        if (!outcome.ok()) {
          Fail(parsed->name, outcome.status());
        } else {
          ++uncommitted;
          ++(*outcome == PutOutcome::kStored ? counts.stored : counts.duplicates);
          if (*outcome == PutOutcome::kCompleted) ++counts.completed;
        }
      }
      if (uncommitted >= options_.filings_per_commit || Clock::now() - last_commit >= kCommitInterval) {
        FORM4_TRY(store_.Commit());
        uncommitted = 0;
        last_commit = Clock::now();
      }
      counts.bytes_read = bytes_read_.load();
      on_progress(counts);
    }
    return store_.Commit();
  }

  void Fail(const std::string& name, const Status& error) {
    ++summary_.counts.failed;
    std::string reason = error.ToString();
    summary_.failures.push_back({name, std::move(reason)});
  }

  const internal::InputFiles files_;
  Store& store_;
  const IngestOptions options_;
  const unsigned parsers_;
  BoundedQueue<InputDocument> documents_;
  BoundedQueue<Parsed> parsed_;
  std::unordered_set<std::string> known_hashes_;  // read-only once the threads start
  std::atomic<uint64_t> bytes_read_{0};
  std::atomic<unsigned> parsers_done_{0};
  IngestSummary summary_;
};

}  // namespace

Result<IngestSummary> Ingest(const std::vector<std::string>& inputs, Store& store, const IngestOptions& options,
                             const std::function<void(const IngestProgress&)>& on_progress) {
  Pipeline pipeline(inputs, store, options);
  return pipeline.Run(on_progress);
}

}  // namespace form4

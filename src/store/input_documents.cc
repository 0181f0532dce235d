#include "store/input_documents.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <memory>
#include <system_error>

#include <fmt/format.h>

#include "form4/parse.h"

namespace form4::internal {
namespace {

namespace fs = std::filesystem;

// No single filing comes near this; a larger member is refused rather than
// allowed to exhaust memory.
constexpr int64_t kMaxDocumentBytes = int64_t{512} << 20;

void AddFile(const fs::path& path, InputFiles& files) {
  std::error_code error;
  const uintmax_t size = fs::file_size(path, error);
  if (!error) files.total_bytes += size;
  files.paths.push_back(path.string());
}

void AddDirectory(const fs::path& directory, InputFiles& files) {
  std::error_code error;
  std::vector<fs::path> entries;
  for (fs::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
    entries.push_back(it->path());
  }
  std::sort(entries.begin(), entries.end());
  for (const fs::path& entry : entries) {
    // Linked directories are not followed: a link to an ancestor would never end.
    if (fs::is_symlink(entry, error) && fs::is_directory(entry, error)) continue;
    if (fs::is_directory(entry, error)) {
      AddDirectory(entry, files);
    } else if (fs::is_regular_file(entry, error)) {
      AddFile(entry, files);
    }
  }
}

struct ArchiveCloser {
  void operator()(archive* reader) const { archive_read_free(reader); }
};

std::string ArchiveError(archive* reader) {
  const char* message = archive_error_string(reader);
  return message ? message : "unreadable archive";
}

void ReadArchive(const std::string& path, const std::function<void(InputDocument)>& visit,
                 const std::function<void(uint64_t)>& consumed) {
  std::unique_ptr<archive, ArchiveCloser> reader(archive_read_new());
  archive_read_support_filter_all(reader.get());
  archive_read_support_format_all(reader.get());
  // A lone compressed file (filing.xml.gz) is read as one document.
  archive_read_support_format_raw(reader.get());
  if (archive_read_open_filename(reader.get(), path.c_str(), size_t{1} << 16) != ARCHIVE_OK) {
    visit({path, Status::IoError(fmt::format("{}: cannot read archive: {}", path, ArchiveError(reader.get())))});
    return;
  }
  for (;;) {
    archive_entry* entry = nullptr;
    const int rc = archive_read_next_header(reader.get(), &entry);
    if (rc == ARCHIVE_EOF) break;
    if (rc < ARCHIVE_WARN) {
      visit({path, Status::IoError(fmt::format("{}: archive is damaged: {}", path, ArchiveError(reader.get())))});
      return;
    }
    if (archive_entry_filetype(entry) != AE_IFREG) continue;
    const char* member = archive_entry_pathname(entry);
    InputDocument document{fmt::format("{}:{}", path, member ? member : "data"), std::string()};
    std::string& bytes = document.content.value();
    std::array<char, 1 << 16> buffer;
    for (;;) {
      const la_ssize_t n = archive_read_data(reader.get(), buffer.data(), buffer.size());
      if (n == 0) break;
      if (n < 0) {
        document.content = Status::IoError(
            fmt::format("{}: cannot read member: {}", document.name, ArchiveError(reader.get())));
        break;
      }
      if (static_cast<int64_t>(bytes.size()) + n > kMaxDocumentBytes) {
        document.content = Status::IoError(fmt::format("{}: member larger than {} bytes", document.name,
                                                       kMaxDocumentBytes));
        break;
      }
      bytes.append(buffer.data(), static_cast<size_t>(n));
    }
    const bool damaged = !document.content.ok();
    visit(std::move(document));
    consumed(static_cast<uint64_t>(std::max<la_int64_t>(0, archive_filter_bytes(reader.get(), -1))));
    // After a failed read the stream position is unknown: stop rather than misread.
    if (damaged) return;
  }
}

}  // namespace

InputFiles ListInputFiles(const std::vector<std::string>& inputs) {
  InputFiles files;
  for (const std::string& input : inputs) {
    std::error_code error;
    if (fs::is_directory(input, error)) {
      AddDirectory(input, files);
    } else {
      AddFile(input, files);
    }
  }
  return files;
}

bool LooksLikeArchive(std::string_view head) {
  constexpr std::array<std::string_view, 7> kMagic = {
      std::string_view("\x1f\x8b", 2),              // gzip
      std::string_view("BZh", 3),                   // bzip2
      std::string_view("\xfd\x37\x7a\x58\x5a\x00", 6),  // xz
      std::string_view("\x28\xb5\x2f\xfd", 4),      // zstd
      std::string_view("PK\x03\x04", 4),            // zip
      std::string_view("PK\x05\x06", 4),            // empty zip
      std::string_view("7z\xbc\xaf\x27\x1c", 6),    // 7-zip
  };
  for (std::string_view magic : kMagic) {
    if (head.starts_with(magic)) return true;
  }
  constexpr size_t kTarMagicOffset = 257;  // POSIX ustar and GNU tar headers
  return head.size() >= kTarMagicOffset + 5 && head.substr(kTarMagicOffset, 5) == "ustar";
}

void ReadDocuments(const std::string& path, const std::function<void(InputDocument)>& visit,
                   const std::function<void(uint64_t)>& consumed) {
  std::array<char, 512> head{};
  std::ifstream file(path, std::ios::binary);
  file.read(head.data(), head.size());
  const auto head_size = static_cast<size_t>(std::max<std::streamsize>(0, file.gcount()));
  file.close();
  if (LooksLikeArchive(std::string_view(head.data(), head_size))) return ReadArchive(path, visit, consumed);
  Result<std::string> content = ReadInput(path);
  const uint64_t size = content.ok() ? content->size() : 0;
  visit({path, std::move(content)});
  consumed(size);
}

}  // namespace form4::internal

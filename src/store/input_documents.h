// The documents under a list of input paths: plain files, directories walked
// recursively, and archives (tar, tar.gz, zip, ...) read member by member
// through libarchive.
#ifndef FORM4_STORE_INPUT_DOCUMENTS_H_
#define FORM4_STORE_INPUT_DOCUMENTS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "form4/status.h"

namespace form4::internal {

/// The regular files under `inputs` (directories expanded recursively, entries
/// in name order) and their total size. A path that does not exist is kept, so
/// that reading it reports the error.
struct InputFiles {
  std::vector<std::string> paths;
  uint64_t total_bytes = 0;
};
InputFiles ListInputFiles(const std::vector<std::string>& inputs);

/// One document: its name and bytes, or why it could not be read.
struct InputDocument {
  std::string name;  // the path, or "archive:member"
  Result<std::string> content = std::string();
};

/// True when `head` (a file's first bytes) starts like an archive libarchive reads.
bool LooksLikeArchive(std::string_view head);

/// Calls `visit` with each document of the file at `path` (one for a plain file,
/// one per regular member for an archive), then `done(bytes)` with the bytes of
/// the file consumed so far, after each document.
void ReadDocuments(const std::string& path, const std::function<void(InputDocument)>& visit,
                   const std::function<void(uint64_t)>& consumed);

}  // namespace form4::internal

#endif  // FORM4_STORE_INPUT_DOCUMENTS_H_

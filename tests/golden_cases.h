// The project's golden cases (tests/golden/<case>/input.* + expected.json) and
// file reading, shared by every test that runs over them.
#ifndef FORM4_TESTS_GOLDEN_CASES_H_
#define FORM4_TESTS_GOLDEN_CASES_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace form4 {

struct GoldenCase {
  std::string name;                // the case's folder name
  std::filesystem::path input;     // input.<ext>
  std::filesystem::path expected;  // expected.json (may not exist yet for a new case)
};

inline void PrintTo(const GoldenCase& golden, std::ostream* out) { *out << golden.input; }

/// Every folder under FORM4_GOLDEN_DIR that holds an input document, by name.
inline std::vector<GoldenCase> DiscoverGoldenCases() {
  namespace fs = std::filesystem;
  std::vector<GoldenCase> cases;
  for (const fs::directory_entry& dir : fs::directory_iterator(FORM4_GOLDEN_DIR)) {
    if (!dir.is_directory()) continue;
    for (const fs::directory_entry& file : fs::directory_iterator(dir.path())) {
      if (file.path().stem() == "input") {
        cases.push_back({dir.path().filename().string(), file.path(), dir.path() / "expected.json"});
      }
    }
  }
  std::sort(cases.begin(), cases.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return cases;
}

/// The whole file's bytes ("" when it cannot be read).
inline std::string Slurp(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

}  // namespace form4

#endif  // FORM4_TESTS_GOLDEN_CASES_H_

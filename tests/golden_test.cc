// Golden tests: every folder under tests/golden/ holds one input document
// (input.xml, input.txt, ...) and expected.json, its canonical JSON (pretty).
// Adding a case needs no code. FORM4_UPDATE_GOLDEN=1 rewrites the expectations
// (review the diff before committing).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "form4/json.h"
#include "form4/parse.h"

namespace form4 {
namespace {

namespace fs = std::filesystem;

struct GoldenCase {
  std::string name;
  fs::path input;
  fs::path expected;
};

void PrintTo(const GoldenCase& golden, std::ostream* out) { *out << golden.input; }

std::vector<GoldenCase> DiscoverCases() {
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

std::string Slurp(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

class GoldenTest : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenTest, ParsesToExpectedJson) {
  const GoldenCase& golden = GetParam();
  Result<Filing> filing = ParseFiling(Slurp(golden.input), golden.input.filename().string());
  ASSERT_TRUE(filing.ok()) << filing.status().ToString();
  const std::string actual = ToJson(*filing, JsonOptions{.pretty = true}) + "\n";
  if (const char* update = std::getenv("FORM4_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    std::ofstream(golden.expected, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << golden.expected;
  }
  ASSERT_TRUE(fs::exists(golden.expected)) << golden.expected << " is missing (FORM4_UPDATE_GOLDEN=1 writes it)";
  EXPECT_EQ(actual, Slurp(golden.expected)) << "case " << golden.name;
}

TEST(GoldenCorpus, HasCases) { EXPECT_GE(DiscoverCases().size(), 15u); }

INSTANTIATE_TEST_SUITE_P(Cases, GoldenTest, ::testing::ValuesIn(DiscoverCases()),
                         [](const ::testing::TestParamInfo<GoldenCase>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace form4

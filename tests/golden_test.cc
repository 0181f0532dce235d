// Golden tests: every folder under tests/golden/ holds one input document
// (input.xml, input.txt, ...) and expected.json, its canonical JSON (pretty).
// Adding a case needs no code. FORM4_UPDATE_GOLDEN=1 rewrites the expectations
// (review the diff before committing).
#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

#include "form4/json.h"
#include "form4/parse.h"
#include "golden_cases.h"

namespace form4 {
namespace {

namespace fs = std::filesystem;

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

TEST(GoldenCorpus, HasCases) { EXPECT_GE(DiscoverGoldenCases().size(), 15u); }

INSTANTIATE_TEST_SUITE_P(Cases, GoldenTest, ::testing::ValuesIn(DiscoverGoldenCases()),
                         [](const ::testing::TestParamInfo<GoldenCase>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace form4

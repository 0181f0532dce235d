// Round trip of every golden case, whatever its input format: parse -> EDGAR XML
// -> parse gives the same canonical facts (`source`, `warnings` and `derived` aside), and
// writing the re-read filing gives the same XML again (the writer is a fixpoint).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "form4/edgar_xml.h"
#include "form4/json.h"
#include "form4/parse.h"
#include "roundtrip_facts.h"

namespace form4 {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> GoldenInputs() {
  std::vector<fs::path> inputs;
  for (const fs::directory_entry& dir : fs::directory_iterator(FORM4_GOLDEN_DIR)) {
    if (!dir.is_directory()) continue;
    for (const fs::directory_entry& file : fs::directory_iterator(dir.path())) {
      if (file.path().stem() == "input") inputs.push_back(file.path());
    }
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

std::string Slurp(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

std::string FactsJson(const Filing& filing) { return ToJson(Facts(filing), JsonOptions{.pretty = true}); }

class GoldenRoundTripTest : public ::testing::TestWithParam<fs::path> {};

TEST_P(GoldenRoundTripTest, EdgarXmlReadsBackToTheSameFacts) {
  const fs::path& input = GetParam();
  Result<Filing> original = ParseFiling(Slurp(input), input.filename().string());
  ASSERT_TRUE(original.ok()) << original.status().ToString();
  const std::string xml = ToEdgarXml(*original);
  Result<Filing> back = ParseFiling(xml, "roundtrip.xml");
  ASSERT_TRUE(back.ok()) << back.status().ToString() << "\n" << xml;
  EXPECT_EQ(FactsJson(*back), FactsJson(*original)) << xml;
  EXPECT_TRUE(ReadingWarnings(*back).empty()) << xml;
  EXPECT_EQ(back->source.schema_version, kEdgarXmlSchemaVersion);
  EXPECT_EQ(ToEdgarXml(*back), xml);
}

TEST(GoldenRoundTrip, CoversEveryGoldenCase) { EXPECT_GE(GoldenInputs().size(), 15u); }

INSTANTIATE_TEST_SUITE_P(Cases, GoldenRoundTripTest, ::testing::ValuesIn(GoldenInputs()),
                         [](const ::testing::TestParamInfo<fs::path>& param_info) {
                           return param_info.param.parent_path().filename().string();
                         });

}  // namespace
}  // namespace form4

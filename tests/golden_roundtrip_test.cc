// Round trip of every golden case, whatever its input format: parse -> EDGAR XML
// -> parse gives the same canonical facts (`source`, `warnings` and `derived` aside), and
// writing the re-read filing gives the same XML again (the writer is a fixpoint).
#include <string>

#include <gtest/gtest.h>

#include "form4/edgar_xml.h"
#include "form4/json.h"
#include "form4/parse.h"
#include "golden_cases.h"
#include "roundtrip_facts.h"

namespace form4 {
namespace {

std::string FactsJson(const Filing& filing) { return ToJson(Facts(filing), JsonOptions{.pretty = true}); }

class GoldenRoundTripTest : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenRoundTripTest, EdgarXmlReadsBackToTheSameFacts) {
  const auto& input = GetParam().input;
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

TEST(GoldenRoundTrip, CoversEveryGoldenCase) { EXPECT_GE(DiscoverGoldenCases().size(), 15u); }

INSTANTIATE_TEST_SUITE_P(Cases, GoldenRoundTripTest, ::testing::ValuesIn(DiscoverGoldenCases()),
                         [](const ::testing::TestParamInfo<GoldenCase>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace form4

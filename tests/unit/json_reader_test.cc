// FromJson is the inverse of ToJson: identity on every golden expected.json,
// exact digits, and errors that name the path of a value of the wrong type.
#include "form4/json_reader.h"

#include <filesystem>

#include <gtest/gtest.h>

#include "form4/json.h"
#include "golden_cases.h"

namespace form4 {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> GoldenExpectations() {
  std::vector<fs::path> files;
  for (const GoldenCase& golden : DiscoverGoldenCases()) {
    if (fs::exists(golden.expected)) files.push_back(golden.expected);
  }
  return files;
}

std::string TrimNewline(std::string text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

TEST(JsonReader, IsTheInverseOfToJsonOnEveryGoldenCase) {
  const std::vector<fs::path> files = GoldenExpectations();
  ASSERT_GE(files.size(), 15u);
  for (const fs::path& file : files) {
    const std::string pretty = TrimNewline(Slurp(file));
    Result<Filing> filing = FromJson(pretty);
    ASSERT_TRUE(filing.ok()) << file << ": " << filing.status().ToString();
    EXPECT_EQ(ToJson(*filing, JsonOptions{.pretty = true}), pretty) << file;
    // One line (JSON Lines) reads back the same.
    Result<Filing> again = FromJson(ToJson(*filing));
    ASSERT_TRUE(again.ok()) << file;
    EXPECT_EQ(*again, *filing) << file;
  }
}

TEST(JsonReader, KeepsDigitsAndTextNumbers) {
  Filing filing;
  Row row;
  row.shares = Number{"1000.50", true};
  row.price_per_share = Number{"0.1000000000000000000001", true};
  row.total_value = Number{"see footnote", false};
  row.footnote_ids["shares"] = {"F1", "F2"};
  filing.derivative_transactions.push_back(row);  // a table that carries total_value
  filing.derived.days_to_file = 3;
  Result<Filing> back = FromJson(ToJson(filing));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, filing);
}

TEST(JsonReader, NamesThePathOfAWrongType) {
  Result<Filing> filing = FromJson(R"({"issuer": {"cik": 123}})");
  ASSERT_FALSE(filing.ok());
  EXPECT_NE(filing.status().ToString().find("$.issuer.cik"), std::string::npos) << filing.status().ToString();
  Result<Filing> rows = FromJson(R"({"non_derivative_transactions": [{"shares": true}]})");
  ASSERT_FALSE(rows.ok());
  EXPECT_NE(rows.status().ToString().find("$.non_derivative_transactions[0].shares"), std::string::npos);
}

TEST(JsonReader, RejectsMalformedJson) {
  EXPECT_FALSE(FromJson("{\"document_type\": ").ok());
  EXPECT_FALSE(FromJson("[1, 2]").ok());
  EXPECT_FALSE(FromJson("").ok());
}

}  // namespace
}  // namespace form4

#include "json/json_writer.h"

#include <gtest/gtest.h>

#include "form4/json.h"

namespace form4::internal {
namespace {

TEST(AppendJsonString, EscapesQuotesBackslashesAndControls) {
  std::string out;
  AppendJsonString(out, "a\"b\\c\nd\x01" "caf\xC3\xA9");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\u0001caf\xC3\xA9\"");
}

TEST(JsonWriter, CompactAndPretty) {
  for (bool pretty : {false, true}) {
    std::string out;
    JsonWriter json(out, pretty);
    json.BeginObject();
    json.Key("n");
    json.RawNumber("12.50");
    json.Key("list");
    json.BeginArray();
    json.Bool(true);
    json.Null();
    json.EndArray();
    json.Key("empty");
    json.BeginObject();
    json.EndObject();
    json.EndObject();
    EXPECT_EQ(out, pretty ? "{\n  \"n\": 12.50,\n  \"list\": [\n    true,\n    null\n  ],\n  \"empty\": {}\n}"
                          : "{\"n\":12.50,\"list\":[true,null],\"empty\":{}}");
  }
}

TEST(ToJson, WritesEveryContractKeyWithNullsForAbsentValues) {
  Filing filing;
  filing.document_type = "4";
  Row row;
  row.price_per_share = Number{"91.3196", true};
  row.shares = Number{"see remarks", false};
  row.footnote_ids["code"] = {"F1", "F2"};
  filing.non_derivative_transactions.push_back(row);
  const std::string json = ToJson(filing);
  EXPECT_NE(json.find("\"document_type\":\"4\",\"period_of_report\":null"), std::string::npos);
  EXPECT_NE(json.find("\"price_per_share\":91.3196"), std::string::npos);
  EXPECT_NE(json.find("\"shares\":\"see remarks\""), std::string::npos);
  EXPECT_NE(json.find("\"footnote_ids\":{\"code\":[\"F1\",\"F2\"]}"), std::string::npos);
  // A non-derivative row carries no derivative-only keys.
  EXPECT_EQ(json.find("conversion_or_exercise_price"), std::string::npos);
  EXPECT_NE(json.find("\"signatures\":[],\"source\":{"), std::string::npos);
}

}  // namespace
}  // namespace form4::internal

#include "form4/transactions_csv.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "util/decimal.h"

namespace form4 {
namespace {

using internal::MultiplyDecimals;

// Splits CSV text into records of fields (RFC 4180: quoted fields may hold
// commas, doubled quotes and line breaks). Enough of a reader to check the writer.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        records.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        records.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      records.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      if (i + 1 < text.size()) records.emplace_back(1);
    } else {
      records.back().back() += c;
    }
  }
  return records;
}

Filing SampleFiling() {
  Filing filing;
  filing.source.file = "in/0001.xml";
  filing.source.accession_number = "0000950170-24-000001";
  filing.document_type = "4";
  filing.issuer = {"0009990001", "Lindqvist Tool & Die, Co.", "LTD"};
  ReportingOwner director;
  director.cik = "0009990002";
  director.name = "Okafor Jane";
  director.is_director = true;
  director.is_officer = true;
  director.officer_title = "CEO";
  ReportingOwner fund;
  fund.cik = "0009990003";
  fund.name = "Okafor \"Growth\" Fund, LP";
  fund.is_ten_percent_owner = true;
  filing.reporting_owners = {director, fund};
  Row sale;
  sale.security_title = "Common Stock";
  sale.code = "S";
  sale.equity_swap_involved = false;
  sale.shares = Number{"192320", true};
  sale.price_per_share = Number{"189.578", true};
  sale.footnote_ids = {{"price_per_share", {"F1", "F2"}}, {"code", {"F3"}}};
  filing.non_derivative_transactions.push_back(sale);
  Row holding;
  holding.security_title = "Common Stock";
  filing.non_derivative_holdings.push_back(holding);
  Row grant;
  grant.security_title = "Stock Option\n(right to buy)";
  grant.shares = Number{"1000", true};
  grant.price_per_share = Number{"see note", false};
  filing.derivative_transactions.push_back(grant);
  return filing;
}

// Field `name` of data record `index` (after the header).
std::string Field(const std::vector<std::vector<std::string>>& records, size_t index, const std::string& name) {
  const std::vector<std::string>& header = records.at(0);
  const auto at = std::find(header.begin(), header.end(), name);
  EXPECT_NE(at, header.end()) << name;
  return records.at(index + 1).at(static_cast<size_t>(at - header.begin()));
}

TEST(ToTransactionsCsv, WritesOneRecordPerTransactionUnderTheHeader) {
  const std::string csv = ToTransactionsCsv(SampleFiling());
  EXPECT_EQ(csv.rfind(TransactionsCsvHeader(), 0), 0u);
  const auto records = ParseCsv(csv);
  ASSERT_EQ(records.size(), 3u);  // header, the sale, the option; no holding
  for (const auto& record : records) EXPECT_EQ(record.size(), records[0].size());
  EXPECT_EQ(Field(records, 0, "table"), "non_derivative");
  EXPECT_EQ(Field(records, 0, "row"), "1");
  EXPECT_EQ(Field(records, 1, "table"), "derivative");
  EXPECT_EQ(Field(records, 0, "accession_number"), "0000950170-24-000001");
  EXPECT_EQ(Field(records, 0, "source_file"), "in/0001.xml");
}

TEST(ToTransactionsCsv, QuotesFieldsWithSeparatorsQuotesAndLineBreaks) {
  const std::string csv = ToTransactionsCsv(SampleFiling());
  EXPECT_NE(csv.find(",\"Lindqvist Tool & Die, Co.\","), std::string::npos);
  EXPECT_NE(csv.find("\"Okafor Jane; Okafor \"\"Growth\"\" Fund, LP\""), std::string::npos);
  EXPECT_NE(csv.find("\"Stock Option\n(right to buy)\""), std::string::npos);
  const auto records = ParseCsv(csv);
  EXPECT_EQ(Field(records, 0, "issuer_name"), "Lindqvist Tool & Die, Co.");
  EXPECT_EQ(Field(records, 1, "security_title"), "Stock Option\n(right to buy)");
}

TEST(ToTransactionsCsv, JoinsOwnersAndDescribesTheirRelationship) {
  const auto records = ParseCsv(ToTransactionsCsv(SampleFiling()));
  EXPECT_EQ(Field(records, 0, "owner_cik"), "0009990002; 0009990003");
  EXPECT_EQ(Field(records, 0, "owner_relationship"), "Director, Officer (CEO); 10% Owner");
}

TEST(ToTransactionsCsv, ComputesValueExactlyAndKeepsDigits) {
  const auto records = ParseCsv(ToTransactionsCsv(SampleFiling()));
  EXPECT_EQ(Field(records, 0, "shares"), "192320");
  EXPECT_EQ(Field(records, 0, "price_per_share"), "189.578");
  EXPECT_EQ(Field(records, 0, "value"), "36459640.96");
  EXPECT_EQ(Field(records, 0, "equity_swap_involved"), "false");
  EXPECT_EQ(Field(records, 0, "transaction_date"), "");  // null
  EXPECT_EQ(Field(records, 0, "footnote_ids"), "code:F3; price_per_share:F1 F2");
  EXPECT_EQ(Field(records, 1, "price_per_share"), "see note");
  EXPECT_EQ(Field(records, 1, "value"), "");  // not a number: no product
}

TEST(ToTransactionsCsv, HeaderCanBeLeftOut) {
  const std::string rows = ToTransactionsCsv(SampleFiling(), TransactionsCsvOptions{.header = false});
  EXPECT_EQ(TransactionsCsvHeader() + rows, ToTransactionsCsv(SampleFiling()));
  EXPECT_EQ(ToTransactionsCsv(Filing{}, TransactionsCsvOptions{.header = false}), "");
}

TEST(MultiplyDecimals, IsExact) {
  EXPECT_EQ(MultiplyDecimals("192320", "189.578"), "36459640.96");
  EXPECT_EQ(MultiplyDecimals("1000", "12.50"), "12500");
  EXPECT_EQ(MultiplyDecimals("0.1", "0.2"), "0.02");
  EXPECT_EQ(MultiplyDecimals("123456789012345678", "987654321.987654321"),
            "121932631246761162347203169.222374638");
  EXPECT_EQ(MultiplyDecimals("-2.5", "4"), "-10");
  EXPECT_EQ(MultiplyDecimals("-0", "4"), "0");
  EXPECT_EQ(MultiplyDecimals("1.5e3", "2"), "3000");
  EXPECT_EQ(MultiplyDecimals("15e-1", "2"), "3");
  EXPECT_EQ(MultiplyDecimals("0", "0.0000"), "0");
}

TEST(MultiplyDecimals, RejectsWhatIsNotADecimal) {
  EXPECT_EQ(MultiplyDecimals("abc", "1"), std::nullopt);
  EXPECT_EQ(MultiplyDecimals("1", ""), std::nullopt);
  EXPECT_EQ(MultiplyDecimals("1.2.3", "1"), std::nullopt);
  EXPECT_EQ(MultiplyDecimals("1e", "1"), std::nullopt);
  EXPECT_EQ(MultiplyDecimals("1e99999999999", "1"), std::nullopt);
  EXPECT_EQ(MultiplyDecimals(std::string(100, '9'), "1"), std::nullopt);
}

}  // namespace
}  // namespace form4

// The SEC data-set TSV: escaping, headers, errors with file and line, and the
// rows -> model -> rows round trip on every golden case.
#include "form4/sec_tsv.h"

#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "form4/json_reader.h"
#include "golden_cases.h"

namespace form4 {
namespace {

namespace fs = std::filesystem;

TEST(SecTsv, EscapesTabsNewlinesAndBackslashes) {
  EXPECT_EQ(EscapeTsvCell("a\tb\nc\r\\d"), "a\\tb\\nc\\r\\\\d");
  for (std::string_view text : {"", "plain", "a\tb", "line\nline", "C:\\new\\table", "\\", "x\\", "\r\n\t\\\\"}) {
    EXPECT_EQ(UnescapeTsvCell(EscapeTsvCell(text)), text) << text;
  }
  // A backslash before another character is not an escape.
  EXPECT_EQ(UnescapeTsvCell("C:\\data"), "C:\\data");
}

TEST(SecTsv, WritesAndReadsRowsWithAwkwardText) {
  const SecTableSpec& spec = SecTableOf(SecTable::kFootnotes);
  const std::vector<SecRow> rows = {{"0000000001-24-000001", "F1", "Two\tcolumns\nand two lines"},
                                    {"0000000001-24-000001", "F2", std::nullopt}};
  std::string text = SecTsvHeader(spec);
  EXPECT_EQ(text, "ACCESSION_NUMBER\tFOOTNOTE_ID\tFOOTNOTE_TXT\n");
  AppendSecTsvRows(rows, text);
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 3);
  Result<std::vector<SecRow>> back = ParseSecTsv(spec, text, "FOOTNOTES.tsv");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, rows);
}

TEST(SecTsv, ErrorsNameTheFileAndLine) {
  const SecTableSpec& spec = SecTableOf(SecTable::kOwnerSignature);
  Result<std::vector<SecRow>> header = ParseSecTsv(spec, "ACCESSION_NUMBER\tNAME\n", "OWNER_SIGNATURE.tsv");
  ASSERT_FALSE(header.ok());
  EXPECT_NE(header.status().ToString().find("OWNER_SIGNATURE.tsv:1"), std::string::npos);
  Result<std::vector<SecRow>> fields = ParseSecTsv(spec, SecTsvHeader(spec) + "A\tB\n", "OWNER_SIGNATURE.tsv");
  ASSERT_FALSE(fields.ok());
  EXPECT_NE(fields.status().ToString().find("OWNER_SIGNATURE.tsv:2: expected 3"), std::string::npos)
      << fields.status().ToString();
  EXPECT_FALSE(ParseSecTsv(spec, "", "OWNER_SIGNATURE.tsv").ok());
}

TEST(SecTsv, ReadsCrlfLines) {
  const SecTableSpec& spec = SecTableOf(SecTable::kOwnerSignature);
  std::string header = SecTsvHeader(spec);
  header.insert(header.size() - 1, "\r");
  Result<std::vector<SecRow>> rows = ParseSecTsv(spec, header + "A\tJane Doe\t05-MAR-2024\r\n", "x.tsv");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0][2], "05-MAR-2024");
}

TEST(SecTsv, ConvertsSecDates) {
  EXPECT_EQ(FromSecDate("05-MAR-2024"), "2024-03-05");
  EXPECT_EQ(FromSecDate("29-FEB-2024"), "2024-02-29");
  EXPECT_EQ(FromSecDate("29-FEB-2023"), std::nullopt);
  EXPECT_EQ(FromSecDate("2024-03-05"), std::nullopt);
  EXPECT_EQ(FromSecDate("05-Mar-2024"), std::nullopt);
}

TEST(SecTsv, GroupingNeedsASubmissionRow) {
  SecRows tables;
  tables[SecTable::kSubmission].push_back(SecRow(SecTableOf(SecTable::kSubmission).columns.size()));
  tables[SecTable::kSubmission][0][0] = "A";
  tables[SecTable::kFootnotes].push_back({"B", "F1", "text"});
  Result<std::vector<SecRows>> grouped = GroupSecRowsByAccession(tables);
  ASSERT_FALSE(grouped.ok());
  EXPECT_NE(grouped.status().ToString().find("\"B\" has no SUBMISSION row"), std::string::npos);
}

// What the data sets carry survives rows -> model -> rows, in both date styles.
TEST(SecTsv, RowsToModelToRowsIsIdentityOnEveryGoldenCase) {
  size_t cases = 0;
  for (const GoldenCase& golden : DiscoverGoldenCases()) {
    const fs::path& expected = golden.expected;
    if (!fs::exists(expected)) continue;
    Result<Filing> filing = FromJson(Slurp(expected));
    ASSERT_TRUE(filing.ok()) << expected;
    filing->source.accession_number = "0000000001-24-000001";
    for (SecDateStyle dates : {SecDateStyle::kSec, SecDateStyle::kIso}) {
      const SecRows rows = ToSecRows(*filing, SecRowOptions{.dates = dates});
      Result<Filing> back = FromSecRows(rows, "golden");
      ASSERT_TRUE(back.ok()) << expected << ": " << back.status().ToString();
      EXPECT_EQ(back->source.format, "sec-tsv");
      const SecRows again = ToSecRows(*back, SecRowOptions{.dates = dates});
      for (const SecTableSpec& spec : SecTables()) {
        EXPECT_EQ(again[spec.table], rows[spec.table]) << expected << " " << spec.name;
      }
    }
    ++cases;
  }
  EXPECT_GE(cases, 15u);
}

}  // namespace
}  // namespace form4

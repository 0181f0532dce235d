#include <gtest/gtest.h>

#include "form4/parse.h"

namespace form4 {
namespace {

constexpr std::string_view kOwnership =
    "<ownershipDocument><documentType>4</documentType></ownershipDocument>";

TEST(SgmlReader, ReadsTheDisseminationHeader) {
  const std::string input =
      "<SEC-DOCUMENT>0009990001-24-000123.txt : 20240105\n"
      "<SEC-HEADER>0009990001-24-000123.hdr.sgml : 20240105\n"
      "<ACCEPTANCE-DATETIME>20240105163012\n"
      "ACCESSION NUMBER:\t\t0009990001-24-000123\n"
      "CONFORMED SUBMISSION TYPE:\t4\n"
      "FILED AS OF DATE:\t\t20240105\n"
      "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>4\n<TEXT>\n<XML>\n<?xml version=\"1.0\"?>\n" +
      std::string(kOwnership) + "\n</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
  Result<Filing> filing = ParseFiling(input, "sub.txt");
  ASSERT_TRUE(filing.ok()) << filing.status().ToString();
  EXPECT_EQ(filing->source.format, "sgml");
  EXPECT_EQ(filing->source.accession_number, "0009990001-24-000123");
  EXPECT_EQ(filing->source.filing_date, "2024-01-05");
  EXPECT_EQ(filing->source.acceptance_datetime, "2024-01-05T16:30:12");
  EXPECT_EQ(filing->source.form_type, "4");
  EXPECT_EQ(filing->document_type, "4");
}

TEST(SgmlReader, ReadsTheFeedHeader) {
  const std::string input =
      "<SUBMISSION>\n<ACCESSION-NUMBER>0009990002-23-000007\n<TYPE>4/A\n<FILING-DATE>20230412\n"
      "<DOCUMENT>\n<TYPE>4/A\n<TEXT>\n<XML>\n" + std::string(kOwnership) + "\n</XML>\n</TEXT>\n</DOCUMENT>\n";
  Result<Filing> filing = ParseFiling(input, "feed.nc");
  ASSERT_TRUE(filing.ok()) << filing.status().ToString();
  EXPECT_EQ(filing->source.accession_number, "0009990002-23-000007");
  EXPECT_EQ(filing->source.filing_date, "2023-04-12");
  EXPECT_EQ(filing->source.acceptance_datetime, std::nullopt);
  EXPECT_EQ(filing->source.form_type, "4/A");
}

TEST(SgmlReader, ASubmissionWithoutOwnershipXmlIsAnError) {
  Result<Filing> filing = ParseFiling("<SEC-DOCUMENT>x\n<DOCUMENT>\n<TYPE>8-K\n</DOCUMENT>\n", "8k.txt");
  ASSERT_FALSE(filing.ok());
  EXPECT_EQ(filing.status().ToString(), "8k.txt: expected an <ownershipDocument> element, found none");
}

}  // namespace
}  // namespace form4

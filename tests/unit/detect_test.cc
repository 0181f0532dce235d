#include <gtest/gtest.h>

#include "form4/parse.h"

namespace form4 {
namespace {

TEST(DetectFormat, RecognizesXmlBySignature) {
  EXPECT_EQ(DetectFormat("<?xml version=\"1.0\"?>\n<ownershipDocument>"), Format::kXml);
  EXPECT_EQ(DetectFormat("\xEF\xBB\xBF  <ownershipDocument>"), Format::kXml);
  EXPECT_EQ(DetectFormat("<!-- generated -->\n<ownershipDocument>"), Format::kXml);
}

TEST(DetectFormat, RecognizesBothFullSubmissionStyles) {
  EXPECT_EQ(DetectFormat("<SEC-DOCUMENT>0000899243-22-035394.txt : 20221108\n"), Format::kSgml);
  EXPECT_EQ(DetectFormat("\n<SUBMISSION>\n<ACCESSION-NUMBER>0000002488-24-000005\n"), Format::kSgml);
}

TEST(DetectFormat, RecognizesTextWithDrawnTables) {
  EXPECT_EQ(DetectFormat("FORM 4\n┌─┬─┐\n│a│b│\n└─┴─┘\n"), Format::kText);
  EXPECT_EQ(DetectFormat("FORM 4\n +---+---+\n | a | b |\n +---+---+\n"), Format::kText);
  EXPECT_EQ(DetectFormat("FORM 4\n ______\n|a |b |\n|__|__|\n"), Format::kText);
  EXPECT_EQ(FormatName(Format::kText), "text");
}

TEST(DetectFormat, RecognizesMarkdownTablesWithoutLeadingPipes) {
  EXPECT_EQ(DetectFormat("Code | V | Amount  \n---|---|---  \nS | | 100  \n"), Format::kMarkdown);
}

TEST(DetectFormat, UnknownContent) {
  EXPECT_EQ(DetectFormat(""), Format::kUnknown);
  EXPECT_EQ(DetectFormat("hello world"), Format::kUnknown);
  EXPECT_EQ(FormatName(Format::kUnknown), "unknown");
  EXPECT_EQ(FormatName(Format::kSgml), "sgml");
}

TEST(ParseFiling, EmptyAndUnknownInputsAreErrorsNamingTheFile) {
  Result<Filing> empty = ParseFiling("  \n", "a.txt");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().ToString(), "a.txt: expected an ownership filing, got an empty input");
  Result<Filing> unknown = ParseFiling("hello", "b.txt");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().ToString(),
            "b.txt: expected an ownership filing (EDGAR XML, a full-submission .txt or a rendering of the form), got an "
            "unrecognized format");
}

}  // namespace
}  // namespace form4

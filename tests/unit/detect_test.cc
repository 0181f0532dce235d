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

TEST(DetectFormat, RecognizesHtmlPagesAndFragments) {
  EXPECT_EQ(DetectFormat("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>"), Format::kHtml);
  EXPECT_EQ(DetectFormat("\n<HTML><body>SEC Form 4"), Format::kHtml);
  EXPECT_EQ(DetectFormat("<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"),
            Format::kHtml);
  EXPECT_EQ(DetectFormat("SEC Form 4\n<TABLE width=\"100%\"><tr><td>FORM 4</td></tr></TABLE>"), Format::kHtml);
  EXPECT_EQ(DetectFormat("<!-- saved from url=(0014)about:internet -->\n<html><body>"), Format::kHtml);
  EXPECT_EQ(FormatName(Format::kHtml), "html");
}

TEST(DetectFormat, MarkdownKeepingRawHtmlTablesIsMarkdown) {
  EXPECT_EQ(DetectFormat("SEC Form 4\n\n<table>\n<tr><td>FORM 4</td></tr>\n</table>\n\n"
                         "| a | b |\n|---|---|\n| 1 | 2 |\n"),
            Format::kMarkdown);
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

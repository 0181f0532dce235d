// Text-browser dumps: the browser's own marks are undone before the form's
// lines are read, and such dumps are told apart from OCR pages.
#include <string>

#include <gtest/gtest.h>

#include "form4/parse.h"
#include "parse/text_lines.h"

namespace form4::internal {
namespace {

TEST(UndoTextBrowserMarks, DropsLinkMarksTheirListUnderlinesAndTheIndent) {
  const std::string dump =
      "   1. Name and Address of Reporting Person^*\n"
      "   [1]Quill Harriet M\n"
      "     ______________________\n"
      "   Common Stock 03/14/2024 S^(1) 1,250 D $18.40^(2) 40,310 D\n"
      "\n"
      "References\n"
      "\n"
      "   1. file:///cgi-bin/browse-edgar?action=getcompany&CIK=0000000001\n";
  EXPECT_EQ(UndoTextBrowserMarks(dump),
            "1. Name and Address of Reporting Person*\n"
            "Quill Harriet M\n"
            "Common Stock 03/14/2024 S(1) 1,250 D $18.40(2) 40,310 D\n"
            "\n");
}

TEST(UndoTextBrowserMarks, KeepsTheFilersBracketsWithoutALinkList) {
  // No "References" list: "[1]" is the filer's text, and a caret not before
  // a superscript stays.
  EXPECT_EQ(UndoTextBrowserMarks("  See note [1] and 2^3\n  References to the plan\n"),
            "See note [1] and 2^3\nReferences to the plan\n");
}

// The blank line above a signature table ends the remark above it: written twice.
TEST(UndoTextBrowserMarks, DoublesTheBlankLineAboveASignature) {
  const std::string dump =
      "   Remarks:\n"
      "   The plan was adopted in 2021.\n"
      "\n"
      "   /s/ Jane Doe 04/15/2022\n"
      "   ** Signature of Reporting Person Date\n"
      "\n"
      "   Reminder: Report on a separate line.\n";
  EXPECT_EQ(UndoTextBrowserMarks(dump),
            "Remarks:\nThe plan was adopted in 2021.\n\n\n/s/ Jane Doe 04/15/2022\n"
            "** Signature of Reporting Person Date\n\nReminder: Report on a separate line.\n");
}

TEST(DetectFormat, TheFormAsLinesWithoutPagesIsTextLines) {
  const std::string dump =
      "   1. Name and Address of Reporting Person^*\n"
      "   Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
      "   Common Stock 03/14/2024 S 1,250 D $18.40 40,310 D\n";
  EXPECT_EQ(DetectFormat(dump), Format::kTextLines);
  EXPECT_EQ(DetectFormat(dump + "\f"), Format::kOcr);  // printed pages: OCR
  EXPECT_EQ(FormatName(Format::kTextLines), "text_lines");
  EXPECT_EQ(DetectFormat("Table I - Non-Derivative Securities\n"), Format::kUnknown);
}

}  // namespace
}  // namespace form4::internal

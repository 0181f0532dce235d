// A plain-text page as columns of characters: what the two readers of laid-out
// text share. A text dump of the HTML form (drawn_tables.h) and a printed page
// turned into text by position (parse/layout/text_layout.h: pdftotext, OCR) are
// both read by where their characters stand, one code point per column.
#ifndef FORM4_PARSE_RENDERED_TEXT_PAGE_H_
#define FORM4_PARSE_RENDERED_TEXT_PAGE_H_

#include <string>
#include <string_view>
#include <vector>

namespace form4::internal {

/// One line of the page, one code point per column.
using PageLine = std::u32string;

/// Fills the extra columns of a character that takes more than one (on a page
/// laid out by a converter that counts bytes); not text.
constexpr char32_t kFiller = 0xFFFF;

/// The lines of `input` (split at '\n'), without their newlines.
std::vector<std::string_view> SplitLines(std::string_view input);

/// Decodes one line (UTF-8; a byte that starts no valid sequence is read as
/// Windows-1252). Tabs advance to the next multiple of 8; carriage returns take
/// no column; no-break spaces and replacement characters (a converter's trace of
/// an undecodable byte) are spaces. With `byte_columns`, a character takes as
/// many columns as it has UTF-8 bytes (as converters that count bytes lay out
/// text), its extra ones kFiller.
PageLine DecodePageLine(std::string_view bytes, bool byte_columns = false);

/// UTF-8 encoding of a page line (or part of one), without kFiller.
std::string ToUtf8(std::u32string_view text);

/// A run of text on a page line, columns [begin, end): words separated by
/// single spaces; two blank columns end it.
struct TextRun {
  size_t begin = 0;
  size_t end = 0;
};

/// The runs of text on `line`, left to right.
std::vector<TextRun> TextRuns(const PageLine& line);

}  // namespace form4::internal

#endif  // FORM4_PARSE_RENDERED_TEXT_PAGE_H_

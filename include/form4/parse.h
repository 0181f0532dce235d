// Reading ownership filings: format detection and parsing into the canonical model.
//
// Parsing takes bytes, not paths: ReadInput() is the one place that touches the
// file system, so every reader can be tested and fuzzed from memory.
#ifndef FORM4_PARSE_H_
#define FORM4_PARSE_H_

#include <string>
#include <string_view>

#include "form4/model.h"
#include "form4/status.h"

namespace form4 {

/// The input formats form4 recognizes.
enum class Format {
  kUnknown,
  kXml,   // EDGAR <ownershipDocument> XML
  kSgml,  // EDGAR full-submission .txt (<SEC-DOCUMENT> or <SUBMISSION> wrapper)
  kMarkdown,  // a rendering as markdown with pipe tables
  kTsv,       // a rendering as tab-separated text
  kHtml,      // a rendering as an HTML page (the SEC's layout of the form)
  kText,      // a rendering as plain text with tables drawn by rules (box-drawing or ASCII)
  kPdfText,   // the printed form as text laid out by position (pdftotext -layout)
  kOcr,       // the printed form as text recognized by OCR (no columns kept)
  kTextLines, // a rendering whose table rows are lines of words (lynx -dump): no columns, no misreads
};

/// The stable name of a format as it appears in `source.format` ("xml", "sgml",
/// "markdown", "tsv", "html", "text", "pdftotext", "ocr", "text_lines", "unknown").
std::string_view FormatName(Format format);

/// The format of `input`, judged from its content alone (never the file name).
/// Pure and cheap: looks at the first few kilobytes.
Format DetectFormat(std::string_view input);

/// Reads one filing from `input`. `name` labels the input in `source.file` and
/// in error locations. Problems the reader could recover from become
/// `warnings` on the Filing; only input with no readable filing is an error
/// (kParseError, with the line and column where known).
Result<Filing> ParseFiling(std::string_view input, std::string_view name);

/// The whole content of `path` ("-" reads standard input).
Result<std::string> ReadInput(const std::string& path);

}  // namespace form4

#endif  // FORM4_PARSE_H_

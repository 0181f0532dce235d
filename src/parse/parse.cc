#include "form4/parse.h"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <sys/stat.h>  // fstat: size a regular file before reading it

#include <fmt/format.h>

#include "form4/check.h"
#include "parse/reader.h"

namespace form4 {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// `input` without a UTF-8 byte-order mark and leading whitespace.
std::string_view ContentStart(std::string_view input) {
  if (StartsWith(input, "\xEF\xBB\xBF")) input.remove_prefix(3);
  const size_t first = input.find_first_not_of(" \t\r\n");
  return first == std::string_view::npos ? std::string_view() : input.substr(first);
}

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

Result<std::string> ReadStream(std::FILE* stream, const std::string& label) {
  std::string content;
  struct stat info {};
  if (fstat(fileno(stream), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
    content.resize(static_cast<size_t>(info.st_size));  // one read for a regular file
    content.resize(std::fread(content.data(), 1, content.size(), stream));
  }
  char buffer[1 << 16];
  size_t count;
  while ((count = std::fread(buffer, 1, sizeof buffer, stream)) > 0) content.append(buffer, count);
  if (std::ferror(stream)) return Status::IoError(fmt::format("{}: read failed: {}", label, std::strerror(errno)));
  return content;
}

// True for a line where a run of three or more spaces separates text: a
// column gap of text laid out by position.
bool HasColumnGap(std::string_view line) {
  const size_t first = line.find_first_not_of(" \f");
  const size_t last = line.find_last_not_of(" \r");
  if (first == std::string_view::npos || last <= first) return false;
  return line.substr(first, last - first).find("   ") != std::string_view::npos;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

// True when `text` has `tag` (lower case) in its first kilobytes, in any case.
bool HasTagNearTop(std::string_view text, std::string_view tag) {
  constexpr size_t kTop = 4096;
  text = text.substr(0, kTop);
  for (size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    if (StartsWithNoCase(text.substr(at), tag)) return true;
  }
  return false;
}

// An HTML page: a doctype or <html> first, after an XML declaration in XHTML.
bool IsHtmlPage(std::string_view start) {
  if (StartsWith(start, "<?xml")) {
    const size_t end = start.find("?>");
    if (end == std::string_view::npos) return false;
    start = ContentStart(start.substr(end + 2));
  }
  return StartsWithNoCase(start, "<!doctype html") || StartsWithNoCase(start, "<html");
}

// True for a markdown table's delimiter row ("---|---", "|:--|--:|").
bool IsDelimiterRow(std::string_view line) {
  return line.find('|') != std::string_view::npos && line.find("---") != std::string_view::npos &&
         line.find_first_not_of("-|: \r") == std::string_view::npos;
}

// A table's top rule drawn in ASCII: a run of `_` over a line whose `|` stands just left of it.
bool IsAsciiTableTop(std::string_view rule, std::string_view line) {
  const size_t first = rule.find('_');
  if (first == 0 || first == std::string_view::npos || rule.find_first_not_of(' ') != first) return false;
  const size_t last = rule.find_last_not_of(" \r");
  return rule.substr(first, last - first + 1).find_first_not_of('_') == std::string_view::npos &&
         line.size() > first && line[first - 1] == '|';
}

// A rule of a table drawn in ASCII as a grid: "+----+====+".
bool IsAsciiGridRule(std::string_view line) {
  const size_t first = line.find_first_not_of(' ');
  const size_t last = line.find_last_not_of(" \r");
  if (first == std::string_view::npos || line[first] != '+' || line[last] != '+' || last == first) return false;
  const std::string_view rule = line.substr(first, last - first + 1);
  return rule.find_first_not_of("+-=") == std::string_view::npos && rule.find("++") == std::string_view::npos;
}

// Renderings are told apart by how their lines are built: tables drawn with
// box-drawing characters or ASCII rules (grids of + - = |, or | and _),
// markdown pipe-table rows, tab-separated cells, and the text of printed pages
// (pages end with form feeds): laid out by position (pdftotext -layout: columns
// set by runs of spaces) or recognized by OCR (lines without columns); the
// form's text in lines without columns and without pages is a text browser's dump.
Format DetectRendering(std::string_view input) {
  constexpr size_t kEnoughLines = 3;
  constexpr size_t kEnoughGaps = 10;
  size_t pipe_rows = 0, tab_rows = 0, delimiter_rows = 0, box_rows = 0, ascii_tables = 0, grid_rules = 0;
  size_t gapped_rows = 0;
  std::string_view previous;
  for (size_t start = 0; start < input.size();) {
    size_t end = input.find('\n', start);
    if (end == std::string_view::npos) end = input.size();
    const std::string_view line = input.substr(start, end - start);
    const size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos && line[first] == '|') ++pipe_rows;
    if (line.find('\t') != std::string_view::npos && line.find('\t') != line.rfind('\t')) ++tab_rows;
    if (IsDelimiterRow(line)) ++delimiter_rows;
    // U+2500..U+257F, box-drawing characters, are E2 94 80..E2 95 BF in UTF-8.
    if (line.find("\xE2\x94") != std::string_view::npos || line.find("\xE2\x95") != std::string_view::npos) ++box_rows;
    if (IsAsciiTableTop(previous, line)) ++ascii_tables;
    if (IsAsciiGridRule(line)) ++grid_rules;
    previous = line;
    gapped_rows += HasColumnGap(line);
    start = end + 1;
  }
  if (box_rows >= kEnoughLines || grid_rules >= 2 || (ascii_tables > 0 && delimiter_rows == 0)) return Format::kText;
  if (pipe_rows >= kEnoughLines || delimiter_rows > 0) return Format::kMarkdown;
  if (tab_rows >= kEnoughLines) return Format::kTsv;
  const bool paged = input.find('\f') != std::string_view::npos;
  const bool boxed = input.find("\xE2\x94\x82") != std::string_view::npos;  // "│": a text browser's table
  if (paged && !boxed && gapped_rows >= kEnoughGaps) return Format::kPdfText;
  const bool has_form = input.find("Reporting Person") != std::string_view::npos;
  if (paged && !boxed && has_form) return Format::kOcr;
  // Not printed pages, yet the form's tables without columns: a text browser's dump.
  if (!boxed && has_form && input.find("Non-Derivative Securities") != std::string_view::npos) return Format::kTextLines;
  return Format::kUnknown;
}

}  // namespace

std::string_view FormatName(Format format) {
  switch (format) {
    case Format::kXml: return "xml";
    case Format::kSgml: return "sgml";
    case Format::kMarkdown: return "markdown";
    case Format::kTsv: return "tsv";
    case Format::kHtml: return "html";
    case Format::kText: return "text";
    case Format::kPdfText: return "pdftotext";
    case Format::kOcr: return "ocr";
    case Format::kTextLines: return "text_lines";
    case Format::kUnknown: break;
  }
  return "unknown";
}

Format DetectFormat(std::string_view input) {
  const std::string_view start = ContentStart(input);
  for (std::string_view tag : {"<SEC-DOCUMENT>", "<SEC-HEADER>", "<SUBMISSION>", "<IMS-DOCUMENT>"}) {
    if (StartsWith(start, tag)) return Format::kSgml;
  }
  if (IsHtmlPage(start)) return Format::kHtml;
  if (StartsWith(start, "<?xml") || StartsWith(start, "<ownershipDocument")) return Format::kXml;
  // XML preceded by something else (a comment, a stray line): the reader finds the element.
  if (input.find("<ownershipDocument") != std::string_view::npos) return Format::kXml;
  const Format rendering = DetectRendering(input);
  // An HTML page after a comment or other preamble, or a fragment without
  // <html>: its tags show near the top. Markdown that keeps raw HTML tables has
  // its pipe tables, and was told apart above.
  if (rendering == Format::kUnknown && (HasTagNearTop(input, "<html") || HasTagNearTop(input, "<table"))) {
    return Format::kHtml;
  }
  return rendering;
}

namespace internal {

const Reader* ReaderFor(Format format) {
  switch (format) {
    case Format::kXml: return &XmlReader();
    case Format::kSgml: return &SgmlReader();
    case Format::kMarkdown: return &MarkdownReader();
    case Format::kTsv: return &TsvReader();
    case Format::kHtml: return &HtmlReader();
    case Format::kText: return &TextReader();
    case Format::kPdfText: return &PdfTextReader();
    case Format::kOcr: return &OcrReader();
    case Format::kTextLines: return &TextLinesReader();
    case Format::kUnknown: break;
  }
  return nullptr;
}

}  // namespace internal

Result<Filing> ParseFiling(std::string_view input, std::string_view name) {
  if (ContentStart(input).empty()) {
    return Status::ParseError("expected an ownership filing, got an empty input",
                              SourceLocation{std::string(name), 0, 0});
  }
  const Format format = DetectFormat(input);
  const internal::Reader* reader = internal::ReaderFor(format);
  if (reader == nullptr) {
    return Status::ParseError(
        "expected an ownership filing (EDGAR XML, a full-submission .txt or a rendering of the form), got an unrecognized format",
        SourceLocation{std::string(name), 0, 0});
  }
  FORM4_ASSIGN_OR_RETURN(Filing filing, reader->Read(input, name));
  filing.source.format = std::string(FormatName(format));
  filing.source.file = std::string(name);
  EnrichAndCheck(filing);
  return filing;
}

Result<std::string> ReadInput(const std::string& path) {
  if (path == "-") return ReadStream(stdin, "<stdin>");
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) return Status::IoError(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  return ReadStream(file.get(), path);
}

}  // namespace form4

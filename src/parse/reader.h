// The internal interface every format reader implements, and the registry that
// maps a detected Format to its reader.
#ifndef FORM4_PARSE_READER_H_
#define FORM4_PARSE_READER_H_

#include <string_view>

#include "form4/model.h"
#include "form4/parse.h"
#include "form4/status.h"

namespace form4::internal {

/// Reads one input format into the canonical model.
class Reader {
 public:
  virtual ~Reader() = default;

  /// Parses `input`. `name` is only for messages. Sets every Filing field the
  /// format carries; ParseFiling() fills source.format and source.file.
  virtual Result<Filing> Read(std::string_view input, std::string_view name) const = 0;
};

/// The reader for `format`, or nullptr for kUnknown. Readers are stateless and
/// live for the whole program; safe to use from several threads.
const Reader* ReaderFor(Format format);

const Reader& XmlReader();
const Reader& SgmlReader();
const Reader& MarkdownReader();
const Reader& TsvReader();
const Reader& HtmlReader();
const Reader& TextReader();
const Reader& PdfTextReader();
const Reader& OcrReader();
const Reader& TextLinesReader();

}  // namespace form4::internal

#endif  // FORM4_PARSE_READER_H_

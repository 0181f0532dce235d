// The reader for the printed Form 3/4/5 turned into text by position
// (`pdftotext -layout` and converters like it): columns stand where the page
// printed them, cells wrap onto several lines, form feeds separate pages.
#include "parse/layout/pdf_text_grid.h"
#include "parse/reader.h"
#include "parse/rendered/lines.h"

namespace form4::internal {

const Reader& PdfTextReader() {
  static const GridRenderingReader<PdfTextGrid> reader;
  return reader;
}

}  // namespace form4::internal

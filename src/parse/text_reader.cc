// The reader for plain-text renderings of a Form 3/4/5 whose tables are drawn
// with rules (text dumps of the SEC's HTML by w3m, html2text, links...).
#include "parse/reader.h"
#include "parse/rendered/lines.h"
#include "parse/rendered/text_grid.h"

namespace form4::internal {

const Reader& TextReader() {
  static const GridRenderingReader<TextGrid> reader;
  return reader;
}

}  // namespace form4::internal

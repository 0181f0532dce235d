// The reader for plain-text renderings of a Form 3/4/5 whose tables are drawn
// with rules (text dumps of the SEC's HTML by w3m, html2text, links...).
#include "parse/reader.h"
#include "parse/rendered/lines.h"
#include "parse/rendered/text_grid.h"

namespace form4::internal {
namespace {

class TextReader final : public Reader {
 public:
  Result<Filing> Read(std::string_view input, std::string_view name) const override {
    return ReadGridRendering(TextGrid(input), name);
  }
};

}  // namespace

const Reader& TextReader() {
  static const class TextReader reader;
  return reader;
}

}  // namespace form4::internal

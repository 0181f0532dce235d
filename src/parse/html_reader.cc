// The reader for HTML renderings of a Form 3/4/5: the SEC's own layout of the
// form (the page EDGAR shows for an ownership filing) and pages like it.
#include "parse/reader.h"
#include "parse/rendered/grid.h"
#include "parse/rendered/html_grid.h"
#include "parse/rendered/lines.h"

namespace form4::internal {
namespace {

class HtmlReader final : public Reader {
 public:
  Result<Filing> Read(std::string_view input, std::string_view name) const override {
    Grid grid;
    AppendHtmlGrid(input, grid);
    return ReadGridRendering(grid, name);
  }
};

}  // namespace

const Reader& HtmlReader() {
  static const class HtmlReader reader;
  return reader;
}

}  // namespace form4::internal

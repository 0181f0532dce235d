// The reader for tab-separated text renderings of a Form 3/4/5 (one table row
// per line, cells split by tabs; lines without a tab are paragraphs).
#include <string>

#include "parse/reader.h"
#include "parse/rendered/grid.h"
#include "parse/rendered/lines.h"

namespace form4::internal {
namespace {

Grid TsvGrid(std::string_view input) {
  Grid grid;
  ForEachLine(input, [&](std::string_view line) {
    if (line.find('\t') == std::string_view::npos) return AddParagraphLine(line, grid);
    GridRow row;
    size_t start = 0;
    for (size_t tab = line.find('\t'); ; tab = line.find('\t', start)) {
      const size_t end = tab == std::string_view::npos ? line.size() : tab;
      row.cells.emplace_back(line.substr(start, end - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    grid.rows.push_back(std::move(row));
  });
  return grid;
}

}  // namespace

const Reader& TsvReader() {
  static const GridRenderingReader<TsvGrid> reader;
  return reader;
}

}  // namespace form4::internal

#include "parse/rendered/lines.h"

#include <string>

#include "util/text.h"

namespace form4::internal {

bool TrimmedStartsWith(std::string_view line, std::string_view prefix) {
  const size_t first = line.find_first_not_of(" \t");
  return first != std::string_view::npos && line.substr(first, prefix.size()) == prefix;
}

bool TrimmedEndsWith(std::string_view line, std::string_view suffix) {
  const size_t last = line.find_last_not_of(" \t");
  return last != std::string_view::npos && last + 1 >= suffix.size() &&
         line.substr(last + 1 - suffix.size(), suffix.size()) == suffix;
}

void AddParagraphLine(std::string_view line, Grid& grid) {
  std::string text = CollapseWhitespace(line);
  if (text.empty()) {
    grid.rows.push_back({});
    return;
  }
  while (!text.empty() && text.front() == '#') text.erase(text.begin());  // "## Title" -> "Title"
  grid.rows.push_back({{CollapseWhitespace(text)}});
}

void AddSignatureRows(const std::string& name, const std::string& date, Grid& grid) {
  GridRow row;
  row.cells.push_back(name);
  if (!date.empty()) row.cells.push_back(date);
  grid.rows.push_back(std::move(row));
  grid.rows.push_back({{"** Signature of Reporting Person", "Date"}});
}

Result<Filing> ReadGridRendering(const Grid& grid, std::string_view name) {
  std::vector<Warning> warnings;
  Filing filing = InterpretGrid(grid, warnings);
  const bool nothing_read = !filing.document_type && !filing.issuer.name && !filing.period_of_report &&
                            filing.non_derivative_transactions.empty() && filing.derivative_transactions.empty() &&
                            filing.non_derivative_holdings.empty() && filing.derivative_holdings.empty();
  if (nothing_read) {
    return Status::ParseError("expected a Form 3, 4 or 5 (its title, issuer or tables), found none",
                              SourceLocation{std::string(name), 0, 0});
  }
  filing.warnings = std::move(warnings);
  return filing;
}

}  // namespace form4::internal

#include "parse/ocr/ocr_marks.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>

#include "parse/ocr/ocr_text.h"

namespace form4::internal {

MarkedCell SplitMarkers(const std::string& text) {
  size_t end = text.size();
  // Walk back over "(n)" groups of one or two digits.
  while (end >= 3 && text[end - 1] == ')') {
    size_t open = end - 2;
    while (open > 0 && std::isdigit(static_cast<unsigned char>(text[open]))) --open;
    const size_t digits = end - 2 - open;
    if (text[open] != '(' || digits == 0 || digits > 2) break;
    end = open;
  }
  MarkedCell cell;
  cell.markers = text.substr(end);
  cell.value = text.substr(0, end);
  while (!cell.value.empty() && cell.value.back() == ' ') cell.value.pop_back();
  return cell;
}

bool NamesOwnFootnote(const std::string& nature) {
  const std::string folded = FoldForm(nature);
  return folded == "seefootnote" || folded == "seefootnotes";
}

std::string TeenMarkerNumber(std::string_view word, size_t footnote_count) {
  if (word.size() < 2 || word.size() > 3 || word[0] != 'a' || !std::isdigit(static_cast<unsigned char>(word[1])) ||
      (word.size() == 3 && word[2] != ')')) {
    return {};
  }
  const int number = 10 + (word[1] - '0');
  return static_cast<size_t>(number) <= footnote_count ? std::to_string(number) : std::string();
}

void DropImpossibleMarkers(MarkedCell& cell, size_t footnote_count, bool words) {
  std::string kept;
  for (const std::string& word : Words(cell.value)) {
    const bool parenthesized = word.size() >= 3 && word.front() == '(' && word.back() == ')';
    const std::string_view digits = parenthesized ? std::string_view(word).substr(1, word.size() - 2) : std::string_view();
    const bool all_digits = !digits.empty() && std::all_of(digits.begin(), digits.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    // In words, four digits are a year ("Fund (2010)"), not markers.
    const bool year = words && digits.size() == 4;
    if (all_digits && !year && (digits.size() > 2 || static_cast<size_t>(std::stoi(std::string(digits))) > footnote_count)) {
      cell.debris = true;
      continue;
    }
    if (!kept.empty()) kept += ' ';
    kept += word;
  }
  cell.value = kept;
}

namespace {

struct Group {
  std::map<std::string, size_t> markers;  // markers shown -> rows
  std::map<std::string, size_t> read;     // markers read -> rows
  size_t shown = 0;                       // rows with a value or debris
};

bool Shown(const MarkedCell& cell) { return !cell.value.empty() || !cell.markers.empty() || cell.debris; }

}  // namespace

void RepeatColumnMarkers(std::vector<std::vector<MarkedCell>>& rows, const std::vector<size_t>& key_columns,
                         const std::vector<std::string>& places, std::vector<Warning>& warnings) {
  for (size_t c = 0; c < key_columns.size(); ++c) {
    // Cells of markers alone ("(2)" for a date) and cells of values group apart.
    const auto key_of = [&](const std::vector<MarkedCell>& row) {
      std::string key = key_columns[c] < row.size() ? row[key_columns[c]].value : std::string();
      if (row[c].value.empty()) key += '\n';
      return key;
    };
    const auto own_footnote = [&](const MarkedCell& cell) { return NamesOwnFootnote(cell.value); };
    std::map<std::string, Group> groups;
    for (const std::vector<MarkedCell>& row : rows) {
      if (c >= row.size() || !Shown(row[c]) || own_footnote(row[c])) continue;
      Group& group = groups[key_of(row)];
      ++group.shown;
      if (row[c].markers.empty()) continue;
      ++group.markers[row[c].markers];
      if (!row[c].inferred) ++group.read[row[c].markers];
    }
    for (size_t r = 0; r < rows.size(); ++r) {
      if (c >= rows[r].size()) continue;
      MarkedCell& cell = rows[r][c];
      if (!Shown(cell) || !cell.markers.empty() || own_footnote(cell)) continue;
      const Group& group = groups[key_of(rows[r])];
      if (group.markers.size() != 1) continue;
      const auto& [markers, count] = *group.markers.begin();
      const auto read = group.read.find(markers);
      if (read == group.read.end() || read->second < 2 || count * 2 < group.shown) continue;
      cell.markers = markers;
      warnings.push_back({"ocr-marker-repeated", "info", places[r],
                          "'" + cell.value + "': footnote marker " + markers +
                              " OCR lost, taken from the rows of its column like it, which show no other"});
    }
  }
}

}  // namespace form4::internal

#include "parse/layout/header_rows.h"

#include "util/text.h"

namespace form4::internal {

std::string Marked(std::string_view value) {
  std::string out = "<u>";
  out.append(value);
  out += "</u>";
  return out;
}

std::string NameBoxCell(const NameAndAddress& box) {
  std::string cell = "Name and Address of Reporting Person";
  if (!box.name.empty()) AppendWord(cell, Marked(box.name));
  AppendWord(cell, "(Last) (First) (Middle)");
  for (const std::string& street : box.streets) AppendWord(cell, Marked(street));
  AppendWord(cell, "(Street)");
  if (box.has_city_line) {
    for (const std::string& part : box.city_state_zip) AppendWord(cell, Marked(part));
  }
  AppendWord(cell, "(City) (State) (Zip)");
  return cell;
}

void AddRow(Grid& grid, std::string text) { grid.rows.push_back({{std::move(text)}}); }

std::string CheckboxRow(bool checked, std::string_view caption) {
  std::string row(checked ? "\xE2\x98\x92 " : "\xE2\x98\x90 ");  // "☒ " or "☐ "
  row.append(caption);
  return row;
}

void AppendValueBox(std::string_view label, std::string_view value, Grid& grid) {
  AddRow(grid, std::string(label));
  if (!value.empty()) AddRow(grid, Marked(value));
}

void AppendRelationshipBox(const Relationship& relationship, Grid& grid) {
  AddRow(grid, "Relationship of Reporting Person(s) to Issuer");
  AddRow(grid, "(Check all applicable)");
  const std::array<bool, 4> ticked = {relationship.director, relationship.ten_percent_owner, relationship.officer,
                                      relationship.other};
  for (size_t role = 0; role < kRoleCaptions.size(); ++role) AddRow(grid, CheckboxRow(ticked[role], kRoleCaptions[role]));
  if (!relationship.officer_title.empty()) AddRow(grid, Marked(relationship.officer_title));
  if (!relationship.other_text.empty()) AddRow(grid, Marked(relationship.other_text));
}

}  // namespace form4::internal

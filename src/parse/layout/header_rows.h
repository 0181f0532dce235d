// The header of a printed Form 3/4/5, once its values are found, written as
// the grid rows the grid interpreter reads: the form's printed labels, values
// marked `<u>…</u>` and check boxes as ☒/☐ before their captions. Shared by
// the readers of printed forms (laid-out text and OCR).
#ifndef FORM4_PARSE_LAYOUT_HEADER_ROWS_H_
#define FORM4_PARSE_LAYOUT_HEADER_ROWS_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "parse/rendered/grid.h"

namespace form4::internal {

/// Box 1: name and address of a reporting person.
struct NameAndAddress {
  std::string name;
  std::vector<std::string> streets;
  std::array<std::string, 3> city_state_zip;  // city, state, ZIP
  bool has_city_line = false;
};

/// Box 5 (Form 3: box 4): the ticked roles and the titles written below them.
struct Relationship {
  bool director = false;
  bool ten_percent_owner = false;
  bool officer = false;
  bool other = false;
  std::string officer_title;
  std::string other_text;
};

/// The captions of the relationship box's check boxes, in the form's order:
/// Director, 10% Owner, Officer (give title below), Other (specify below).
inline constexpr std::array<std::string_view, 4> kRoleCaptions = {"Director", "10% Owner",
                                                                  "Officer (give title below)", "Other (specify below)"};

/// "<u>value</u>".
std::string Marked(std::string_view value);

/// A name and address box as one grid cell.
std::string NameBoxCell(const NameAndAddress& box);

/// A paragraph row.
void AddRow(Grid& grid, std::string text);

/// A check box before its caption: "☒ Director" or "☐ Director".
std::string CheckboxRow(bool checked, std::string_view caption);

/// A box's label and, when the box shows one, its value.
void AppendValueBox(std::string_view label, std::string_view value, Grid& grid);

/// The relationship box: label, the four check boxes, the officer title and
/// the other text.
void AppendRelationshipBox(const Relationship& relationship, Grid& grid);

}  // namespace form4::internal

#endif  // FORM4_PARSE_LAYOUT_HEADER_ROWS_H_

// InterpretGrid: a rendered Form 3/4/5, reduced to rows of cells, read into the
// canonical model by the form's structure: its printed labels locate the header
// values, its column headings the table columns, its section titles the
// footnotes, remarks and signatures.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>

#include "parse/rendered/grid.h"
#include "parse/rendered/header_tokens.h"
#include "parse/rendered/values.h"
#include "util/text.h"

namespace form4::internal {
namespace {

using Kind = HeaderToken::Kind;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The row's cells joined, markup removed, lower case: what section titles are matched against.
std::string RowText(const GridRow& row) {
  std::string text;
  for (const std::string& cell : row.cells) AppendWord(text, cell);
  return Lower(StripMarkup(text));
}

bool IsEmptyRow(const GridRow& row) {
  return std::all_of(row.cells.begin(), row.cells.end(),
                     [](const std::string& cell) { return StripMarkup(cell).empty(); });
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// ---------------------------------------------------------------------------
// Sections

struct Sections {
  size_t table1 = std::string::npos;       // row of the "Table I - ..." title
  size_t table2 = std::string::npos;       // row of the "Table II - ..." title
  size_t explanation = std::string::npos;  // "Explanation of Responses:"
  size_t remarks = std::string::npos;      // "Remarks:"
  size_t reminder = std::string::npos;     // "Reminder: ..." (the form's fine print)
  std::vector<size_t> signature_labels;    // rows reading "** Signature of Reporting Person"
};

// True when row `i` holds the start of the caption "** Signature of Reporting
// Person" that a narrow rendering wrapped onto the next row.
bool WrapsSignatureCaption(const Grid& grid, size_t i) {
  if (i + 1 >= grid.rows.size()) return false;
  const std::string text = RowText(grid.rows[i]);
  const std::string next = RowText(grid.rows[i + 1]);
  return text.find("signature of") != std::string::npos && text.find("signature of reporting") == std::string::npos &&
         next.find_first_not_of(' ') != std::string::npos &&
         StartsWith(std::string_view(next).substr(next.find_first_not_of(' ')), "reporting person");
}

Sections FindSections(const Grid& grid) {
  Sections sections;
  for (size_t i = 0; i < grid.rows.size(); ++i) {
    const std::string text = RowText(grid.rows[i]);
    const std::string_view trimmed = std::string_view(text).substr(std::min(text.size(), text.find_first_not_of(' ')));
    const auto first = [&](size_t& slot) {
      if (slot == std::string::npos) slot = i;
    };
    if (StartsWith(trimmed, "table ii")) {
      first(sections.table2);
    } else if (StartsWith(trimmed, "table i")) {
      first(sections.table1);
    } else if (StartsWith(trimmed, "explanation of responses")) {
      first(sections.explanation);
    } else if (StartsWith(trimmed, "remarks")) {
      first(sections.remarks);
    } else if (StartsWith(trimmed, "reminder:")) {
      first(sections.reminder);
    }
    if (text.find("signature of reporting person") != std::string::npos || WrapsSignatureCaption(grid, i)) {
      sections.signature_labels.push_back(i);
    }
  }
  return sections;
}

// "4", "3" or "5" from the form's title, or nullopt.
OptString FormNumber(const Grid& grid, size_t end) {
  for (size_t i = 0; i < end && i < grid.rows.size(); ++i) {
    const std::string text = RowText(grid.rows[i]);
    if (text.find("annual statement of changes in beneficial ownership") != std::string::npos) return "5";
    if (text.find("initial statement of beneficial ownership") != std::string::npos) return "3";
    if (text.find("statement of changes in beneficial ownership") != std::string::npos) return "4";
  }
  // A title wrapped over lines beside other text: the form's number box
  // ("FORM 4") or the SEC page's title ("SEC Form 4") instead.
  for (size_t i = 0; i < end && i < grid.rows.size(); ++i) {
    for (const std::string& cell : grid.rows[i].cells) {
      const std::string lowered = Lower(StripMarkup(cell));
      std::string_view text = lowered;
      if (StartsWith(text, "sec ")) text.remove_prefix(4);
      if (text == "form 3" || text == "form 4" || text == "form 5") return std::string(text.substr(5));
    }
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// Header

bool IsBoxLabel(Label label) {
  switch (label) {
    case Label::kName:
    case Label::kIssuer:
    case Label::kPeriod:
    case Label::kAmendment:
    case Label::kRelationship:
    case Label::kJointFiling:
    case Label::kPlanBox:
    case Label::kSection16:
      return true;
    default:
      return false;
  }
}

bool HasBoxLabel(const std::vector<HeaderToken>& tokens) {
  return std::any_of(tokens.begin(), tokens.end(),
                     [](const HeaderToken& t) { return t.kind == Kind::kLabel && IsBoxLabel(t.label); });
}

// An "X" written in a box, as text dumps show a ticked box.
bool IsTickMark(const HeaderToken& token) {
  return token.kind == Kind::kText && (token.text == "X" || token.text == "x");
}

bool IsMarkOnly(const std::vector<HeaderToken>& tokens) {
  return tokens.size() == 1 && (tokens[0].kind == Kind::kCheckbox || IsTickMark(tokens[0]));
}

// The header's tokens in reading order. A layout table puts boxes side by side
// (name and address | issuer and dates | relationship), so its cells are read
// box by box: a cell that starts a box opens a band of columns, and every later
// cell belongs to the band at or left of its column. Cells line up by index
// only within a table: a row with another number of cells ends the bands.
// A mark alone in a cell belongs to the caption in the cell right of it (the
// check boxes of Section 16, Rule 10b5-1 and Form 5's holdings and transactions
// stand in a column of their own, left of a column of captions that opens its
// own band).
std::vector<HeaderToken> HeaderStream(const Grid& grid, size_t begin, size_t end) {
  std::vector<HeaderToken> stream;
  std::map<size_t, std::vector<HeaderToken>> bands;  // by first column
  size_t width = 0;                                  // cells in the rows of the bands' table
  const auto flush_bands = [&] {
    for (auto& [column, tokens] : bands) stream.insert(stream.end(), tokens.begin(), tokens.end());
    bands.clear();
  };
  for (size_t r = begin; r < end; ++r) {
    const GridRow& row = grid.rows[r];
    if (row.cells.size() != width) flush_bands();
    width = row.cells.size();
    if (row.cells.size() <= 1) {  // a paragraph, or a table's end
      if (!row.cells.empty()) {
        std::vector<HeaderToken> tokens = TokenizeHeaderCell(row.cells[0]);
        stream.insert(stream.end(), tokens.begin(), tokens.end());
      }
      continue;
    }
    std::vector<HeaderToken> carried_mark;
    for (size_t c = 0; c < row.cells.size(); ++c) {
      std::vector<HeaderToken> tokens = TokenizeHeaderCell(row.cells[c]);
      if (tokens.empty()) continue;
      if (!carried_mark.empty()) {
        tokens.insert(tokens.begin(), carried_mark.begin(), carried_mark.end());
        carried_mark.clear();
      } else if (IsMarkOnly(tokens) && c + 1 < row.cells.size() &&
                 !TokenizeHeaderCell(row.cells[c + 1]).empty()) {
        carried_mark = std::move(tokens);
        continue;
      }
      auto band = bands.upper_bound(c);
      if (HasBoxLabel(tokens) || band == bands.begin()) {
        bands[c];  // this column opens a band (or is left of every band)
        band = bands.upper_bound(c);
      }
      std::vector<HeaderToken>& target = std::prev(band)->second;
      target.insert(target.end(), tokens.begin(), tokens.end());
    }
  }
  flush_bands();
  return stream;
}

// The tokens of the box that `label` opens: from after the label to the next box label.
std::vector<HeaderToken> BoxTokens(const std::vector<HeaderToken>& stream, Label label, size_t occurrence = 0) {
  std::vector<HeaderToken> box;
  size_t seen = 0;
  bool inside = false;
  for (const HeaderToken& token : stream) {
    if (token.kind == Kind::kLabel && IsBoxLabel(token.label)) {
      if (inside && token.label != label) break;
      if (!inside && token.label == label && seen++ == occurrence) inside = true;
      continue;
    }
    if (inside) box.push_back(token);
  }
  return box;
}

bool HasLabel(const std::vector<HeaderToken>& stream, Label label) {
  return std::any_of(stream.begin(), stream.end(),
                     [&](const HeaderToken& t) { return t.kind == Kind::kLabel && t.label == label; });
}

// True when a checked box (or a box with an "X" in it) stands right before the
// first `label` in `stream`.
bool CheckedBefore(const std::vector<HeaderToken>& stream, Label label) {
  for (size_t i = 1; i < stream.size(); ++i) {
    if (stream[i].kind == Kind::kLabel && stream[i].label == label) {
      return (stream[i - 1].kind == Kind::kCheckbox && stream[i - 1].checked) || IsTickMark(stream[i - 1]);
    }
  }
  return false;
}

// "6." or "3A." left before a label: the number of the next box, not a value.
bool IsBoxNumber(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == 0 || i > 2) return false;
  if (i < text.size() && text[i] >= 'A' && text[i] <= 'Z') ++i;
  if (i < text.size() && text[i] == '.') ++i;
  return i == text.size();
}

// `text` without the phrases (any case) in `phrases`.
std::string WithoutPhrases(std::string_view text, std::initializer_list<std::string_view> phrases) {
  std::string rest(text);
  std::string lower = Lower(text);
  for (std::string_view phrase : phrases) {
    for (size_t at = lower.find(phrase); at != std::string::npos; at = lower.find(phrase)) {
      rest.erase(at, phrase.size());
      lower.erase(at, phrase.size());
    }
  }
  return rest;
}

// Printed instructions that stay in a box's text once its label is taken out
// (and, where a text dump ran a box's value onto its label's line, before the value).
std::string WithoutInstructions(std::string_view text) {
  return WithoutPhrases(text, {"(month/day/year)", "(check all applicable)", "(check applicable line)",
                               "form filed by one reporting person", "form filed by more than one reporting person"});
}

std::string ValueText(const HeaderToken& token) { return SplitFootnoteMarkers(WithoutInstructions(token.text)).text; }

// True for text that is only the form's printed words (and a box's number or the label's asterisk).
bool IsInstruction(std::string_view text) {
  const std::string left = CollapseWhitespace(WithoutPhrases(WithoutInstructions(text), {"^(*)", "^*", "*"}));
  return left.empty() || IsBoxNumber(left);
}

// Which tokens of a box hold its values. Renderings that mark filled-in fields
// (`<u>`) mark all of them; in the others, the text that is not the form's own
// printed words is the value.
struct ValuePolicy {
  bool marked;
  bool IsValue(const HeaderToken& token) const {
    if (marked) return token.kind == Kind::kValue;
    return token.kind == Kind::kText && !IsInstruction(token.text) && !IsTickMark(token) && !ValueText(token).empty();
  }
};

ValuePolicy PolicyFor(const std::vector<HeaderToken>& box) {
  return {std::any_of(box.begin(), box.end(), [](const HeaderToken& t) { return t.kind == Kind::kValue; })};
}

OptString FirstValue(const std::vector<HeaderToken>& box) {
  const ValuePolicy policy = PolicyFor(box);
  for (const HeaderToken& token : box) {
    if (policy.IsValue(token)) return CleanText(ValueText(token));
  }
  return std::nullopt;
}

// Name and address from the tokens of box 1: the name, then (Last) (First)
// (Middle), the street lines, (Street), city, state and ZIP, (City) (State) (Zip).
ReportingOwner ReadNameBox(const std::vector<HeaderToken>& box) {
  ReportingOwner owner;
  const ValuePolicy policy = PolicyFor(box);
  enum class Part { kName, kStreet, kCity, kDone } part = Part::kName;
  std::vector<std::string> streets, city_parts;
  for (const HeaderToken& token : box) {
    if (token.kind == Kind::kLabel) {
      if (token.label == Label::kLast && part == Part::kName) part = Part::kStreet;
      if (token.label == Label::kStreet) part = Part::kCity;
      if (token.label == Label::kCity && part == Part::kCity) part = Part::kDone;
      continue;
    }
    if (!policy.IsValue(token)) continue;
    const std::string value = ValueText(token);
    if (value.empty()) continue;  // a token of control characters or marks alone
    if (part == Part::kName && !owner.name) owner.name = value;
    if (part == Part::kStreet) streets.push_back(value);
    if (part == Part::kCity) city_parts.push_back(value);
  }
  if (!streets.empty()) owner.street1 = streets[0];
  if (streets.size() > 1) owner.street2 = streets[1];
  if (city_parts.size() == 3) {
    owner.city = CleanText(city_parts[0]);
    owner.state = CleanText(city_parts[1]);
    owner.zip_code = CleanText(city_parts[2]);
  } else if (!city_parts.empty()) {
    std::string joined;
    for (const std::string& part_text : city_parts) AppendWord(joined, part_text);
    const CityStateZip split = SplitCityStateZip(joined);
    owner.city = split.city;
    owner.state = split.state;
    owner.zip_code = split.zip;
  }
  return owner;
}

// Box 5 (Form 3: box 4): the checked roles and the title written below them.
void ReadRelationship(const std::vector<HeaderToken>& stream, ReportingOwner& owner) {
  owner.is_director = CheckedBefore(stream, Label::kDirector);
  owner.is_ten_percent_owner = CheckedBefore(stream, Label::kTenPercentOwner);
  owner.is_officer = CheckedBefore(stream, Label::kOfficer);
  owner.is_other = CheckedBefore(stream, Label::kOther);
  // The title is written below the roles: underlined in most renderings, plain
  // text in some (even where other fields are underlined). Each role is printed
  // once, so a role's words met again below the roles belong to a title ("Pres,
  // Prod Architect & Director") with the text they stand between.
  std::vector<std::string> titles;
  std::vector<Label> roles_seen;
  bool after_roles = false, after_value = false, after_repeat = false;
  const ValuePolicy plain{false};
  const auto add_title = [&](const std::string& text, bool join) {
    if (join && !titles.empty()) {
      AppendWord(titles.back(), text);
    } else {
      titles.push_back(text);
    }
  };
  for (const HeaderToken& token : BoxTokens(stream, Label::kRelationship)) {
    if (token.kind == Kind::kLabel) {
      const bool role = token.label == Label::kDirector || token.label == Label::kTenPercentOwner;
      if (after_roles && role && std::find(roles_seen.begin(), roles_seen.end(), token.label) != roles_seen.end()) {
        add_title(token.text, after_value || after_repeat);
        after_repeat = true;
        after_value = false;
        continue;
      }
      roles_seen.push_back(token.label);
      after_roles = after_roles || token.label == Label::kOther || token.label == Label::kOfficer;
      after_value = after_repeat = false;
      continue;
    }
    if (token.kind == Kind::kValue || (after_roles && plain.IsValue(token))) {
      add_title(ValueText(token), after_repeat);
      after_value = true;
      after_repeat = false;
    }
  }
  size_t next = 0;
  if (owner.is_officer && next < titles.size()) owner.officer_title = titles[next++];
  if (owner.is_other && next < titles.size()) owner.other_text = titles[next++];
}

void ReadHeader(const std::vector<HeaderToken>& stream, Filing& filing) {
  ReportingOwner owner = ReadNameBox(BoxTokens(stream, Label::kName));
  ReadRelationship(stream, owner);
  filing.reporting_owners.push_back(owner);
  const IssuerNameAndTicker issuer = SplitIssuerTicker(FirstValue(BoxTokens(stream, Label::kIssuer)).value_or(""));
  filing.issuer.name = issuer.name;
  filing.issuer.trading_symbol = issuer.ticker;
  if (OptString period = FirstValue(BoxTokens(stream, Label::kPeriod))) filing.period_of_report = ParseRenderedDate(*period);
  if (OptString original = FirstValue(BoxTokens(stream, Label::kAmendment))) {
    filing.date_of_original_submission = ParseRenderedDate(*original);
  }
  filing.not_subject_to_section16 = CheckedBefore(stream, Label::kSection16);
  // The 10b5-1 box exists on forms from April 2023 on; before, the field is null.
  if (HasLabel(stream, Label::kPlanBox) || HasLabel(stream, Label::kPlanSentence)) {
    filing.aff10b5one = CheckedBefore(stream, Label::kPlanSentence) || CheckedBefore(stream, Label::kPlanBox);
  }
}

// Filings with several reporting persons list each one's name and address
// again after the tables; the first box in the header is the first of them.
void ReadAdditionalOwners(const Grid& grid, size_t begin, size_t end, Filing& filing) {
  std::vector<HeaderToken> stream;  // a box may span cells and rows
  for (size_t r = begin; r < end; ++r) {
    for (const std::string& cell : grid.rows[r].cells) {
      std::vector<HeaderToken> tokens = TokenizeHeaderCell(cell);
      stream.insert(stream.end(), tokens.begin(), tokens.end());
    }
  }
  // Each box runs from its label to the next box's.
  std::vector<ReportingOwner> listed;
  const auto is_name = [](const HeaderToken& t) { return t.kind == Kind::kLabel && t.label == Label::kName; };
  for (auto box = std::find_if(stream.begin(), stream.end(), is_name); box != stream.end();) {
    const auto next = std::find_if(box + 1, stream.end(), is_name);
    listed.push_back(ReadNameBox(BoxTokens(std::vector<HeaderToken>(box, next), Label::kName)));
    box = next;
  }
  if (listed.empty()) return;
  ReportingOwner first = filing.reporting_owners.front();
  if (listed.front().name == first.name) listed.erase(listed.begin());
  filing.reporting_owners.insert(filing.reporting_owners.end(), listed.begin(), listed.end());
}

// ---------------------------------------------------------------------------
// Tables

enum class Column {
  kIgnore, kTitle, kConversion, kDate, kDeemed, kCode, kV, kShares, kSharesAcquired,
  kSharesDisposed, kSharesMerged, kAcquiredDisposed, kPrice, kExercisable, kExpiration,
  kUnderlyingTitle, kUnderlyingShares, kOwnedFollowing, kDirectIndirect, kNature,
};

// The columns a heading of Table I or II stands for, in order. Their number is
// the form's own (box 4 "Transaction Code" has Code and V...), whatever the
// rendering's heading spans.
std::vector<Column> ColumnsOfHeading(const std::string& heading) {
  const auto has = [&](std::string_view phrase) { return heading.find(phrase) != std::string::npos; };
  if (has("deemed execution")) return {Column::kDeemed};
  if (has("date exercisable")) return {Column::kExercisable, Column::kExpiration};
  if (has("transaction date")) return {Column::kDate};
  if (has("transaction code")) return {Column::kCode, Column::kV};
  if (has("conversion or exercise price")) return {Column::kConversion};
  if (has("underlying")) return {Column::kUnderlyingTitle, Column::kUnderlyingShares};
  if (has("title of")) return {Column::kTitle};
  if (has("derivative securities acquired")) return {Column::kSharesAcquired, Column::kSharesDisposed};
  if (has("acquired (a) or disposed")) return {Column::kShares, Column::kAcquiredDisposed, Column::kPrice};
  if (has("price of derivative")) return {Column::kPrice};
  if (has("beneficially owned")) return {Column::kOwnedFollowing};
  if (has("ownership form")) return {Column::kDirectIndirect};
  if (has("nature of indirect")) return {Column::kNature};
  return {};
}

// Column roles, in cell order, from the heading row's headings: the full layout
// (Code and V; (A) and (D) in Table II).
std::vector<Column> ColumnRoles(const GridRow& heading_row) {
  std::vector<Column> roles;
  for (size_t c = 0; c < heading_row.cells.size();) {
    const std::string heading = Lower(StripMarkup(heading_row.cells[c]));
    size_t span = 1;
    while (c + span < heading_row.cells.size() && StripMarkup(heading_row.cells[c + span]).empty()) ++span;
    c += heading.empty() ? 1 : span;
    if (heading.empty()) continue;
    const std::vector<Column> columns = ColumnsOfHeading(heading);
    roles.insert(roles.end(), columns.begin(), columns.end());
    if (columns.empty()) roles.push_back(Column::kIgnore);
  }
  return roles;
}

// Table II's (A) and (D) columns as one, for rows of a rendering that merged them.
std::vector<Column> MergeAcquiredDisposed(std::vector<Column> roles) {
  const auto acquired = std::find(roles.begin(), roles.end(), Column::kSharesAcquired);
  if (acquired == roles.end() || acquired + 1 == roles.end() || acquired[1] != Column::kSharesDisposed) return roles;
  *acquired = Column::kSharesMerged;
  roles.erase(acquired + 1);
  return roles;
}

std::vector<Column> WithoutV(std::vector<Column> roles) {
  roles.erase(std::remove(roles.begin(), roles.end(), Column::kV), roles.end());
  return roles;
}

// The layouts a table's rows may have: the form's own (Form 5 has no V column),
// then, unless the subheadings show (A) and (D) apart, the same with Table II's
// (A) and (D) merged, as some renderings do.
std::vector<std::vector<Column>> LayoutVariants(const std::vector<Column>& full, bool form5, bool split_ad) {
  const std::vector<Column> form = form5 ? WithoutV(full) : full;
  if (split_ad) return {form};
  return {form, MergeAcquiredDisposed(form)};
}

// The variant with as many columns as the row has cells, else the full layout.
const std::vector<Column>& LayoutForRow(const std::vector<std::vector<Column>>& variants, size_t cells) {
  for (const std::vector<Column>& variant : variants) {
    if (variant.size() == cells) return variant;
  }
  return variants.front();
}

bool IsSubheadingRow(const GridRow& row) {
  static const std::vector<std::string> kSubheadings = {
      "code", "v", "amount", "(a) or (d)", "price", "(a)", "(d)", "date exercisable",
      "expiration date", "title", "amount or number of shares"};
  bool any = false;
  for (const std::string& cell : row.cells) {
    const std::string text = Lower(StripMarkup(cell));
    if (text.empty()) continue;
    if (std::find(kSubheadings.begin(), kSubheadings.end(), text) == kSubheadings.end()) return false;
    any = true;
  }
  return any;
}

// True when the subheading rows from `begin` show "(A)" and "(D)" as cells of their own.
bool HasSplitAcquiredDisposed(const Grid& grid, size_t begin, size_t end) {
  bool acquired = false, disposed = false;
  for (size_t r = begin; r < end && IsSubheadingRow(grid.rows[r]); ++r) {
    for (const std::string& cell : grid.rows[r].cells) {
      const std::string text = Lower(StripMarkup(cell));
      acquired = acquired || text == "(a)";
      disposed = disposed || text == "(d)";
    }
  }
  return acquired && disposed;
}

// True when a cell of `row` starts one of the header's boxes ("1. Name and Address of Reporting Person").
bool StartsBox(const GridRow& row) {
  return std::any_of(row.cells.begin(), row.cells.end(),
                     [](const std::string& cell) { return HasBoxLabel(TokenizeHeaderCell(cell)); });
}

void AddFootnotes(Row& row, std::string_view field, const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  std::vector<std::string>& refs = row.footnote_ids[std::string(field)];
  for (const std::string& id : ids) {
    if (std::find(refs.begin(), refs.end(), id) == refs.end()) refs.push_back(id);
  }
  std::sort(refs.begin(), refs.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
}

// Text that a date column shows: a date, or kept as written when it is not one.
OptDate DateOrText(const std::string& text) {
  if (OptDate date = ParseRenderedDate(text)) return date;
  return CleanText(text);
}

// "M", "S/K" (an equity swap), "J(1)"...
void ReadCode(Row& row, const std::string& text) {
  const size_t slash = text.find('/');
  if (slash == std::string::npos) {
    row.code = CleanText(text);
    return;
  }
  row.code = CleanText(text.substr(0, slash));
  if (CollapseWhitespace(text.substr(slash + 1)) == "K") row.equity_swap_involved = true;
}

void ReadCell(Row& row, Column column, const std::string& cell, MarkerStyle style) {
  const MarkedValue value = SplitFootnoteMarkers(cell, style);
  const std::string& text = value.text;
  const auto note = [&](std::string_view field) { AddFootnotes(row, field, value.footnotes); };
  // An amount in dollars where the form asks for a number of shares is a
  // value-based amount (notes, debentures): transactionTotalValue and the like.
  const bool dollars = !text.empty() && text.front() == '$';
  switch (column) {
    case Column::kIgnore:
    case Column::kV:
      return;
    case Column::kTitle: row.security_title = CleanText(text); return note("security_title");
    case Column::kConversion:
      row.conversion_or_exercise_price = ParseRenderedNumber(text);
      return note("conversion_or_exercise_price");
    case Column::kDate: row.transaction_date = DateOrText(text); return note("transaction_date");
    case Column::kDeemed: row.deemed_execution_date = DateOrText(text); return note("deemed_execution_date");
    case Column::kCode: ReadCode(row, text); return note("code");
    case Column::kShares:
    case Column::kSharesMerged:
      (dollars ? row.total_value : row.shares) = ParseRenderedNumber(text);
      return note("shares");
    case Column::kSharesAcquired:
    case Column::kSharesDisposed:
      if (!text.empty()) {
        (dollars ? row.total_value : row.shares) = ParseRenderedNumber(text);
        row.acquired_disposed = column == Column::kSharesAcquired ? "A" : "D";
      }
      return note("shares");
    case Column::kAcquiredDisposed: row.acquired_disposed = CleanText(text); return note("acquired_disposed");
    case Column::kPrice: row.price_per_share = ParseRenderedNumber(text); return note("price_per_share");
    case Column::kExercisable: row.exercise_date = DateOrText(text); return note("exercise_date");
    case Column::kExpiration: row.expiration_date = DateOrText(text); return note("expiration_date");
    case Column::kUnderlyingTitle:
      row.underlying_security_title = CleanText(text);
      return note("underlying_security_title");
    case Column::kUnderlyingShares:
      (dollars ? row.underlying_security_value : row.underlying_security_shares) = ParseRenderedNumber(text);
      return note(dollars ? "underlying_security_value" : "underlying_security_shares");
    case Column::kOwnedFollowing:
      // A security reported by value (its amount in dollars) is reported by value throughout its row.
      (dollars && row.total_value ? row.value_owned_following : row.shares_owned_following) = ParseRenderedNumber(text);
      return note("shares_owned_following");
    case Column::kDirectIndirect: row.direct_or_indirect = CleanText(text); return note("direct_or_indirect");
    case Column::kNature: row.nature_of_ownership = CleanText(text); return note("nature_of_ownership");
  }
}

// Codes that acquire the derivative security itself (SEC Form 4 instructions,
// section 8); the others (M, X, C, F, D, S, G, ...) normally dispose of it.
bool CodeAcquiresDerivative(const std::string& code) {
  return code == "A" || code == "P" || code == "I" || code == "L" || code == "W";
}

// Codes that go either way ("other acquisition or disposition", swaps, trusts).
bool CodeIsEitherWay(const std::string& code) { return code == "J" || code == "K" || code == "Z"; }

std::optional<double> NumberValue(const OptNumber& number) {
  if (!number || !number->is_number) return std::nullopt;
  return std::strtod(number->text.c_str(), nullptr);
}

bool SameAmount(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(a)); }

// Acquired or disposed, from the holdings arithmetic: the amount owned after
// this row is the amount after the previous row of the same security and
// ownership, plus or minus this row's number; nothing left afterwards means a
// disposal. Nullopt when the arithmetic does not decide.
OptString DirectionFromHoldings(const Row& row, const std::vector<Row>& earlier) {
  const std::optional<double> shares = NumberValue(row.shares ? row.shares : row.total_value);
  const std::optional<double> following =
      NumberValue(row.shares_owned_following ? row.shares_owned_following : row.value_owned_following);
  if (!shares || !following) return std::nullopt;
  for (auto previous = earlier.rbegin(); previous != earlier.rend(); ++previous) {
    if (previous->security_title != row.security_title || previous->direct_or_indirect != row.direct_or_indirect) continue;
    const std::optional<double> before = NumberValue(
        previous->shares_owned_following ? previous->shares_owned_following : previous->value_owned_following);
    if (!before) break;
    if (SameAmount(*before + *shares, *following)) return "A";
    if (SameAmount(*before - *shares, *following)) return "D";
    return std::nullopt;
  }
  if (*following == 0 && *shares > 0) return "D";
  return std::nullopt;
}

// An exercise or conversion reported on one row delivers the underlying
// security, which the filer may report on a later row with the same code: a
// row whose security is an earlier exercised row's underlying was acquired.
bool ReceivedByEarlierExercise(const Row& row, const std::vector<Row>& earlier) {
  if (*row.code != "X" && *row.code != "M" && *row.code != "C") return false;
  return std::any_of(earlier.begin(), earlier.end(), [&](const Row& previous) {
    return previous.code == row.code && previous.underlying_security_title &&
           previous.underlying_security_title == row.security_title;
  });
}

// A rendering that merged Table II's (A) and (D) columns shows only the number;
// the direction follows from the holdings arithmetic or, failing that, from the
// transaction code.
void InferDerivativeDirection(Row& row, const std::vector<Row>& earlier, std::vector<Warning>& warnings) {
  if (row.acquired_disposed || !(row.shares || row.total_value) || !row.code) return;
  const auto infer = [&](const std::string& direction, const std::string& reason) {
    row.acquired_disposed = direction;
    warnings.push_back({"rendering-inferred-acquired-disposed", "info",
                        "derivative_transactions[" + std::to_string(earlier.size()) + "].acquired_disposed",
                        "the rendering merged the (A) and (D) columns; " + direction + reason});
  };
  if (OptString direction = DirectionFromHoldings(row, earlier)) {
    return infer(*direction, " follows from the holdings before and after");
  }
  if (ReceivedByEarlierExercise(row, earlier)) return infer("A", ": an earlier row's " + *row.code + " delivered it");
  std::string direction = CodeAcquiresDerivative(*row.code) ? "A" : "D";
  if (CodeIsEitherWay(*row.code)) {
    // Owning exactly this row's number afterwards: it was acquired from nothing.
    const std::optional<double> shares = NumberValue(row.shares);
    const std::optional<double> following = NumberValue(row.shares_owned_following);
    direction = shares && following && SameAmount(*shares, *following) ? "A" : "D";
  }
  infer(direction, " follows from transaction code " + *row.code);
}

bool IsTransaction(const Row& row) { return row.transaction_date || row.code || row.shares || row.total_value; }

// Reads the table whose title is at row `title` and ends before `end`.
// Superscript markers in any of the table's rows make plain "(n)" the filer's text.
MarkerStyle TableMarkerStyle(const Grid& grid, size_t begin, size_t end) {
  for (size_t r = begin; r < end; ++r) {
    for (const std::string& cell : grid.rows[r].cells) {
      if (HasSuperscriptMarker(cell)) return MarkerStyle::kSuperscript;
    }
  }
  return MarkerStyle::kAny;
}

void ReadTable(const Grid& grid, size_t title, size_t end, bool derivative, const OptString& form, Filing& filing,
               std::vector<Warning>& warnings) {
  const bool form3 = form == "3";
  const MarkerStyle style = TableMarkerStyle(grid, title, end);
  size_t r = title + 1;
  while (r < end && RowText(grid.rows[r]).find("title of") == std::string::npos) ++r;
  if (r >= end) return;
  const std::vector<std::vector<Column>> variants =
      LayoutVariants(ColumnRoles(grid.rows[r]), form == "5", HasSplitAcquiredDisposed(grid, r + 1, end));
  bool in_rows = false;
  for (++r; r < end; ++r) {
    const GridRow& grid_row = grid.rows[r];
    if (IsEmptyRow(grid_row)) {
      if (in_rows || grid_row.cells.empty()) break;
      continue;
    }
    if (grid_row.cells.size() <= 1) break;  // a paragraph: the table is over
    if (StartsBox(grid_row)) break;         // the form's boxes (more reporting persons) follow
    if (IsSubheadingRow(grid_row)) continue;
    in_rows = true;
    Row row;
    const std::vector<Column>& roles = LayoutForRow(variants, grid_row.cells.size());
    const MarkerStyle row_style = grid_row.superscript_footnotes_only ? MarkerStyle::kSuperscript : style;
    const bool has_merged = std::find(roles.begin(), roles.end(), Column::kSharesMerged) != roles.end();
    for (size_t c = 0; c < grid_row.cells.size() && c < roles.size(); ++c) ReadCell(row, roles[c], grid_row.cells[c], row_style);
    const bool transaction = !form3 && IsTransaction(row);
    const TableKind kind = derivative ? (transaction ? TableKind::kDerivativeTransactions : TableKind::kDerivativeHoldings)
                                      : (transaction ? TableKind::kNonDerivativeTransactions
                                                     : TableKind::kNonDerivativeHoldings);
    if (kind == TableKind::kDerivativeTransactions && has_merged) {
      InferDerivativeDirection(row, filing.derivative_transactions, warnings);
    }
    filing.Table(kind).push_back(std::move(row));
  }
}

// ---------------------------------------------------------------------------
// Footnotes, remarks, signatures

// The footnote number a line starts with ("1.", "1)", "(1)", "⁽¹⁾", "[1]"), with
// `rest` set to the text after it; "" when the line starts with none.
std::string LeadingFootnoteNumber(std::string_view line, std::string_view& rest) {
  size_t i = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  if (i > 0 && i <= 3 && i < line.size() && (line[i] == '.' || line[i] == ')') &&
      (i + 1 == line.size() || line[i + 1] == ' ')) {
    rest = line.substr(i + 1);
    return std::string(line.substr(0, i));
  }
  if (i > 0 && i <= 2 && i + 1 < line.size() && line[i] == '\\' && line[i + 1] == '.') {  // markdown "1\."
    rest = line.substr(i + 2);
    return std::string(line.substr(0, i));
  }
  size_t end = 0;
  std::string number = FootnoteMarkerAt(line, 0, &end);
  if (!number.empty()) rest = line.substr(end);
  return number;
}

bool IsBullet(std::string_view line) {
  return line.size() >= 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ';
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || (c >= '0' && c <= '9'); }

// Appends a line of a paragraph that the rendering wrapped: after a space, or
// after nothing where it broke after a hyphen or slash inside a word ("lock-"
// "up", "1/" "60th").
void AppendWrappedLine(std::string& text, std::string_view line) {
  const bool hyphenated = text.size() >= 2 && (text.back() == '-' || text.back() == '/') &&
                          IsAsciiAlnum(text[text.size() - 2]) && !line.empty() && IsAsciiAlnum(line.front());
  if (hyphenated) {
    text.append(line);
  } else {
    AppendWord(text, line);
  }
}

void ReadFootnotes(const Grid& grid, size_t begin, size_t end, Filing& filing) {
  for (size_t r = begin; r < end; ++r) {
    if (IsEmptyRow(grid.rows[r])) continue;
    std::string raw;
    for (const std::string& cell : grid.rows[r].cells) AppendWord(raw, cell);
    const std::string line = CollapseWhitespace(raw);
    std::string_view rest = line;
    std::string number;
    if (IsBullet(line)) {
      number = std::to_string(filing.footnotes.size() + 1);
      rest = std::string_view(line).substr(2);
    } else {
      number = LeadingFootnoteNumber(line, rest);
      // A number alone that is not the next footnote's ends the sentence above
      // ("... of this Form" / "4."), wrapped onto its own line.
      if (!number.empty() && CollapseWhitespace(rest).empty() && !filing.footnotes.empty() &&
          FootnoteId(number) != FootnoteId(std::to_string(filing.footnotes.size() + 1))) {
        number.clear();
      }
    }
    if (!number.empty()) {
      filing.footnotes.push_back({FootnoteId(number), CleanText(StripMarkup(rest))});
    } else if (!filing.footnotes.empty()) {  // a footnote's text wrapped onto another line
      Footnote& last = filing.footnotes.back();
      std::string text = last.text.value_or("");
      AppendWrappedLine(text, StripMarkup(line));
      last.text = CleanText(text);
    }
  }
}

// A signature's name may wrap over lines above and below the one with its date;
// no more lines than this are read above a "Signature of Reporting Person" caption,
// twice as many between two such captions.
constexpr size_t kMaxSignatureLines = 8;

bool HasDate(const GridRow& row) {
  for (const std::string& cell : row.cells) {
    const std::string text = StripMarkup(cell);
    const size_t space = text.rfind(' ');
    if (ParseRenderedDate(space == std::string::npos ? text : text.substr(space + 1))) return true;
  }
  return false;
}

bool IsSignatureCaption(const GridRow& row) {
  return RowText(row).find("signature of reporting person") != std::string::npos;
}

// True for a row that starts a section of the form's fine print or a footnote:
// text that is not part of a signature above it.
bool StartsSectionOrNote(const GridRow& row) {
  const std::string text = RowText(row);
  const std::string_view trimmed = std::string_view(text).substr(std::min(text.size(), text.find_first_not_of(' ')));
  for (std::string_view title : {"explanation of responses", "remarks", "reminder:", "table i"}) {
    if (StartsWith(trimmed, title)) return true;
  }
  std::string raw;
  for (const std::string& cell : row.cells) AppendWord(raw, cell);
  std::string_view rest;
  return !LeadingFootnoteNumber(CollapseWhitespace(raw), rest).empty();
}

// The rows of each signature, [first, last]: the block of rows above each "**
// Signature of Reporting Person", back to an empty row or the caption above
// (either of its lines, where a narrow rendering wrapped it).
// A block that no such row delimits (a footnote, a section's title or too many
// lines of text run on above it) starts at the row with the signature's date.
std::vector<std::pair<size_t, size_t>> SignatureRows(const Grid& grid, const Sections& sections) {
  std::vector<std::pair<size_t, size_t>> rows;
  for (size_t label : sections.signature_labels) {
    size_t r = label;
    while (r > 0 && IsEmptyRow(grid.rows[r - 1])) --r;
    if (r == 0) continue;
    const size_t last = r - 1;
    size_t first = last;
    bool delimited = false, below_caption = false;
    for (size_t k = last;; --k) {
      const GridRow& row = grid.rows[k];
      const bool caption_above = IsSignatureCaption(row) || WrapsSignatureCaption(grid, k) ||
                                 (k > 0 && WrapsSignatureCaption(grid, k - 1));  // its wrapped half
      if (k < last && (IsEmptyRow(row) || caption_above)) {
        delimited = true;
        below_caption = caption_above;
        break;
      }
      if (k < last && StartsSectionOrNote(row)) break;
      first = k;
      if (last - k + 1 >= 2 * kMaxSignatureLines) break;
      if (k == 0) {
        delimited = true;
        break;
      }
    }
    // More lines than a signature takes count only between two signatures'
    // captions (a narrow rendering wraps a long name over many lines).
    if (last - first + 1 > kMaxSignatureLines && !(delimited && below_caption)) {
      delimited = false;
      first = last + 1 - kMaxSignatureLines;
    }
    if (!delimited) {
      size_t dated = last;
      while (dated > first && !HasDate(grid.rows[dated])) --dated;
      first = HasDate(grid.rows[dated]) ? dated : last;
    }
    rows.push_back({first, last});
  }
  return rows;
}

// Reads a signature from its rows: the date is the one date written in them
// (a cell, or the end of a line); the rest of their text is the name.
void ReadSignatures(const Grid& grid, const std::vector<std::pair<size_t, size_t>>& rows, Filing& filing) {
  for (const auto& [first, last] : rows) {
    std::string name;
    OptDate date;
    for (size_t r = first; r <= last; ++r) {
      std::vector<std::string> cells;
      for (const std::string& cell : grid.rows[r].cells) {
        std::string text = StripMarkup(cell);
        if (!text.empty()) cells.push_back(std::move(text));
      }
      if (!date && cells.size() >= 2 && ParseRenderedDate(cells.back())) {
        date = ParseRenderedDate(cells.back());
        cells.pop_back();
      }
      std::string line;
      for (const std::string& cell : cells) AppendWord(line, cell);
      if (!date) {
        const SignatureLine split = SplitSignatureLine(line);
        if (split.date) {
          date = split.date;
          line = split.name.value_or("");
        }
      }
      AppendWord(name, line);
    }
    if (name.empty() && !date) continue;
    filing.signatures.push_back({CleanText(name), date});
  }
}

void ReadRemarks(const Grid& grid, size_t begin, size_t end, Filing& filing) {
  std::string text;
  for (size_t r = begin; r < end; ++r) {
    for (const std::string& cell : grid.rows[r].cells) AppendWrappedLine(text, StripMarkup(cell));
  }
  std::string clean = CollapseWhitespace(text);
  if (Lower(clean).rfind("remarks:", 0) == 0) clean = clean.substr(8);
  filing.remarks = CleanText(clean);
}

size_t MinOf(std::initializer_list<size_t> values) { return std::min(values); }

}  // namespace

Filing InterpretGrid(const Grid& grid, std::vector<Warning>& warnings) {
  Filing filing;
  const Sections sections = FindSections(grid);
  const size_t rows = grid.rows.size();
  const std::vector<std::pair<size_t, size_t>> signature_rows = SignatureRows(grid, sections);
  const size_t first_signature = signature_rows.empty() ? rows : signature_rows.front().first;
  const size_t header_end = MinOf({sections.table1, sections.table2, sections.explanation, first_signature, rows});

  const std::vector<HeaderToken> header = HeaderStream(grid, 0, header_end);
  ReadHeader(header, filing);
  const OptString form = FormNumber(grid, header_end);
  if (form) filing.document_type = *form + (filing.date_of_original_submission ? "/A" : "");

  const size_t tables_end = MinOf({sections.explanation, sections.remarks, first_signature, rows});
  if (sections.table1 != std::string::npos) {
    ReadTable(grid, sections.table1, std::min(sections.table2, tables_end), false, form, filing, warnings);
  }
  if (sections.table2 != std::string::npos) {
    ReadTable(grid, sections.table2, tables_end, true, form, filing, warnings);
  }
  const size_t after_tables = sections.table2 != std::string::npos ? sections.table2 + 1 : header_end;
  ReadAdditionalOwners(grid, after_tables, MinOf({sections.explanation, first_signature, rows}), filing);

  const size_t notes_end = MinOf({sections.remarks, first_signature, sections.reminder, rows});
  if (sections.explanation != std::string::npos) ReadFootnotes(grid, sections.explanation + 1, notes_end, filing);
  if (sections.remarks != std::string::npos) {
    ReadRemarks(grid, sections.remarks, MinOf({first_signature, sections.reminder, rows}), filing);
  }
  ReadSignatures(grid, signature_rows, filing);
  return filing;
}

}  // namespace form4::internal

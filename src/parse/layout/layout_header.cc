#include "parse/layout/layout_header.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <map>
#include <optional>
#include <string_view>

#include "parse/layout/captions.h"
#include "parse/layout/header_rows.h"
#include "parse/rendered/values.h"
#include "util/text.h"

namespace form4::internal {
namespace {

// How far left of its box label a value may start and still be the box's.
constexpr int kSlack = 2;


enum class Box { kName, kIssuer, kPeriod, kAmendment, kRelationship, kJointFiling };

struct BoxPhrase {
  Box box;
  std::string_view phrase;
};

// The box labels of Forms 3, 4 and 5 (without their numbers, which differ by form).
constexpr std::array<BoxPhrase, 8> kBoxPhrases = {{
    {Box::kName, "Name and Address of Reporting Person*"},
    {Box::kIssuer, "Issuer Name and Ticker or Trading Symbol"},
    {Box::kPeriod, "Date of Earliest Transaction (Month/Day/Year)"},
    {Box::kPeriod, "Date of Event Requiring Statement (Month/Day/Year)"},
    {Box::kPeriod, "Statement for Issuer's Fiscal Year Ended (Month/Day/Year)"},
    {Box::kAmendment, "If Amendment, Date of Original Filed (Month/Day/Year)"},
    {Box::kRelationship, "Relationship of Reporting Person(s) to Issuer"},
    {Box::kJointFiling, "Individual or Joint/Group Filing (Check Applicable Line)"},
}};

// Captions printed inside the boxes; index 0 of a box's matcher is its label.
const std::vector<std::string_view> kNameCaptions = {"(Last)", "(First)", "(Middle)", "(Street)",
                                                     "(City)", "(State)", "(Zip)"};
enum NameCaption { kLast = 1, kFirst, kMiddle, kStreet, kCity, kState, kZip };

const std::vector<std::string_view> kBoxRoleCaptions = {"(Check all applicable)", kRoleCaptions[0],
                                                        kRoleCaptions[1], kRoleCaptions[2], kRoleCaptions[3]};
enum RoleCaption { kCheckAll = 1, kDirector, kTenPercent, kOfficer, kOther };

const std::vector<std::string_view> kJointCaptions = {"Form filed by One Reporting Person",
                                                      "Form filed by More than One Reporting Person"};

// The check boxes printed above the boxes.
const std::vector<std::string_view> kTopCaptions = {
    "Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may continue. See "
    "Instruction 1(b).",
    "Check this box to indicate that a transaction was made pursuant to a contract, instruction or written plan "
    "for the purchase or sale of equity securities of the issuer that is intended to satisfy the affirmative "
    "defense conditions of Rule 10b5-1(c). See Instruction 10.",
    "Form 3 Holdings Reported.", "Form 4 Transactions Reported."};
enum TopCaption { kSection16 = 0, kPlan };

bool IsBoxNumber(std::string_view word) {
  size_t i = 0;
  while (i < word.size() && word[i] >= '0' && word[i] <= '9') ++i;
  return i >= 1 && i <= 2 && i + 1 == word.size() && word[i] == '.';
}

// The box label `chunk` begins ("2. Issuer Name and ..."), if it begins one:
// its number and at least two of the label's words.
const BoxPhrase* OpensBox(const Chunk& chunk) {
  static const std::vector<std::vector<std::string>> kLabels = [] {
    std::vector<std::vector<std::string>> labels;
    for (const BoxPhrase& phrase : kBoxPhrases) labels.push_back(LabelWords(phrase.phrase));
    return labels;
  }();
  if (chunk.text.empty() || chunk.text[0] < '0' || chunk.text[0] > '9') return nullptr;  // cheap test first
  const std::vector<std::string> words = LabelWords(chunk.text);
  if (words.size() < 3 || !IsBoxNumber(words[0])) return nullptr;
  for (size_t p = 0; p < kBoxPhrases.size(); ++p) {
    const BoxPhrase& phrase = kBoxPhrases[p];
    const std::vector<std::string>& label = kLabels[p];
    size_t k = 0;
    while (k + 1 < words.size() && k < label.size() && words[k + 1] == label[k]) ++k;
    if (k >= 2 && (k + 1 == words.size() || k == label.size())) return &phrase;
  }
  return nullptr;
}

// `piece` without its first word (a box number).
Piece WithoutNumber(const Piece& piece) {
  Piece rest = piece;
  const size_t space = rest.chunk.text.find(' ');
  rest.chunk.text = space == std::string::npos ? std::string() : rest.chunk.text.substr(space + 1);
  return rest;
}

struct BoxLabel {
  Box box;
  std::string_view phrase;
  Piece label;  // the label's first chunk, number removed
};

// The box a chunk at (line, x) belongs to: of the labels on or above its line
// whose column is at or left of x, those of the rightmost column, and of these
// the lowest. -1 when none.
int BoxAt(const std::vector<BoxLabel>& labels, size_t line, int x) {
  int column = -1;
  for (const BoxLabel& label : labels) {
    if (label.label.line <= line && label.label.chunk.x <= x + kSlack) column = std::max(column, label.label.chunk.x);
  }
  int best = -1;
  size_t best_line = 0;
  for (size_t i = 0; i < labels.size(); ++i) {
    const Piece& label = labels[i].label;
    if (column < 0 || label.line > line || std::abs(label.chunk.x - column) > kSlack) continue;
    if (best < 0 || label.line > best_line) {
      best = static_cast<int>(i);
      best_line = label.line;
    }
  }
  return best;
}

// A box's pieces with what each is: a caption (its index in the box's
// matcher; 0 is the box label), a check mark, or a value.
struct ClassifiedPieces {
  std::vector<Piece> pieces;
  std::vector<int> captions;  // -1: not printed text
  bool IsMark(size_t i) const { return captions[i] < 0 && IsCheckMark(pieces[i].chunk.text); }
  bool IsValue(size_t i) const { return captions[i] < 0 && !IsMark(i); }
};

ClassifiedPieces Classify(const std::optional<Piece>& label, std::string_view phrase,
                          const std::vector<std::string_view>& captions, std::vector<Piece> pieces) {
  std::vector<std::string_view> phrases = {phrase};
  phrases.insert(phrases.end(), captions.begin(), captions.end());
  CaptionMatcher matcher(phrases);
  if (label) matcher.Offer(*label);
  ClassifiedPieces out;
  for (Piece& piece : pieces) {
    out.captions.push_back(matcher.Offer(piece));
    out.pieces.push_back(std::move(piece));
  }
  return out;
}

// The caption each check mark ticks: the caption piece right of the mark on
// its line or, failing that, the nearest caption piece to its right within two
// lines (a mark stands level with the middle of a caption that wraps).
std::vector<int> TickedCaptions(const ClassifiedPieces& box) {
  std::vector<int> ticked;
  for (size_t m = 0; m < box.pieces.size(); ++m) {
    if (!box.IsMark(m)) continue;
    const Piece& mark = box.pieces[m];
    int best = -1;
    long best_score = 0;
    for (size_t i = 0; i < box.pieces.size(); ++i) {
      const Piece& piece = box.pieces[i];
      const long dl = std::labs(static_cast<long>(piece.line) - static_cast<long>(mark.line));
      if (box.captions[i] < 0 || dl > 2 || piece.chunk.x <= mark.chunk.x) continue;
      const long score = dl * 1000 + (piece.chunk.x - mark.chunk.x);
      if (best < 0 || score < best_score) {
        best = box.captions[i];
        best_score = score;
      }
    }
    if (best >= 0) ticked.push_back(best);
  }
  return ticked;
}

bool Ticked(const std::vector<int>& ticked, int caption) {
  return std::find(ticked.begin(), ticked.end(), caption) != ticked.end();
}

// The value pieces of a box, line by line: each line's pieces joined by a
// space, the lines joined as wrapped text.
std::string JoinedValues(const ClassifiedPieces& box, int x_begin = -1000, int x_end = 1 << 20) {
  std::string text;
  std::string line_text;
  size_t line = 0;
  for (size_t i = 0; i < box.pieces.size(); ++i) {
    const Piece& piece = box.pieces[i];
    if (!box.IsValue(i) || piece.chunk.x < x_begin || piece.chunk.x >= x_end) continue;
    if (!line_text.empty() && piece.line != line) {
      AppendWrapped(text, line_text);
      line_text.clear();
    }
    line = piece.line;
    if (!line_text.empty()) line_text.push_back(' ');
    line_text += piece.chunk.text;
  }
  AppendWrapped(text, line_text);
  return text;
}

// ---------------------------------------------------------------------------
// Box 1: name and address

// Street lines as the filer gave them. A browser wraps a line where its next
// word does not fit, so a line continues the one before when (a) its first
// word would not have fitted after it (the box holds some 0.4 of its width in
// the larger type of values; the estimate is kept low, as (b) decides) and
// (b) it is a single word without digits: "LLC", "FLOOR", where a line of an
// address names a number, a suite or a building. The form has two street
// lines: more are joined where the most text stood before the break.
std::vector<std::string> JoinWrappedStreets(const std::vector<std::string>& lines, int width) {
  const auto first_word = [](const std::string& line) { return std::min(line.find(' '), line.size()); };
  const auto fill = [&](const std::string& before, const std::string& line) {
    return static_cast<double>(before.size() + 1 + first_word(line));
  };
  std::vector<std::string> streets;
  for (const std::string& line : lines) {
    const bool one_word = line.find(' ') == std::string::npos &&
                          std::none_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool continues = !streets.empty() && one_word && (width == 0 || fill(streets.back(), line) > 0.4 * width);
    if (continues) {
      AppendWrapped(streets.back(), line);
    } else {
      streets.push_back(line);
    }
  }
  while (streets.size() > 2) {
    size_t best = 0;
    for (size_t i = 1; i + 1 < streets.size(); ++i) {
      if (fill(streets[i], streets[i + 1]) > fill(streets[best], streets[best + 1])) best = i;
    }
    AppendWrapped(streets[best], streets[best + 1]);
    streets.erase(streets.begin() + static_cast<long>(best) + 1);
  }
  return streets;
}

struct LineWord {
  size_t line;
  Word word;
};

bool IsStateCode(std::string_view word) {
  return word.size() == 2 && std::isupper(static_cast<unsigned char>(word[0])) &&
         std::isupper(static_cast<unsigned char>(word[1]));
}

bool HasDigit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// City, state and ZIP from the words under (City) (State) (Zip), whose
// columns are `columns` (-1: not printed). The converter may move words a few
// columns, so a line reading "<city> <ST> <ZIP>" (a two-letter state, a ZIP
// with digits) is read by its words' order, and words wrapped onto other lines
// go with the part they stand under.
std::array<std::string, 3> ReadCityStateZip(const std::vector<LineWord>& words, const std::array<int, 3>& columns) {
  std::map<size_t, std::vector<const Word*>> by_line;
  for (const LineWord& lw : words) by_line[lw.line].push_back(&lw.word);
  const std::vector<const Word*>* main = nullptr;
  for (const auto& [line, line_words] : by_line) {
    if (main == nullptr || line_words.size() > main->size()) main = &line_words;
  }
  std::array<std::string, 3> parts;
  if (main == nullptr) return parts;
  size_t state = main->size();
  for (size_t i = 0; i + 1 < main->size(); ++i) {
    if (IsStateCode((*main)[i]->text) && HasDigit((*main)[i + 1]->text)) state = i;
  }
  std::array<double, 3> starts = {-1e9, 1e9, 1e9};
  if (state < main->size()) {
    starts = {-1e9, (*main)[state]->x - 0.5, (*main)[state + 1]->x - 0.5};
  } else if (columns[0] >= 0 && columns[1] >= 0 && columns[2] >= 0) {
    starts = {-1e9, columns[1] - kSlack - 0.5, columns[2] - kSlack - 0.5};
  } else {
    std::string joined;
    for (const LineWord& lw : words) AppendWord(joined, lw.word.text);
    const CityStateZip split = SplitCityStateZip(joined);
    return {split.city.value_or(""), split.state.value_or(""), split.zip.value_or("")};
  }
  for (const auto& [line, line_words] : by_line) {
    for (const Word* word : line_words) {
      const size_t slot = word->x >= starts[2] ? 2 : word->x >= starts[1] ? 1 : 0;
      if (&line_words == main) {
        AppendWord(parts[slot], word->text);
      } else {
        AppendWrapped(parts[slot], word->text);
      }
    }
  }
  return parts;
}

// Reads box 1 from its classified pieces. `width` is the box's width in
// columns (0: unbounded). The box reads: the name, (Last) (First) (Middle),
// the street lines, (Street), city, state and ZIP, (City) (State) (Zip).
NameAndAddress ReadNameBox(const ClassifiedPieces& box, int width) {
  NameAndAddress out;
  enum Part { kNamePart, kStreetPart, kCityPart, kDonePart } part = kNamePart;
  std::map<size_t, std::string> street_lines;
  std::vector<LineWord> city_words;
  std::array<int, 3> part_columns = {-1, -1, -1};
  std::string name_line;
  size_t name_line_number = 0;
  for (size_t i = 0; i < box.pieces.size(); ++i) {
    const Piece& piece = box.pieces[i];
    const int caption = box.captions[i];
    if (caption >= kLast && caption <= kMiddle) part = std::max(part, kStreetPart);
    if (caption == kStreet) part = std::max(part, kCityPart);
    if (caption >= kCity && caption <= kZip) {
      part = kDonePart;
      part_columns[static_cast<size_t>(caption - kCity)] = piece.chunk.x;
    }
    if (!box.IsValue(i)) continue;
    if (part == kNamePart) {
      if (!name_line.empty() && piece.line != name_line_number) {
        AppendWrapped(out.name, name_line);
        name_line.clear();
      }
      name_line_number = piece.line;
      if (!name_line.empty()) name_line.push_back(' ');
      name_line += piece.chunk.text;
    } else if (part == kStreetPart) {
      std::string& line = street_lines[piece.line];
      if (!line.empty()) line.push_back(' ');
      line += piece.chunk.text;
    } else if (part == kCityPart) {
      out.has_city_line = true;
      // Keep the words with their columns: city, state and ZIP stand under their captions.
      for (Word& word : SplitChunk(piece.chunk)) city_words.push_back({piece.line, std::move(word)});
    }
  }
  AppendWrapped(out.name, name_line);
  std::vector<std::string> lines;
  for (auto& [line_number, text] : street_lines) lines.push_back(text);
  out.streets = JoinWrappedStreets(lines, width);
  out.city_state_zip = ReadCityStateZip(city_words, part_columns);
  return out;
}

// ---------------------------------------------------------------------------
// The other boxes


// Box 5 (Form 3: box 4): the ticked roles, then the officer title written
// under "Officer" and the text written under "Other".
Relationship ReadRelationship(const ClassifiedPieces& box) {
  const std::vector<int> ticked = TickedCaptions(box);
  Relationship relationship;
  relationship.director = Ticked(ticked, kDirector);
  relationship.ten_percent_owner = Ticked(ticked, kTenPercent);
  relationship.officer = Ticked(ticked, kOfficer);
  relationship.other = Ticked(ticked, kOther);
  int other_column = 1 << 20;
  for (size_t i = 0; i < box.pieces.size(); ++i) {
    if (box.captions[i] == kOther || box.captions[i] == kTenPercent) {
      other_column = std::min(other_column, box.pieces[i].chunk.x - kSlack);
    }
  }
  relationship.officer_title = JoinedValues(box, -1000, other_column);
  relationship.other_text = JoinedValues(box, other_column);
  return relationship;
}

// The lines above the boxes: the form's title and the check boxes printed
// beside it (no longer subject to Section 16; Rule 10b5-1(c)).
void AppendTop(const std::vector<LayoutLine>& lines, size_t end, Grid& grid) {
  const ClassifiedPieces top = Classify(std::nullopt, "", kTopCaptions, PiecesOf(lines, 0, end, true));
  // Index 0 of the matcher is the empty box phrase; captions start at 1.
  std::string line_text;
  size_t line = 0;
  std::array<bool, 2> seen = {false, false};
  for (size_t i = 0; i < top.pieces.size(); ++i) {
    const int caption = top.captions[i] - 1;
    if (caption == kSection16 || caption == kPlan) seen[static_cast<size_t>(caption)] = true;
    if (!top.IsValue(i)) continue;
    if (top.pieces[i].line != line && !line_text.empty()) {
      AddRow(grid, std::move(line_text));
      line_text.clear();
    }
    line = top.pieces[i].line;
    AppendWord(line_text, top.pieces[i].chunk.text);
  }
  if (!line_text.empty()) AddRow(grid, std::move(line_text));
  const std::vector<int> ticked = TickedCaptions(top);
  for (int caption : {kSection16, kPlan}) {
    if (!seen[static_cast<size_t>(caption)]) continue;
    AddRow(grid, CheckboxRow(Ticked(ticked, caption + 1), kTopCaptions[static_cast<size_t>(caption)]));
  }
}

const std::vector<std::string_view>& CaptionsOf(Box box) {
  static const std::vector<std::string_view> kNone;
  switch (box) {
    case Box::kName: return kNameCaptions;
    case Box::kRelationship: return kBoxRoleCaptions;
    case Box::kJointFiling: return kJointCaptions;
    default: return kNone;
  }
}

}  // namespace

bool HasNameBoxLabel(const LayoutLine& line) {
  return std::any_of(line.chunks.begin(), line.chunks.end(), [](const Chunk& chunk) {
    const BoxPhrase* phrase = OpensBox(chunk);
    return phrase != nullptr && phrase->box == Box::kName;
  });
}

void AppendLayoutHeader(const std::vector<LayoutLine>& lines, size_t boxes_begin, size_t boxes_end, Grid& grid) {
  AppendTop(lines, boxes_begin, grid);
  std::vector<BoxLabel> labels;
  std::vector<Piece> others;
  for (Piece& piece : PiecesOf(lines, boxes_begin, boxes_end, true)) {
    if (const BoxPhrase* phrase = OpensBox(piece.chunk)) {
      labels.push_back({phrase->box, phrase->phrase, WithoutNumber(piece)});
    } else {
      others.push_back(std::move(piece));
    }
  }
  std::vector<std::vector<Piece>> box_pieces(labels.size());
  for (Piece& piece : others) {
    const int box = BoxAt(labels, piece.line, piece.chunk.x);
    if (box >= 0) box_pieces[static_cast<size_t>(box)].push_back(std::move(piece));
  }
  for (Box kind : {Box::kName, Box::kIssuer, Box::kPeriod, Box::kAmendment, Box::kRelationship}) {
    for (size_t b = 0; b < labels.size(); ++b) {
      const BoxLabel& label = labels[b];
      if (label.box != kind) continue;
      const ClassifiedPieces box = Classify(label.label, label.phrase, CaptionsOf(kind), box_pieces[b]);
      if (kind == Box::kName) {
        // The box ends where the next box to its right begins.
        int right = 0;
        for (const BoxLabel& other : labels) {
          if (other.label.chunk.x > label.label.chunk.x + kSlack && (right == 0 || other.label.chunk.x < right)) {
            right = other.label.chunk.x;
          }
        }
        const int width = right == 0 ? 0 : right - label.label.chunk.x;
        AddRow(grid, NameBoxCell(ReadNameBox(box, width)));
      } else if (kind == Box::kRelationship) {
        AppendRelationshipBox(ReadRelationship(box), grid);
      } else {
        AppendValueBox(label.phrase, JoinedValues(box), grid);
      }
      break;
    }
  }
  AddRow(grid, std::string(kBoxPhrases[7].phrase));
}

std::string LayoutNameBoxCell(const std::vector<LayoutLine>& lines, size_t begin, size_t end) {
  std::vector<Piece> pieces = PiecesOf(lines, begin, end, true);
  std::optional<Piece> label;
  if (!pieces.empty() && OpensBox(pieces.front().chunk)) {
    label = WithoutNumber(pieces.front());
    pieces.erase(pieces.begin());
  }
  return NameBoxCell(ReadNameBox(Classify(label, kBoxPhrases[0].phrase, kNameCaptions, std::move(pieces)), 0));
}

}  // namespace form4::internal

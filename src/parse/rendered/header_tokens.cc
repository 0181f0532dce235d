#include "parse/rendered/header_tokens.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "parse/rendered/values.h"

namespace form4::internal {
namespace {

struct LabelPhrase {
  std::string_view phrase;  // lower case, whitespace collapsed
  Label label;
};

// The printed text of the form's header labels (Forms 3, 4 and 5, all layouts).
constexpr std::array<LabelPhrase, 24> kLabelPhrases = {{
    {"name and address of reporting person", Label::kName},
    {"issuer name and ticker or trading symbol", Label::kIssuer},
    {"date of earliest transaction", Label::kPeriod},
    {"date of event requiring statement", Label::kPeriod},
    {"statement for issuer's fiscal year ended", Label::kPeriod},
    {"statement for issuer\xE2\x80\x99s fiscal year ended", Label::kPeriod},
    {"if amendment, date of original filed", Label::kAmendment},
    {"relationship of reporting person(s) to issuer", Label::kRelationship},
    {"individual or joint/group filing", Label::kJointFiling},
    {"rule 10b5-1(c) transaction indication", Label::kPlanBox},
    {"check this box to indicate that a transaction was made pursuant to", Label::kPlanSentence},
    {"check this box if no longer subject to section 16", Label::kSection16},
    {"(last)", Label::kLast},
    {"(first)", Label::kLast},
    {"(middle)", Label::kLast},
    {"(street)", Label::kStreet},
    {"(city)", Label::kCity},
    {"(state)", Label::kCity},
    {"(zip)", Label::kCity},
    {"officer (give title below)", Label::kOfficer},
    {"other (specify below)", Label::kOther},
    {"10% owner", Label::kTenPercentOwner},
    {"director", Label::kDirector},
    {"(check all applicable)", Label::kRelationship},
}};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Removes the box number printed before a label ("CEO 6." -> "CEO", "3A." -> "").
std::string DropTrailingBoxNumber(std::string text) {
  size_t end = text.size();
  if (end == 0 || text[end - 1] != '.') return text;
  size_t i = end - 1;
  if (i > 0 && text[i - 1] >= 'A' && text[i - 1] <= 'Z') --i;
  size_t digits = 0;
  while (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9' && digits < 3) --i, ++digits;
  if (digits == 0 || digits > 2 || (i > 0 && text[i - 1] != ' ')) return text;
  text.erase(i);
  return StripMarkup(text);
}

// Word-bounded `word` in `lower` before `end`, last occurrence; npos if none.
size_t FindWordBefore(const std::string& lower, std::string_view word, size_t end) {
  for (size_t at = lower.rfind(word, end); at != std::string::npos; at = at == 0 ? std::string::npos : lower.rfind(word, at - 1)) {
    const size_t after = at + word.size();
    if ((at == 0 || lower[at - 1] == ' ') && after <= end && (after == lower.size() || lower[after] == ' ')) return at;
  }
  return std::string::npos;
}

// Where a caption's first word ("Officer") and the rest of it ("(give title
// below)") are set in the rows of a borderless table, the text reads "Officer
// 10% Owner Other X (give title below)": the rest, and the mark beside it, stand
// after other text. Moves the mark and the rest to the first word (the mark
// first), keeping the length; drops the layout breaks in the moved span.
void JoinSplitCaptions(std::string& text, std::vector<size_t>& breaks) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kCaptions = {
      {{"officer", " (give title below)"}, {"other", " (specify below)"}}};
  for (const auto& [head, rest] : kCaptions) {
    const std::string lower = Lower(text);
    const size_t found = lower.find(rest);
    if (found == std::string::npos) continue;
    const bool marked = found >= 2 && lower.compare(found - 2, 2, " x") == 0;
    const size_t tail = marked ? found - 2 : found;  // " x (give title below)" or " (give title below)"
    const size_t start = FindWordBefore(lower, head, tail);
    const size_t head_end = start + head.size();
    if (start == std::string::npos || head_end == tail) continue;  // no head, or already whole
    const std::string middle = text.substr(head_end, tail - head_end);  // " 10% Owner Other"
    std::string moved = marked ? text.substr(tail + 1, 1) + ' ' : std::string();
    moved += text.substr(start, head.size()) + text.substr(found, rest.size()) + middle;
    text.replace(start, found + rest.size() - start, moved);
    breaks.erase(std::remove_if(breaks.begin(), breaks.end(),
                                [&](size_t at) { return at >= start && at < start + moved.size(); }),
                 breaks.end());
  }
}

// A narrow rendering sets a box's mark beside the second line of its wrapped
// caption, so the mark lands inside the caption's words ("Officer X (give title
// below)"). Moves such a mark before the caption, where the form prints it.
// Keeps `text`'s length, so offsets into it stay valid.
void MoveMarksBeforeCaptions(std::string& text) {
  static constexpr std::array<std::string_view, 3> kCaptions = {"officer (give title below)", "other (specify below)",
                                                                "10% owner"};
  for (std::string_view caption : kCaptions) {
    for (size_t split = caption.find(' '); split != std::string_view::npos; split = caption.find(' ', split + 1)) {
      std::string pattern(caption.substr(0, split));
      pattern.append(" x");
      pattern.append(caption.substr(split));
      const std::string lower = Lower(text);
      for (size_t at = lower.find(pattern); at != std::string::npos; at = lower.find(pattern, at + 1)) {
        const size_t end = at + pattern.size();
        if ((at > 0 && lower[at - 1] != ' ') || (end < lower.size() && lower[end] != ' ')) continue;
        const std::string mark(1, text[at + split + 1]);
        std::string moved = mark + ' ';
        moved.append(text, at, split);
        moved.append(text, at + split + 2, pattern.size() - split - 2);
        text.replace(at, pattern.size(), moved);
      }
    }
  }
}

// True when a label's words run across offset `at` of `lower` (not starting there).
bool LabelSpans(const std::string& lower, size_t at) {
  for (const LabelPhrase& phrase : kLabelPhrases) {
    const size_t first = at >= phrase.phrase.size() ? at - phrase.phrase.size() + 1 : 0;
    const size_t hit = lower.find(phrase.phrase, first);
    if (hit != std::string::npos && hit < at) return true;
  }
  return false;
}

// A converter that wraps a line inside a word (pandoc setting an inner table in a
// narrower cell: "(Ci" / "ty)") leaves a layout break inside a label's word.
// Drops such a break where the label reads whole without it.
void JoinLabelsBrokenInsideWords(std::string& text, std::vector<size_t>& breaks) {
  for (size_t k = breaks.size(); k-- > 0;) {
    const size_t at = breaks[k];
    if (at == 0 || at + 1 >= text.size() || text[at - 1] == ' ' || text[at + 1] == ' ') continue;
    std::string joined = text;
    joined.erase(at, 1);
    if (LabelSpans(Lower(text), at) || !LabelSpans(Lower(joined), at)) continue;
    text = std::move(joined);
    breaks.erase(breaks.begin() + static_cast<std::ptrdiff_t>(k));
    for (size_t& later : breaks) {
      if (later > at) --later;
    }
  }
}

// Adds the tokens of a run of text. Labels are found across the cell's layout
// breaks ('\n', '\t': a label may wrap over lines); the text between labels is
// split at them, as they separate values.
void AddText(std::string_view raw, std::vector<HeaderToken>& tokens) {
  std::string text;
  std::vector<size_t> breaks;  // offsets in `text` of the spaces that stand for a break
  for (size_t start = 0; start <= raw.size();) {
    size_t end = raw.find_first_of("\n\t", start);
    if (end == std::string_view::npos) end = raw.size();
    const std::string piece = StripMarkup(raw.substr(start, end - start));
    if (!piece.empty()) {
      if (!text.empty()) {
        breaks.push_back(text.size());
        text.push_back(' ');
      }
      text += piece;
    }
    start = end + 1;
  }
  if (text.empty()) return;
  MoveMarksBeforeCaptions(text);
  JoinSplitCaptions(text, breaks);
  JoinLabelsBrokenInsideWords(text, breaks);
  // `before_label`: the text ends where a label starts, so a box number may end it.
  const auto add_values = [&](size_t from, size_t to, bool before_label) {
    for (size_t piece_start = from; piece_start < to;) {
      size_t piece_end = to;
      for (size_t at : breaks) {
        if (at >= piece_start && at < piece_end) piece_end = at;
      }
      std::string value = StripMarkup(text.substr(piece_start, piece_end - piece_start));
      if (before_label && piece_end == to) value = DropTrailingBoxNumber(std::move(value));
      if (!value.empty()) tokens.push_back({HeaderToken::Kind::kText, Label::kName, false, value});
      piece_start = piece_end + 1;
    }
  };
  const std::string lower = Lower(text);
  size_t at = 0;
  while (at < text.size()) {
    size_t best = std::string::npos;
    const LabelPhrase* found = nullptr;
    for (const LabelPhrase& phrase : kLabelPhrases) {
      const size_t hit = lower.find(phrase.phrase, at);
      if (hit < best || (hit == best && found && phrase.phrase.size() > found->phrase.size())) {
        best = hit;
        found = &phrase;
      }
    }
    const size_t text_end = found ? best : text.size();
    add_values(at, text_end, found != nullptr);
    if (!found) break;
    tokens.push_back({HeaderToken::Kind::kLabel, found->label, false, text.substr(best, found->phrase.size())});
    at = best + found->phrase.size();
    // The form marks "Reporting Person*" with a footnote's asterisk (superscript: "^*", "^(*)").
    for (std::string_view mark : {"^(*)", "^*", "*"}) {
      if (text.compare(at, mark.size(), mark) == 0) at += mark.size();
    }
  }
}

bool StartsWithAt(std::string_view s, size_t at, std::string_view prefix) {
  return s.substr(at, prefix.size()) == prefix;
}

}  // namespace

std::vector<HeaderToken> TokenizeHeaderCell(std::string_view cell) {
  constexpr std::string_view kChecked = "\xE2\x98\x92";    // ☒
  constexpr std::string_view kUnchecked = "\xE2\x98\x90";  // ☐
  std::vector<HeaderToken> tokens;
  size_t text_start = 0;
  size_t i = 0;
  const auto flush_text = [&](size_t end) {
    if (end > text_start) AddText(cell.substr(text_start, end - text_start), tokens);
  };
  while (i < cell.size()) {
    if (StartsWithAt(cell, i, "<u>")) {
      const size_t close = cell.find("</u>", i);
      if (close != std::string_view::npos) {
        flush_text(i);
        tokens.push_back({HeaderToken::Kind::kValue, Label::kName, false, std::string(cell.substr(i + 3, close - i - 3))});
        i = text_start = close + 4;
        continue;
      }
    }
    if (StartsWithAt(cell, i, "<input")) {
      const size_t close = cell.find('>', i);
      if (close != std::string_view::npos) {
        flush_text(i);
        const bool checked = cell.substr(i, close - i).find("checked") != std::string_view::npos;
        tokens.push_back({HeaderToken::Kind::kCheckbox, Label::kName, checked, {}});
        i = text_start = close + 1;
        continue;
      }
    }
    if (StartsWithAt(cell, i, kChecked) || StartsWithAt(cell, i, kUnchecked)) {
      flush_text(i);
      tokens.push_back({HeaderToken::Kind::kCheckbox, Label::kName, StartsWithAt(cell, i, kChecked), {}});
      i = text_start = i + kChecked.size();
      continue;
    }
    ++i;
  }
  flush_text(cell.size());
  return tokens;
}

}  // namespace form4::internal

#include "parse/ocr/ocr_natures.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parse/ocr/ocr_continued.h"
#include "parse/ocr/ocr_text.h"

namespace form4::internal {
namespace {

// Whether `piece` is a run of consecutive whole words of `whole`, shorter.
bool IsPieceOf(const std::vector<std::string>& piece, const std::vector<std::string>& whole) {
  if (piece.empty() || piece.size() >= whole.size()) return false;
  return std::search(whole.begin(), whole.end(), piece.begin(), piece.end()) != whole.end();
}

// Whether `words` hold a word of three letters at least: a holder's name
// does, scraps of marks OCR read as letters ("PY uo") do not.
bool HasWord(const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [](const std::string& word) {
    return std::count_if(word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }) >= 3;
  });
}

// `nature` without the marks a lost footnote marker left at its end
// ("See Footnote!", "See Footnote(!*)", "Footnote?»"), with the "L.P." OCR
// read as "LP.", "Lp." or "Lp" (the abbreviation is written with both dots
// or none, in capitals).
std::string WithoutMarkScraps(std::string nature) {
  static constexpr std::string_view kMarks[] = {"!", "?", "*", "'", "\"", "^", "~", "`", "\u00BB", "\u00AB",
                                                 "\u00AE", "\u00B0"};
  while (!nature.empty()) {
    const auto mark = std::find_if(std::begin(kMarks), std::end(kMarks),
                                   [&](std::string_view m) { return nature.ends_with(m); });
    if (mark != std::end(kMarks)) {
      nature.erase(nature.end() - static_cast<long>(mark->size()), nature.end());
    } else if (nature.back() == ')' && nature.find('(') != std::string::npos &&
               std::none_of(nature.begin() + static_cast<long>(nature.rfind('(')), nature.end(),
                            [](char c) { return std::isalnum(static_cast<unsigned char>(c)); })) {
      nature.erase(nature.rfind('('));
    } else {
      break;
    }
  }
  while (!nature.empty() && nature.back() == ' ') nature.pop_back();
  for (std::string_view misread : {" LP.", " Lp.", " Lp"}) {
    if (nature.ends_with(misread)) nature.replace(nature.size() - misread.size() + 1, misread.size() - 1, "L.P.");
  }
  return nature;
}

void CleanNatures(Filing& filing) {
  for (const auto& [kind, name] : kTableKeys) {
    std::vector<Row>& rows = filing.Table(kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      OptString& nature = rows[i].nature_of_ownership;
      if (!nature) continue;
      std::string cleaned = WithoutMarkScraps(*nature);
      if (!HasWord(Words(cleaned))) cleaned.clear();
      if (cleaned == *nature) continue;
      std::string path(name);
      path += '[' + std::to_string(i) + "].nature_of_ownership";
      std::string message = "OCR nature of ownership '" + *nature + "'";
      message += cleaned.empty() ? std::string(" holds no word; left out") : " read as '" + cleaned + "'";
      filing.warnings.push_back({"ocr-nature-completed", "info", std::move(path), std::move(message)});
      if (cleaned.empty()) {
        nature.reset();
      } else {
        nature = std::move(cleaned);
      }
    }
  }
}

// `text` folded for comparing names OCR read: in lower case, the letters
// and digits OCR confuses made one ('l', '1' and '|' an 'i', '0' an 'o'),
// each run of other characters one space, a run of one-letter words one word
// ("U.S." and "US." are "us", "L.P." and "LP" are "lp"), with a space at each
// end: whole words are found as " word ".
std::string FoldWords(std::string_view text) {
  std::vector<std::string> words(1);
  for (char c : text) {
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '|') {
      words.back() += lower == 'l' || lower == '1' || lower == '|' ? 'i' : lower == '0' ? 'o' : lower;
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  std::string folded = " ";
  bool after_letter_word = false;
  for (const std::string& word : words) {
    if (word.empty()) continue;
    const bool letter_word = word.size() == 1;
    if (!(letter_word && after_letter_word) && folded.size() > 1) folded += ' ';
    folded += word;
    after_letter_word = letter_word;
  }
  folded += ' ';
  return folded;
}

// The holder a nature names, folded (FoldWords): its words after a leading
// "by" or "held by"; "" for none or for a nature pointing to a footnote.
std::string NamedHolder(const std::string& nature) {
  std::string holder = FoldWords(nature);
  if (holder.find(" footnote") != std::string::npos) return "";
  for (std::string_view lead : {" held by ", " by "}) {
    if (holder.starts_with(lead)) holder.erase(0, lead.size() - 1);
  }
  return holder == " " ? "" : holder;
}

// The letters and digits of `word`.
std::string Alnum(std::string_view word) {
  std::string alnum;
  for (char c : word) {
    if (std::isalnum(static_cast<unsigned char>(c))) alnum += c;
  }
  return alnum;
}

std::string FoldCase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The words of a footnote as written and as folded (FoldWords).
struct NoteWords {
  std::vector<std::string> written;
  std::vector<std::string> folded;
};

// `words` (a nature, `folded` as FoldWords folds each) spelled with the
// letters of the words of `note` from `at` on, when the two fold alike word
// by word: a word whose letters differ (not in case alone), as many, takes
// the footnote's letters in its own punctuation ("XIL," and "XII" are
// "XII,"), and an abbreviation that lost a stop inside takes the footnote's
// ("US." is "U.S."); nullopt when they do not fold alike.
std::optional<std::string> SpelledAs(const std::vector<std::string>& words, const std::vector<std::string>& folded,
                                     const NoteWords& note, size_t at) {
  for (size_t k = 0; k < words.size(); ++k) {
    if (folded[k] != note.folded[at + k]) return std::nullopt;
  }
  std::string spelled;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& word = words[k];
    const std::string& written = note.written[at + k];
    std::string respelled = word;
    const std::string letters = Alnum(written);
    if (FoldCase(Alnum(word)) != FoldCase(letters) && Alnum(word).size() == letters.size()) {
      size_t next = 0;
      for (char& c : respelled) {
        if (std::isalnum(static_cast<unsigned char>(c))) c = letters[next++];
      }
    } else if (word.ends_with('.')) {
      // An abbreviation OCR lost a stop inside of ("US." for "U.S.").
      std::string abbreviation = written;
      while (!abbreviation.empty() && std::string_view(",;:)").find(abbreviation.back()) != std::string_view::npos) {
        abbreviation.pop_back();
      }
      if (abbreviation.ends_with('.') && Alnum(abbreviation) == Alnum(word) &&
          std::count(abbreviation.begin(), abbreviation.end(), '.') > std::count(word.begin(), word.end(), '.')) {
        respelled = abbreviation;
      }
    }
    if (!spelled.empty()) spelled += ' ';
    spelled += respelled;
  }
  return spelled;
}

}  // namespace

bool NamesHolder(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kHolderPhrases[] = {"held by",     "held of record by", "held directly by",
                                                        "owned by",    "owned directly by", "record holder",
                                                        " trust",      "trustee"};
  return std::any_of(std::begin(kHolderPhrases), std::end(kHolderPhrases),
                     [&](std::string_view phrase) { return lower.find(phrase) != std::string::npos; });
}

bool AboutHolder(std::string_view text) {
  if (NamesHolder(text)) return true;
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kPhrases[] = {"general partner", "managing member", "member of",
                                                  "beneficial ownership"};
  return std::any_of(std::begin(kPhrases), std::end(kPhrases),
                     [&](std::string_view phrase) { return lower.find(phrase) != std::string::npos; });
}

// Gives the rows held indirectly whose nature of ownership OCR could not
// read at all (`PY uo` for "by Trust(2)", left out) the filing's one footnote
// about a holder (`holders`), when every nature read refers to it too: the
// nature of an indirect holding names its holder, and the filing explains
// one holder only (rule `ocr-nature-footnote`).
void ReferUnreadNatures(Filing& filing, const std::vector<std::string>& holders) {
  if (holders.size() != 1) return;
  const std::string& holder = holders.front();
  for (const auto& [kind, name] : kTableKeys) {
    for (const Row& row : filing.Table(kind)) {
      if (!row.nature_of_ownership) continue;
      const auto read = row.footnote_ids.find("nature_of_ownership");
      if (read == row.footnote_ids.end() ||
          std::find(read->second.begin(), read->second.end(), holder) == read->second.end()) {
        return;
      }
    }
  }
  for (const auto& [kind, name] : kTableKeys) {
    std::vector<Row>& rows = filing.Table(kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      Row& row = rows[i];
      if (row.nature_of_ownership || row.direct_or_indirect != "I") continue;
      const auto read = row.footnote_ids.find("nature_of_ownership");
      if (read != row.footnote_ids.end() && !read->second.empty()) continue;
      row.footnote_ids["nature_of_ownership"] = {holder};
      std::string path(name);
      path += '[' + std::to_string(i) + "].footnote_ids.nature_of_ownership";
      filing.warnings.push_back({"ocr-nature-footnote", "info", std::move(path),
                                 "OCR could not read the nature of an indirect holding; its marker " + holder +
                                     ", the filing's one footnote about a holder"});
    }
  }
}

// The footnotes about a holder (`holders`, ids in order) when they are one
// footnote the filer continued over several ("(Continued from footnote 2)"):
// each after the first continues the one before; else empty.
std::vector<std::string> OneContinuedNote(const std::vector<std::string>& holders,
                                          const std::map<std::string, std::string>& written) {
  if (holders.size() < 2) return {};
  for (size_t k = 1; k < holders.size(); ++k) {
    const auto text = written.find(holders[k]);
    const std::optional<int> from = text == written.end() ? std::nullopt : ContinuedFrom(text->second);
    if (!from || "F" + std::to_string(*from) != holders[k - 1]) return {};
  }
  return holders;
}

// Gives each nature of ownership OCR read without a marker, whose holder
// no footnote writes (the footnotes' letters garbled: "Fund II" for "Fund
// III"), the filing's one footnote about a holder continued over several
// (`note`), when every nature read with a marker refers to it alone: the
// filing explains its holders in that one note (rule `ocr-nature-footnote`).
void ReferUnnamedNatures(Filing& filing, const std::vector<std::string>& note,
                         const std::map<std::string, std::string>& folded) {
  if (note.empty()) return;
  bool referred = false;
  for (const auto& [kind, name] : kTableKeys) {
    for (const Row& row : filing.Table(kind)) {
      const auto read = row.footnote_ids.find("nature_of_ownership");
      if (!row.nature_of_ownership || read == row.footnote_ids.end() || read->second.empty()) continue;
      for (const std::string& id : read->second) {
        if (std::find(note.begin(), note.end(), id) == note.end()) return;
      }
      referred = true;
    }
  }
  if (!referred) return;
  for (const auto& [kind, name] : kTableKeys) {
    std::vector<Row>& rows = filing.Table(kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      Row& row = rows[i];
      if (!row.nature_of_ownership || row.direct_or_indirect == "D") continue;
      const auto read = row.footnote_ids.find("nature_of_ownership");
      if (read != row.footnote_ids.end() && !read->second.empty()) continue;
      const std::string holder = NamedHolder(*row.nature_of_ownership);
      if (holder.empty() || std::any_of(folded.begin(), folded.end(), [&](const auto& text) {
            return text.second.find(holder) != std::string::npos;
          })) {
        continue;
      }
      row.footnote_ids["nature_of_ownership"] = note;
      std::string path(name);
      path += '[' + std::to_string(i) + "].footnote_ids.nature_of_ownership";
      std::string message = "OCR read no marker after the nature of ownership '" + *row.nature_of_ownership +
                            "', a holder no footnote writes as read; the filing's one note about holders,";
      for (const std::string& id : note) message.append(" ").append(id);
      filing.warnings.push_back({"ocr-nature-footnote", "info", std::move(path), std::move(message)});
    }
  }
}

void ReferNaturesToHolders(Filing& filing) {
  // A footnote a value refers to (the shares "the trust purchased") is about
  // that value, not a holder a nature names.
  std::set<std::string> on_values;
  for (const auto& [kind, name] : kTableKeys) {
    for (const Row& row : filing.Table(kind)) {
      for (const auto& [field, ids] : row.footnote_ids) {
        if (field != "nature_of_ownership") on_values.insert(ids.begin(), ids.end());
      }
    }
  }
  std::map<std::string, std::string> texts;    // footnote id -> folded text
  std::map<std::string, std::string> written;  // footnote id -> text
  std::vector<std::string> holders;            // ids of the footnotes naming a holder
  for (const Footnote& footnote : filing.footnotes) {
    if (!footnote.id || !footnote.text) continue;
    texts[*footnote.id] = FoldWords(*footnote.text);
    written[*footnote.id] = *footnote.text;
    if (on_values.count(*footnote.id) == 0 && AboutHolder(*footnote.text)) holders.push_back(*footnote.id);
  }
  for (const auto& [kind, name] : kTableKeys) {
    std::vector<Row>& rows = filing.Table(kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      Row& row = rows[i];
      if (!row.nature_of_ownership) continue;
      const std::string holder = NamedHolder(*row.nature_of_ownership);
      if (holder.empty()) continue;
      const auto names_holder = [&](const std::string& id) {
        const auto text = texts.find(id);
        return text != texts.end() && text->second.find(holder) != std::string::npos;
      };
      if (std::count_if(holders.begin(), holders.end(), names_holder) != 1) continue;
      const std::string named_by = *std::find_if(holders.begin(), holders.end(), names_holder);
      std::string message = "OCR read ";
      const auto read = row.footnote_ids.find("nature_of_ownership");
      if (read != row.footnote_ids.end() && !read->second.empty()) {
        // Markers that name the holder were read right, or may be (a
        // footnote a value refers to too).
        if (std::any_of(read->second.begin(), read->second.end(), names_holder)) continue;
        message += "the marker";
        for (const std::string& id : read->second) message.append(" ").append(id);
        message += ", footnotes not naming the holder, ";
      } else {
        message += "no marker ";
      }
      message += "after the nature of ownership '" + *row.nature_of_ownership + "'; " + named_by +
                 ", the one footnote naming that holder";
      row.footnote_ids["nature_of_ownership"] = {named_by};
      std::string path(name);
      path += '[' + std::to_string(i) + "].footnote_ids.nature_of_ownership";
      filing.warnings.push_back({"ocr-nature-footnote", "info", std::move(path), std::move(message)});
    }
  }
  ReferUnnamedNatures(filing, OneContinuedNote(holders, written), texts);
  ReferUnreadNatures(filing, holders);
}

void RepairNatureLetters(Filing& filing) {
  std::vector<NoteWords> notes;
  std::map<std::string, std::vector<std::pair<size_t, size_t>>> starts;  // folded word -> (note, word) where it stands
  for (const Footnote& footnote : filing.footnotes) {
    if (!footnote.text) continue;
    NoteWords note;
    note.written = Words(*footnote.text);
    for (size_t at = 0; at < note.written.size(); ++at) {
      note.folded.push_back(FoldWords(note.written[at]));
      starts[note.folded.back()].emplace_back(notes.size(), at);
    }
    notes.push_back(std::move(note));
  }
  for (const auto& [kind, name] : kTableKeys) {
    std::vector<Row>& rows = filing.Table(kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      OptString& nature = rows[i].nature_of_ownership;
      if (!nature) continue;
      std::vector<std::string> words = Words(*nature);
      // "By" is the form's word, not the holder's name the footnotes write.
      std::string lead;
      if (!words.empty() && FoldCase(words[0]) == "by") {
        lead = words[0] + ' ';
        words.erase(words.begin());
      }
      if (words.size() < 2) continue;
      std::vector<std::string> folded;
      for (const std::string& word : words) folded.push_back(FoldWords(word));
      std::set<std::string> spellings;
      const auto found = starts.find(folded.front());
      if (found == starts.end()) continue;
      for (const auto& [note, at] : found->second) {
        if (at + words.size() > notes[note].written.size()) continue;
        std::optional<std::string> spelled = SpelledAs(words, folded, notes[note], at);
        if (spelled) spellings.insert(lead + *spelled);
      }
      if (spellings.size() != 1 || *spellings.begin() == *nature) continue;
      std::string path(name);
      path += '[' + std::to_string(i) + "].nature_of_ownership";
      filing.warnings.push_back({"ocr-nature-letters", "info", std::move(path),
                                 "OCR nature of ownership '" + *nature + "' read as '" + *spellings.begin() +
                                     "', the letters the footnotes write the name in"});
      nature = *spellings.begin();
    }
  }
}

void CompleteNatureFragments(Filing& filing) {
  CleanNatures(filing);
  std::map<std::string, int> natures;  // text -> rows showing it
  for (const auto& [kind, name] : kTableKeys) {
    for (const Row& row : filing.Table(kind)) {
      if (row.nature_of_ownership) ++natures[*row.nature_of_ownership];
    }
  }
  for (const auto& [kind, name] : kTableKeys) {
    std::vector<Row>& rows = filing.Table(kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      OptString& nature = rows[i].nature_of_ownership;
      if (!nature) continue;
      const std::vector<std::string> piece = Words(*nature);
      std::set<std::string> wholes;
      // A whole is read alike in two rows at least: a smeared read is not.
      for (const auto& [other, rows_showing] : natures) {
        if (rows_showing >= 2 && IsPieceOf(piece, Words(other))) wholes.insert(other);
      }
      std::string path(name);
      path += '[' + std::to_string(i) + "].nature_of_ownership";
      if (wholes.empty()) {
        if (piece.size() == 1) {
          filing.warnings.push_back({"ocr-nature-completed", "info", std::move(path),
                                     "OCR kept one word '" + *nature + "' of a nature of ownership; left out"});
          nature.reset();
        }
        continue;
      }
      std::string message = "OCR kept a piece '" + *nature + "' of a longer nature of ownership";
      if (wholes.size() == 1) {
        nature = *wholes.begin();
        message += "; completed as '" + *nature + "'";
      } else {
        nature.reset();
        message += " that several owners' names hold; left out";
      }
      filing.warnings.push_back({"ocr-nature-completed", "info", std::move(path), std::move(message)});
    }
  }
}

void InferIndirectForms(Filing& filing) {
  for (const auto& [kind, name] : kTableKeys) {
    std::vector<Row>& rows = filing.Table(kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      Row& row = rows[i];
      if (row.direct_or_indirect || !row.nature_of_ownership) continue;
      row.direct_or_indirect = "I";
      std::string path(name);
      path += '[' + std::to_string(i) + "].direct_or_indirect";
      filing.warnings.push_back({"ocr-form-from-nature", "info", std::move(path),
                                 "OCR lost the ownership form; I, the row naming the nature of its indirect ownership '" +
                                     *row.nature_of_ownership + "'"});
    }
  }
}

}  // namespace form4::internal

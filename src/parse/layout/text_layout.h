// Plain text whose layout carries meaning: a printed page turned into text by
// position (pdftotext -layout, OCR and converters like them). Each line keeps
// the character column of every word, so that the form's boxes and table
// columns can be found again from where their printed labels and headings
// stand. The page's characters are read as parse/rendered/text_page.h reads
// them (shared with text dumps, whose drawn tables parse/rendered/drawn_tables.h
// finds); a chunk here is text_page.h's TextRun with its words.
#ifndef FORM4_PARSE_LAYOUT_TEXT_LAYOUT_H_
#define FORM4_PARSE_LAYOUT_TEXT_LAYOUT_H_

#include <string>
#include <string_view>
#include <vector>

namespace form4::internal {

/// A run of non-space characters and the columns [x, end) it occupies, counted
/// in characters (UTF-8 code points) from the start of its line.
struct Word {
  std::string text;
  int x = 0;
  int end = 0;
};

/// Words one space apart: the text of one cell, box or label on one line.
/// Runs of two or more spaces separate chunks.
struct Chunk {
  std::string text;  // the words joined by single spaces
  int x = 0;
  int end = 0;
  size_t first_word = 0;  // index into LayoutLine::words
  size_t word_count = 0;
};

struct LayoutLine {
  int page = 0;  // 0 for the first page; a form feed starts the next
  std::vector<Word> words;
  std::vector<Chunk> chunks;

  bool Blank() const { return words.empty(); }
  /// The line's chunks joined by single spaces.
  std::string Text() const;
};

/// The words of `chunk` with their columns.
std::vector<Word> SplitChunk(const Chunk& chunk);

/// Splits `text` into lines of positioned words and chunks, columns counted as
/// DecodePageLine counts them; a form feed (page break) counts as no column.
std::vector<LayoutLine> ReadLayout(std::string_view text);

/// Appends `piece` to `text` the way a wrapped line is read back: after one
/// space, or directly after a word that ends in a hyphen ("attorney-" + "in-fact").
void AppendWrapped(std::string& text, std::string_view piece);

/// Lower case ASCII, typographic apostrophes as "'", '*' removed: the form of a
/// word that printed labels are compared in.
std::string LabelWord(std::string_view word);

/// The words of `text` (split at spaces) in LabelWord form.
std::vector<std::string> LabelWords(std::string_view text);

}  // namespace form4::internal

#endif  // FORM4_PARSE_LAYOUT_TEXT_LAYOUT_H_

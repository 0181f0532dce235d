// Recognizing the form's printed words (box labels, captions beside check
// boxes) in laid-out text, where a phrase may wrap over several lines and be
// interleaved with other boxes' text.
#ifndef FORM4_PARSE_LAYOUT_CAPTIONS_H_
#define FORM4_PARSE_LAYOUT_CAPTIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "parse/layout/text_layout.h"

namespace form4::internal {

/// A chunk of a laid-out page and the line it stands on.
struct Piece {
  size_t line = 0;
  Chunk chunk;
};

/// Follows a set of printed phrases through chunks offered in reading order
/// (line by line, left to right). A chunk belongs to a phrase when its words
/// are the phrase's next words: its first words, or the words after those of
/// the chunks already matched (a wrapped label continues on a later line).
class CaptionMatcher {
 public:
  explicit CaptionMatcher(const std::vector<std::string_view>& phrases);

  /// The index of the phrase `piece` starts or continues, or -1 for text that
  /// is not one of the phrases. A phrase already under way is preferred, the
  /// one begun nearest `piece`'s column first.
  int Offer(const Piece& piece);

  /// The column where phrase `index` began; -1 when it has not been seen.
  int StartColumn(size_t index) const { return states_[index].x; }

 private:
  struct State {
    std::vector<std::string> words;
    size_t next = 0;  // words matched so far
    int x = -1;
  };
  bool Continues(const State& state, const std::vector<std::string>& words) const;
  std::vector<State> states_;
};

/// True for the check mark of a ticked box as printed forms show it: "X".
bool IsCheckMark(std::string_view text);

/// The pieces of lines [begin, end) in reading order. With `split_marks`, a
/// chunk that begins with a check mark followed by more words is split in two.
std::vector<Piece> PiecesOf(const std::vector<LayoutLine>& lines, size_t begin, size_t end, bool split_marks);

}  // namespace form4::internal

#endif  // FORM4_PARSE_LAYOUT_CAPTIONS_H_

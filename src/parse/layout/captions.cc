#include "parse/layout/captions.h"

#include <cstdlib>

namespace form4::internal {

CaptionMatcher::CaptionMatcher(const std::vector<std::string_view>& phrases) {
  for (std::string_view phrase : phrases) states_.push_back({LabelWords(phrase), 0, -1});
}

bool CaptionMatcher::Continues(const State& state, const std::vector<std::string>& words) const {
  if (words.empty() || state.next + words.size() > state.words.size()) return false;
  for (size_t i = 0; i < words.size(); ++i) {
    if (state.words[state.next + i] != words[i]) return false;
  }
  return true;
}

int CaptionMatcher::Offer(const Piece& piece) {
  const std::vector<std::string> words = LabelWords(piece.chunk.text);
  constexpr size_t kNone = static_cast<size_t>(-1);
  size_t best = kNone;
  for (size_t i = 0; i < states_.size(); ++i) {
    const State& state = states_[i];
    if (state.next == 0 || !Continues(state, words)) continue;
    if (best == kNone || std::abs(state.x - piece.chunk.x) < std::abs(states_[best].x - piece.chunk.x)) best = i;
  }
  for (size_t i = 0; i < states_.size() && best == kNone; ++i) {
    if (states_[i].next == 0 && Continues(states_[i], words)) best = i;
  }
  if (best == kNone) return -1;
  State& state = states_[best];
  if (state.next == 0) state.x = piece.chunk.x;
  state.next += words.size();
  return static_cast<int>(best);
}

bool IsCheckMark(std::string_view text) { return text == "X" || text == "x"; }

std::vector<Piece> PiecesOf(const std::vector<LayoutLine>& lines, size_t begin, size_t end, bool split_marks) {
  std::vector<Piece> pieces;
  for (size_t l = begin; l < end && l < lines.size(); ++l) {
    for (const Chunk& chunk : lines[l].chunks) {
      const std::vector<Word>& words = lines[l].words;
      if (split_marks && chunk.word_count > 1 && IsCheckMark(words[chunk.first_word].text)) {
        const Word& mark = words[chunk.first_word];
        pieces.push_back({l, {mark.text, mark.x, mark.end, chunk.first_word, 1}});
        const Word& next = words[chunk.first_word + 1];
        pieces.push_back({l, {chunk.text.substr(mark.text.size() + 1), next.x, chunk.end, chunk.first_word + 1,
                              chunk.word_count - 1}});
        continue;
      }
      pieces.push_back({l, chunk});
    }
  }
  return pieces;
}

}  // namespace form4::internal

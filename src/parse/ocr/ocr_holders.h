// Which holder each row of a filing is about, where OCR lost the marker of a
// nature "See Footnote" (each row's footnote names a different holder): the
// holdings arithmetic links a transaction to the one before it of the same
// holding, and a conversion of Table II to the Table I row it produced.
#ifndef FORM4_PARSE_OCR_OCR_HOLDERS_H_
#define FORM4_PARSE_OCR_OCR_HOLDERS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "form4/model.h"

namespace form4::internal {

/// One transaction row of Table I as read: nullopt or "" where OCR read no value.
struct HoldingStep {
  std::string title;
  std::optional<long long> shares;
  std::string direction;  // "A" or "D"
  std::optional<long long> owned_after;
};

/// For each step, the latest earlier step of the same title whose amount
/// owned after is this one's amount owned before (its owned after minus (A)
/// or plus (D) its shares): the same holding, held by the same holder.
/// nullopt where no step is, or where the step's amounts are unread.
std::vector<std::optional<size_t>> ContinuedHoldings(const std::vector<HoldingStep>& steps);

/// One row of Table I as read, for SharedHoldingNatures.
struct HoldingNature {
  std::string title;
  std::string nature;
  bool indirect_holding = false;  // a holding (no transaction) held indirectly
};

/// For each row, whether it is an indirect holding whose nature of
/// ownership ("By Fund", "See Footnote") another indirect holding of the
/// same title reads alike: two holdings of one security are two holders, so
/// the nature's words name neither, and each row's footnote names its own.
std::vector<bool> SharedHoldingNatures(const std::vector<HoldingNature>& rows);

/// The footnotes of a run of holdings listed down Table I, each held by a
/// holder of its own (SharedHoldingNatures, "See Footnote"): filers number
/// footnotes in the order the form first refers to them, so such rows refer
/// to consecutive footnotes of `holders` (the filing's footnotes naming a
/// holder, ascending): row j to holders[p + j] for one p. `read[j]` is the
/// number OCR read on row j, 0 for none. Returns each row's number for the p
/// most readings agree with (two at least, more than half of those read, no
/// other p as many), else an empty vector.
std::vector<int> FitHolderRun(const std::vector<int>& read, const std::vector<int>& holders);

/// Gives a conversion of Table II (code C) and the Table I row it produced
/// (code C, same date, same number of shares, the one such row) the nature
/// footnotes the other shows when both natures read alike and one lacks
/// them: the converted and the received shares are one holder's (rule
/// `ocr-conversion-holder`).
void ShareConversionHolders(Filing& filing);

/// A nature "See Footnote" OCR read with a marker's debris among its words
/// or after them ("See On Footnote", "See any Footnote", "See Ce
/// Footnote(!5)", "as) Footnote"): a nature ending in the word "Footnote(s)"
/// whose other words, "See" aside, have three characters at most is the
/// form's "See Footnote" (or "Footnotes"), the debris dropped; without its
/// "See" it is the piece "Footnote", for CompleteNatureFragments to complete
/// (rule `ocr-nature-completed`).
void DropFootnoteNatureDebris(Filing& filing);

/// Whether footnote `text` says the shares it is on were in no transaction
/// of the form and are listed to disclose a holding ("were not subject to a
/// particular transaction ... listed here to disclose the Reporting Person's
/// holdings").
bool ExplainsUntradedHolding(std::string_view text);

/// Gives the amount owned of each holding row of a Form 4 (both tables) that
/// shows no marker there the filing's one footnote saying the shares were in
/// no transaction (ExplainsUntradedHolding), when no transaction row refers
/// to it: a Form 4 lists holdings beside its transactions, and such a
/// footnote is on each of them; OCR often loses the small marker after the
/// amount (rule `ocr-holding-footnote`).
void ReferHoldingsToUntradedFootnote(Filing& filing);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_HOLDERS_H_

// Natures of indirect ownership read by OCR: a long owner's name ("By Sequoia
// Capital U.S. Venture 2010 Fund, L.P.") wraps over several lines, and OCR
// rows often keep only a piece of it ("Venture", "U.S. Venture 2010").
#ifndef FORM4_PARSE_OCR_OCR_NATURES_H_
#define FORM4_PARSE_OCR_OCR_NATURES_H_

#include <string_view>

#include "form4/model.h"

namespace form4::internal {

/// Completes each nature of ownership of `filing` that is a piece (whole
/// words, in order) of a longer one read alike in two rows at least: with
/// that one when it alone holds the piece, else the piece is left out, since
/// it names none of the owners. A nature of one word that completes none is
/// a scrap and is left out: natures name their holder in more words ("By
/// Trust", "See Footnote"), and so is one without a word of three letters
/// ("PY uo"); marks ending a nature ("See Footnote!") are dropped first
/// (rule `ocr-nature-completed`).
void CompleteNatureFragments(Filing& filing);

/// Spells each nature of ownership whose words fold alike (case,
/// punctuation and the letters OCR confuses aside) with a run of words the
/// footnotes write in one way only, with the footnotes' letters where they
/// differ ("Sequoia Technology Partners XIL, L.P." is "... XII, L.P.", "Growth
/// vil" is "Growth VII"); the nature keeps its own punctuation, as the
/// footnotes may write "LP" where the table writes "L.P." (rule
/// `ocr-nature-letters`).
void RepairNatureLetters(Filing& filing);

/// Sets the ownership form of each row OCR lost it on but whose nature of
/// indirect ownership it read to I: the form asks for a nature of indirect
/// ownership only (rule `ocr-form-from-nature`).
void InferIndirectForms(Filing& filing);

/// Whether footnote `text` names who holds the shares: "held by", "held of
/// record by", "owned by", "record holder", a trust or its trustee.
bool NamesHolder(std::string_view text);

/// Whether footnote `text` is about a holder of the shares: it names one
/// (NamesHolder), or says who stands behind it ("general partner", "managing
/// member", "member of") or disclaims "beneficial ownership" of its shares.
/// A nature of ownership refers to such a footnote.
bool AboutHolder(std::string_view text);

/// Gives each nature of ownership OCR read without a marker (the superscript
/// after "by Trust" lost, often without a trace), or with markers none of
/// whose footnotes writes the holder's name (a marker inferred from the
/// column's previous one), the one footnote of the filing that is about a
/// holder (NamesHolder, or "general partner", "managing member", "member
/// of", "beneficial ownership"), is referred to by no value (a footnote on
/// the shares "the trust purchased" is about them), and writes the nature's
/// words ("Trust", "Sequoia Capital XII, L.P."; a leading "By" aside), whole
/// words, case, punctuation and the letters OCR confuses aside ("XIl" is
/// XII, "US." is U.S.): a nature names its holder briefly and
/// the form's footnote on that holder says who it is (rule
/// `ocr-nature-footnote`). Two such footnotes or none change nothing; nor
/// does "See Footnote", whose footnote is its own. A row held indirectly
/// whose nature OCR could not read at all takes the filing's one such
/// footnote about a holder, when every nature read refers to it too.
void ReferNaturesToHolders(Filing& filing);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_NATURES_H_

// Natures of indirect ownership read by OCR: a long owner's name ("By Sequoia
// Capital U.S. Venture 2010 Fund, L.P.") wraps over several lines, and OCR
// rows often keep only a piece of it ("Venture", "U.S. Venture 2010").
#ifndef FORM4_PARSE_OCR_OCR_NATURES_H_
#define FORM4_PARSE_OCR_OCR_NATURES_H_

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

/// Sets the ownership form of each row OCR lost it on but whose nature of
/// indirect ownership it read to I: the form asks for a nature of indirect
/// ownership only (rule `ocr-form-from-nature`).
void InferIndirectForms(Filing& filing);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_NATURES_H_

// Footnotes the filer continued: a footnote too long for one paragraph goes
// on in the next, which begins "(Continued from footnote 2)", and a value
// refers to both ("L.P.(2)(3)"). OCR often keeps the first marker of such a
// pair and garbles the rest ("L.P.2e@", "LLC@@").
#ifndef FORM4_PARSE_OCR_OCR_CONTINUED_H_
#define FORM4_PARSE_OCR_OCR_CONTINUED_H_

#include <optional>
#include <string_view>

#include "form4/model.h"

namespace form4::internal {

/// The number of the footnote `text` says it continues ("(Continued from
/// Footnote 3) The reporting person ..." is 3), else nullopt.
std::optional<int> ContinuedFrom(std::string_view text);

/// Completes each reference of `filing`'s rows to a footnote with the
/// footnotes that continue it or that it continues, in ascending order: the
/// filer refers to a continued footnote as a whole (rule
/// `ocr-footnote-continued`).
void AddContinuedFootnotes(Filing& filing);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_CONTINUED_H_

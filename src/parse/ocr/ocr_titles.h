// Table II security titles read by OCR: a derivative row's title and
// underlying title come out smeared with the words of the columns beside them
// (an owner's name, a second title) or with misread letters. Titles are made
// of a small set of words, so a cell is cut to the title it holds, completed
// from a title printed elsewhere in the filing, or left out.
#ifndef FORM4_PARSE_OCR_OCR_TITLES_H_
#define FORM4_PARSE_OCR_OCR_TITLES_H_

#include "form4/model.h"

namespace form4::internal {

/// Repairs the security and underlying titles of `filing`'s Table II rows
/// (rule `ocr-title-repaired`): a title of title words alone is kept; else
/// the first run of title words ending a title ("... Stock", "... Units",
/// "(Right to Buy)") is the title, and a second run in the same cell is the
/// underlying title when that cell is empty; else a title of the filing
/// (Table I's, or a clean Table II one) that alone begins with the cell's
/// readable first words; else the title is left out. A repaired title loses
/// the markers read in its cell (they are its neighbours' as likely). A row left without an
/// underlying title takes Table I's title when Table I shows exactly one
/// (without Table I, Table II's one underlying title).
void RepairDerivativeTitles(Filing& filing);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_TITLES_H_

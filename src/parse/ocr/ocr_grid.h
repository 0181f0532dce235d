// A printed Form 3/4/5 read from OCR text, reduced to the Grid the grid
// interpreter reads.
#ifndef FORM4_PARSE_OCR_OCR_GRID_H_
#define FORM4_PARSE_OCR_OCR_GRID_H_

#include <string_view>
#include <vector>

#include "form4/model.h"
#include "form4/status.h"
#include "parse/rendered/grid.h"

namespace form4::internal {

/// The form in `input` as grid rows (see PdfTextGrid), found by the form's
/// printed labels recognized despite OCR errors. Values that had to be
/// inferred are listed in `warnings` (rule ids `ocr-...`); what cannot be
/// read is left out.
Grid OcrGrid(std::string_view input, std::vector<Warning>& warnings);

/// How the lines of a form without columns were made: recognized from an
/// image (characters misread, markers garbled) or transcribed faithfully (a
/// text browser's dump: every character as the page has it).
enum class Transcription { kRecognized, kFaithful };

/// The form in `input`, lines in reading order without columns, read into the
/// model: the grid of OcrGrid read by the grid interpreter, then, for
/// recognized text, titles, natures and addresses repaired from the filing's
/// own text.
Result<Filing> ReadFormLines(std::string_view input, std::string_view name, Transcription transcription);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_GRID_H_

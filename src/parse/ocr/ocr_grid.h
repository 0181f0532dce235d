// A printed Form 3/4/5 read from OCR text, reduced to the Grid the grid
// interpreter reads.
#ifndef FORM4_PARSE_OCR_OCR_GRID_H_
#define FORM4_PARSE_OCR_OCR_GRID_H_

#include <string_view>
#include <vector>

#include "form4/model.h"
#include "parse/rendered/grid.h"

namespace form4::internal {

/// The form in `input` as grid rows (see PdfTextGrid), found by the form's
/// printed labels recognized despite OCR errors. Values that had to be
/// inferred are listed in `warnings` (rule ids `ocr-...`); what cannot be
/// read is left out.
Grid OcrGrid(std::string_view input, std::vector<Warning>& warnings);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_GRID_H_

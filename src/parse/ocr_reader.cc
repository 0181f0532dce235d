// The reader for a printed Form 3/4/5 recognized by OCR (tesseract and the
// like): lines in reading order without columns, misread characters, footnote
// markers garbled. What the reader had to infer is listed in `warnings`.
#include "parse/ocr/ocr_continued.h"
#include "parse/ocr/ocr_grid.h"
#include "parse/ocr/ocr_header.h"
#include "parse/ocr/ocr_holders.h"
#include "parse/ocr/ocr_natures.h"
#include "parse/ocr/ocr_owners.h"
#include "parse/ocr/ocr_terms.h"
#include "parse/ocr/ocr_titles.h"
#include "parse/reader.h"
#include "parse/rendered/lines.h"

namespace form4::internal {
namespace {

class OcrReader final : public Reader {
 public:
  Result<Filing> Read(std::string_view input, std::string_view name) const override {
    return ReadFormLines(input, name, Transcription::kRecognized);
  }
};

}  // namespace

Result<Filing> ReadFormLines(std::string_view input, std::string_view name, Transcription transcription) {
  std::vector<Warning> warnings;
  const Grid grid = OcrGrid(input, warnings);
  Result<Filing> filing = ReadGridRendering(grid, name);
  if (!filing.ok()) return filing;
  filing->warnings.insert(filing->warnings.end(), warnings.begin(), warnings.end());
  if (transcription == Transcription::kRecognized) {
    // Repairs of what recognition garbles; a faithful text is taken as written.
    RepairDerivativeTitles(*filing);
    InferTermsFootnotes(*filing);
    DropFootnoteNatureDebris(*filing);
    CompleteNatureFragments(*filing);
    RepairNatureLetters(*filing);
    InferIndirectForms(*filing);
    // A continued footnote first, so that a nature referring to either part
    // names its holder; then for the natures given a footnote.
    AddContinuedFootnotes(*filing);
    ReferNaturesToHolders(*filing);
    ShareConversionHolders(*filing);
    ReferHoldingsToUntradedFootnote(*filing);
    AddContinuedFootnotes(*filing);
    CutOwnerCities(*filing);
    CutStreetScraps(*filing);
    CompleteIssuerName(*filing);
  }
  return filing;
}

const Reader& OcrReader() {
  static const class OcrReader reader;
  return reader;
}

}  // namespace form4::internal

// Reporting owners' addresses read by OCR: the city box sits beside the
// form's "Form filed by More than One Reporting Person" line and above the
// State column, and OCR runs their words into the city.
#ifndef FORM4_PARSE_OCR_OCR_OWNERS_H_
#define FORM4_PARSE_OCR_OCR_OWNERS_H_

#include "form4/model.h"

namespace form4::internal {

/// Cuts each reporting owner's city of `filing` that mixes words in capitals
/// with words in lower case ("orm filec lore than One Reporting Person
/// AUSTIN", "DENVER co") to its longest run of words in capitals (rule
/// `ocr-city-cut`): EDGAR prints an address in capitals, the form's own
/// words are not.
void CutOwnerCities(Filing& filing);

/// Cuts the scraps OCR made of the boxes' marks off the end of each reporting
/// owner's street lines ("1 TESLA ROAD 7 , \" 7"): two words or more of one
/// character, none a letter (rule `ocr-city-cut`).
void CutStreetScraps(Filing& filing);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_OWNERS_H_

// Reads EDGAR's <ownershipDocument> XML (every schema version, X0101..X0609)
// into the canonical model. Shared by the XML reader and the full-submission
// (SGML) reader, which finds the same element inside its wrapper.
#ifndef FORM4_PARSE_OWNERSHIP_XML_H_
#define FORM4_PARSE_OWNERSHIP_XML_H_

#include <string_view>

#include "form4/model.h"
#include "form4/status.h"

namespace form4::internal {

/// Finds the first <ownershipDocument> element in `input` and reads it.
/// Values may sit inside <value> or directly in the element; footnote ids may
/// annotate a value or a whole group; unknown elements are ignored.
/// Fails (kParseError) when `input` holds no readable <ownershipDocument>.
Result<Filing> ReadOwnershipDocument(std::string_view input, std::string_view name);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OWNERSHIP_XML_H_

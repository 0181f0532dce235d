// Writing the canonical model back out as EDGAR ownership XML, so a filing read
// from any rendering (a PDF's text, HTML, markdown...) becomes an
// <ownershipDocument> again. See docs/export.md for every choice made here.
#ifndef FORM4_EDGAR_XML_H_
#define FORM4_EDGAR_XML_H_

#include <string>
#include <string_view>

#include "form4/model.h"

namespace form4 {

/// The schema version ToEdgarXml writes: the newest whose elements the model
/// holds in full (X0609 adds a mandatory non-US-address flag the model lacks).
inline constexpr std::string_view kEdgarXmlSchemaVersion = "X0508";

/// `filing` as an EDGAR <ownershipDocument> (UTF-8, indented, with an XML
/// declaration, ending in a newline), in the element order of the SEC's schema
/// and in the shape of EDGAR's disseminated document of record.
///
/// Lossless for the canonical facts: reading the result with ParseFiling gives
/// the same canonical JSON as `filing` (`source` and `warnings` aside), except
/// that C0 control characters, which XML 1.0 cannot carry, are dropped, and
/// bytes that are not UTF-8 are read as Windows-1252, as the XML reader does.
/// - null values are omitted elements; containers the schema requires
///   (issuer, reportingOwnerId, reportingOwnerRelationship) are always written;
/// - values go in `<value>` where the schema has one; numbers keep their digits
///   and text that is not a number or date is written as it was read;
/// - booleans are `1`/`0`; each `footnote_ids` entry becomes `<footnoteId>` on
///   its field's element; footnotes of `code` go on `<transactionCoding>`, the
///   one group the schema lets carry footnotes. Keys of `footnote_ids` are Row
///   field names, as every reader writes them.
std::string ToEdgarXml(const Filing& filing);

}  // namespace form4

#endif  // FORM4_EDGAR_XML_H_

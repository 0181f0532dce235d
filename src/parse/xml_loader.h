// Loads possibly malformed XML into a pugixml tree, repairing what EDGAR
// filers get wrong: bytes that are not UTF-8, HTML entities, a stray `<` in
// text, unclosed or truncated elements. Repairs are reported as warnings.
#ifndef FORM4_PARSE_XML_LOADER_H_
#define FORM4_PARSE_XML_LOADER_H_

#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "form4/model.h"
#include "form4/status.h"

namespace form4::internal {

/// A parsed document and the buffer its strings point into (pugixml parses in place).
struct XmlTree {
  std::string buffer;
  pugi::xml_document document;
};

/// Parses `xml` into `tree`. `xml` is a slice of `whole_input` (so that
/// error lines and columns refer to the file the user has). Well-formed input
/// takes the fast path (pugixml alone). Malformed input is repaired and, when
/// that is not enough, re-read by libxml2's recovering parser; each repair adds
/// a warning. Namespace prefixes are removed from element names. DTDs and external entities are never loaded or expanded.
/// Fails (kParseError) only when no element at all can be read. When the input
/// was malformed but recovered, `*malformed_at` (if given) receives the
/// location of the first error in `whole_input`.
Status LoadXml(std::string_view whole_input, std::string_view xml, std::string_view name,
               XmlTree& tree, std::vector<Warning>& warnings,
               SourceLocation* malformed_at = nullptr);

}  // namespace form4::internal

#endif  // FORM4_PARSE_XML_LOADER_H_

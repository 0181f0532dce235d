// Text-level repairs for malformed ownership XML, applied before parsing.
// Each returns whether it changed anything, so the caller can report it.
#ifndef FORM4_PARSE_XML_REPAIR_H_
#define FORM4_PARSE_XML_REPAIR_H_

#include <string>
#include <string_view>

namespace form4::internal {

/// Replaces HTML named entities that XML does not define (`&nbsp;`, `&rsquo;`...)
/// by their characters. The five XML entities and character references are kept.
bool DecodeHtmlEntities(std::string& text);

/// Rewrites `text` into well-formed markup, keeping every piece of text:
/// - a `<` that cannot start markup (as in "price < 5") becomes `&lt;`;
/// - an element of the ownership schema that holds only text (such as <value>
///   or <remarks>) is closed when a child element starts inside it, which is
///   how an unclosed `<value>800` or `<remarks>` shows itself;
/// - an end tag closes the elements still open inside its element; an end tag
///   with no open element is dropped;
/// - elements still open at the end (a truncated file) are closed, and the text
///   cut off by the truncation is dropped;
/// - DOCTYPE declarations are dropped (never needed, never expanded).
/// Comments, CDATA and processing instructions are kept as they are.
std::string BalanceTags(std::string_view text);

}  // namespace form4::internal

#endif  // FORM4_PARSE_XML_REPAIR_H_

#include "parse/xml_loader.h"

#include <libxml/HTMLparser.h>  // htmlEntityLookup: the HTML 4 entity table
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <climits>
#include <cstring>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "util/text.h"

namespace form4::internal {
namespace {

// parse_default without DOCTYPE processing: pugixml never fetches or expands
// external entities, and skips the DTD.
constexpr unsigned kPugiOptions = pugi::parse_default;

// A stray `<` is escaped and the parse retried this many times before the
// document is handed to the recovering parser.
constexpr int kMaxStrayLessThanRepairs = 32;

bool IsNameStart(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Replaces HTML named entities (`&nbsp;`, `&rsquo;`...) that XML does not
// define by their characters. Returns true if any was replaced. The five XML
// entities and character references are left for the XML parser.
bool DecodeHtmlEntities(std::string& text) {
  if (text.find('&') == std::string::npos) return false;
  constexpr size_t kLongestName = 10;  // "thetasym" is the longest HTML 4 name
  std::string out;
  out.reserve(text.size());
  bool replaced = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out.push_back(text[i]);
      continue;
    }
    const size_t semicolon = text.find(';', i + 1);
    if (semicolon == std::string::npos || semicolon - i - 1 > kLongestName || semicolon == i + 1) {
      out.push_back('&');
      continue;
    }
    const std::string entity = text.substr(i + 1, semicolon - i - 1);
    const bool xml_entity = entity == "amp" || entity == "lt" || entity == "gt" ||
                            entity == "quot" || entity == "apos" || entity[0] == '#';
    const htmlEntityDesc* html =
        xml_entity ? nullptr : htmlEntityLookup(reinterpret_cast<const xmlChar*>(entity.c_str()));
    if (html == nullptr) {
      out.push_back('&');
      continue;
    }
    AppendUtf8(out, html->value);
    replaced = true;
    i = semicolon;
  }
  if (replaced) text = std::move(out);
  return replaced;
}

// If the parse error at `offset` is a `<` that cannot start markup (as in
// "price < 5"), escapes it and returns true.
bool EscapeStrayLessThan(std::string& text, size_t offset) {
  // pugixml reports the error at or just after the offending `<`.
  const size_t first = offset >= 2 ? offset - 2 : 0;
  for (size_t i = first; i <= offset && i < text.size(); ++i) {
    if (text[i] != '<') continue;
    const char next = i + 1 < text.size() ? text[i + 1] : ' ';
    if (IsNameStart(next) || next == '/' || next == '!' || next == '?') return false;
    text.replace(i, 1, "&lt;");
    return true;
  }
  return false;
}

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

// Parses `text` into `tree`, which takes ownership of the bytes (pugixml parses in place).
pugi::xml_parse_result ParseInPlace(std::string text, XmlTree& tree) {
  tree.buffer = std::move(text);
  return tree.document.load_buffer_inplace(tree.buffer.data(), tree.buffer.size(), kPugiOptions,
                                           pugi::encoding_utf8);
}

// "ns:securityTitle" -> "securityTitle" on every element, so lookups by name
// need not care whether a filer used a namespace prefix.
void StripNamespacePrefixes(pugi::xml_node node) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    if (const char* colon = std::strrchr(child.name(), ':')) child.set_name(colon + 1);
    StripNamespacePrefixes(child);
  }
}

// Reads `text` with libxml2's recovering parser (the behaviour of lxml's
// recover=True), re-serializes what it recovered as well-formed UTF-8 XML and
// parses that into `tree`. Returns false if nothing could be recovered.
bool RecoverWithLibxml2(const std::string& text, XmlTree& tree) {
  static const bool initialized = [] {
    xmlInitParser();
    return true;
  }();
  (void)initialized;
  if (text.size() > static_cast<size_t>(INT_MAX)) return false;
  const int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
                      XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  std::unique_ptr<xmlDoc, XmlDocFree> doc(
      xmlReadMemory(text.data(), static_cast<int>(text.size()), nullptr, "UTF-8", options));
  if (!doc || xmlDocGetRootElement(doc.get()) == nullptr) return false;
  xmlChar* buffer = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(doc.get(), &buffer, &size, "UTF-8");
  std::string serialized(reinterpret_cast<const char*>(buffer), size > 0 ? static_cast<size_t>(size) : 0);
  xmlFree(buffer);
  return !serialized.empty() && ParseInPlace(std::move(serialized), tree);
}

Warning DocumentWarning(std::string rule, std::string message) {
  return Warning{std::move(rule), "warning", "", std::move(message)};
}

}  // namespace

Status LoadXml(std::string_view whole_input, std::string_view xml, std::string_view name,
               XmlTree& tree, std::vector<Warning>& warnings,
               SourceLocation* malformed_at) {
  const size_t base = static_cast<size_t>(xml.data() - whole_input.data());
  std::string text(xml);
  const bool has_prefixes = text.find("xmlns:") != std::string::npos;
  if (!IsValidUtf8(text)) {
    text = RepairUtf8(text);
    warnings.push_back(DocumentWarning(
        "xml-encoding", "bytes that are not UTF-8 were read as Windows-1252"));
  }
  if (DecodeHtmlEntities(text)) {
    warnings.push_back(DocumentWarning("xml-html-entity",
                                       "HTML entities (such as &nbsp;) were replaced by their characters"));
  }

  pugi::xml_parse_result first_error;
  for (int attempt = 0; attempt <= kMaxStrayLessThanRepairs; ++attempt) {
    pugi::xml_parse_result result = ParseInPlace(text, tree);
    if (result) {
      if (attempt > 0) {
        warnings.push_back(DocumentWarning("xml-malformed", "a `<` in text was read as a character"));
      }
      if (has_prefixes) StripNamespacePrefixes(tree.document);
      return Status::Ok();
    }
    if (attempt == 0) first_error = result;
    if (!EscapeStrayLessThan(text, static_cast<size_t>(result.offset))) break;
  }

  // Offsets after a repair are shifted by a few bytes at most; good enough to find the spot.
  const LineColumn where = LocateOffset(whole_input, base + static_cast<size_t>(first_error.offset));
  if (!RecoverWithLibxml2(text, tree)) {
    return Status::ParseError(
        fmt::format("malformed XML: {}; nothing could be recovered", first_error.description()),
        SourceLocation{std::string(name), where.line, where.column});
  }
  if (malformed_at != nullptr) *malformed_at = SourceLocation{std::string(name), where.line, where.column};
  warnings.push_back(DocumentWarning(
      "xml-malformed", fmt::format("malformed XML at line {}, column {} ({}); read what could be recovered",
                                   where.line, where.column, first_error.description())));
  if (has_prefixes) StripNamespacePrefixes(tree.document);
  return Status::Ok();
}

}  // namespace form4::internal

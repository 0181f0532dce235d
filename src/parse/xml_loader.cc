#include "parse/xml_loader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <climits>
#include <cstring>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "parse/xml_repair.h"
#include "util/text.h"

namespace form4::internal {
namespace {

// parse_default without DOCTYPE processing: pugixml never fetches or expands
// external entities, and skips the DTD.
constexpr unsigned kPugiOptions = pugi::parse_default;

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
    if (const char* colon = std::strrchr(child.name(), ':')) {
      const std::string local(colon + 1);  // set_name must not read from the name it overwrites
      child.set_name(local.c_str());
    }
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

// Where pugixml stopped, in `whole_input`. After an encoding or entity repair the
// offset may be shifted by a few bytes; close enough to find the spot.
LineColumn ErrorLocation(std::string_view whole_input, std::string_view xml,
                         const pugi::xml_parse_result& error) {
  const size_t base = static_cast<size_t>(xml.data() - whole_input.data());
  return LocateOffset(whole_input, base + static_cast<size_t>(error.offset));
}

// The text of `xml` as UTF-8 with HTML entities decoded; each repair adds a warning.
std::string PrepareText(std::string_view xml, std::vector<Warning>& warnings) {
  std::string text(xml);
  if (!IsValidUtf8(text)) {
    text = RepairUtf8(text);
    warnings.push_back(DocumentWarning(
        "xml-encoding", "bytes that are not UTF-8 were read as Windows-1252"));
  }
  if (DecodeHtmlEntities(text)) {
    warnings.push_back(DocumentWarning("xml-html-entity",
                                       "HTML entities (such as &nbsp;) were replaced by their characters"));
  }
  return text;
}

}  // namespace

Status LoadXml(std::string_view whole_input, std::string_view xml, std::string_view name,
               XmlTree& tree, std::vector<Warning>& warnings, SourceLocation* malformed_at) {
  std::string text = PrepareText(xml, warnings);
  const bool has_prefixes = text.find("xmlns:") != std::string::npos;
  const pugi::xml_parse_result first_error = ParseInPlace(std::move(text), tree);
  if (!first_error) {
    // The in-place parse consumed the text: prepare it again, then repair the markup,
    // and if that is still not enough, let libxml2's recovering parser try.
    std::vector<Warning> repeated;
    text = PrepareText(xml, repeated);
    const LineColumn where = ErrorLocation(whole_input, xml, first_error);
    if (!ParseInPlace(BalanceTags(text), tree) && !RecoverWithLibxml2(text, tree)) {
      return Status::ParseError(
          fmt::format("malformed XML: {}; nothing could be recovered", first_error.description()),
          SourceLocation{std::string(name), where.line, where.column});
    }
    if (malformed_at != nullptr) *malformed_at = SourceLocation{std::string(name), where.line, where.column};
    warnings.push_back(DocumentWarning(
        "xml-malformed", fmt::format("malformed XML at line {}, column {} ({}); read what could be recovered",
                                     where.line, where.column, first_error.description())));
  }
  if (has_prefixes) StripNamespacePrefixes(tree.document);
  return Status::Ok();
}

}  // namespace form4::internal

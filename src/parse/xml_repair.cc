#include "parse/xml_repair.h"

#include <libxml/HTMLparser.h>  // htmlEntityLookup: the HTML 4 entity table

#include <algorithm>
#include <array>
#include <vector>

#include "util/text.h"

namespace form4::internal {
namespace {

// Elements of the ownership schema whose content is text only (plus, for
// <value>, nothing else). A start tag inside one means it was left unclosed.
// Elements that wrap a <value> (directOrIndirectOwnership...) are deliberately absent.
constexpr std::array<std::string_view, 36> kTextOnlyElements = {
    "value", "footnoteId", "remarks", "schemaVersion", "documentType", "periodOfReport",
    "dateOfOriginalSubmission", "notSubjectToSection16", "form3HoldingsReported",
    "form4TransactionsReported", "noSecuritiesOwned", "aff10b5One", "issuerCik", "issuerName",
    "issuerTradingSymbol", "rptOwnerCik", "rptOwnerCcc", "rptOwnerName", "rptOwnerStreet1",
    "rptOwnerStreet2", "rptOwnerCity", "rptOwnerState", "rptOwnerZipCode",
    "rptOwnerStateDescription", "rptOwnerGoodAddress", "isDirector", "isOfficer",
    "isTenPercentOwner", "isOther", "officerTitle", "otherText", "transactionFormType",
    "transactionCode", "equitySwapInvolved", "signatureName", "signatureDate"};

bool IsTextOnly(std::string_view name) {
  const size_t colon = name.rfind(':');
  if (colon != std::string_view::npos) name.remove_prefix(colon + 1);
  return std::find(kTextOnlyElements.begin(), kTextOnlyElements.end(), name) != kTextOnlyElements.end();
}

bool IsNameStart(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

// End of a start tag beginning at `at` ('<'): the index after its '>', honouring
// quoted attribute values; npos if the input ends first.
size_t StartTagEnd(std::string_view text, size_t at) {
  char quote = 0;
  for (size_t i = at + 1; i < text.size(); ++i) {
    const char c = text[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    } else if (c == '<') {
      return std::string_view::npos;  // a tag cut short by the next one
    }
  }
  return std::string_view::npos;
}

// Copies `text` into well-formed markup; see BalanceTags.
class TagBalancer {
 public:
  explicit TagBalancer(std::string_view text) : text_(text) { out_.reserve(text.size() + 64); }

  std::string Run() {
    size_t i = 0;
    while (i < text_.size()) {
      const size_t lt = text_.find('<', i);
      // Text after the last markup of a truncated file may be cut short ("50" of
      // "5000"): it is dropped rather than passed off as a value.
      if (lt == std::string_view::npos && !open_.empty()) break;
      out_.append(text_.substr(i, (lt == std::string_view::npos ? text_.size() : lt) - i));
      if (lt == std::string_view::npos) break;
      i = Markup(lt);
    }
    while (!open_.empty()) Close();
    return std::move(out_);
  }

 private:
  // Handles the markup at `at` ('<'); returns where to continue.
  size_t Markup(size_t at) {
    const std::string_view rest = text_.substr(at);
    if (rest.starts_with("<!--")) return CopyThrough(at, "-->");
    if (rest.starts_with("<![CDATA[")) return CopyThrough(at, "]]>");
    if (rest.starts_with("<?")) return CopyThrough(at, "?>");
    if (rest.starts_with("<!")) return SkipDeclaration(at);
    if (rest.starts_with("</") && rest.size() > 2 && IsNameStart(rest[2])) return EndTag(at);
    if (rest.size() > 1 && IsNameStart(rest[1])) return StartTag(at);
    out_ += "&lt;";
    return at + 1;
  }

  size_t CopyThrough(size_t at, std::string_view terminator) {
    const size_t end = text_.find(terminator, at);
    if (end == std::string_view::npos) return text_.size();  // unterminated: drop it
    out_.append(text_.substr(at, end + terminator.size() - at));
    return end + terminator.size();
  }

  // Skips <!DOCTYPE ...>, including an internal subset [ ... ]>.
  size_t SkipDeclaration(size_t at) {
    const size_t close = text_.find('>', at);
    const size_t subset = text_.find('[', at);
    if (subset != std::string_view::npos && subset < close) {
      const size_t subset_end = text_.find("]>", subset);
      return subset_end == std::string_view::npos ? text_.size() : subset_end + 2;
    }
    return close == std::string_view::npos ? text_.size() : close + 1;
  }

  std::string_view NameAt(size_t at) const {
    size_t end = at;
    while (end < text_.size() && IsNameChar(text_[end])) ++end;
    return text_.substr(at, end - at);
  }

  size_t StartTag(size_t at) {
    const size_t end = StartTagEnd(text_, at);
    if (end == std::string_view::npos) {  // cut off: drop the partial tag, keep what follows
      const size_t next = text_.find('<', at + 1);
      return next == std::string_view::npos ? text_.size() : next;
    }
    const std::string_view name = NameAt(at + 1);
    if (!open_.empty() && IsTextOnly(open_.back())) Close();
    out_.append(text_.substr(at, end - at));
    const bool self_closing = text_[end - 2] == '/';
    if (!self_closing) open_.push_back(name);
    return end;
  }

  size_t EndTag(size_t at) {
    const std::string_view name = NameAt(at + 2);
    const size_t close = text_.find('>', at);
    const size_t next = close == std::string_view::npos ? text_.size() : close + 1;
    const auto match = std::find(open_.rbegin(), open_.rend(), name);
    if (match == open_.rend()) return next;  // nothing to close: drop it
    const size_t depth = static_cast<size_t>(match - open_.rbegin()) + 1;
    for (size_t k = 0; k < depth; ++k) Close();
    return next;
  }

  void Close() {
    out_ += "</";
    out_.append(open_.back());
    out_ += '>';
    open_.pop_back();
  }

  std::string_view text_;
  std::string out_;
  std::vector<std::string_view> open_;
};

}  // namespace

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

std::string BalanceTags(std::string_view text) { return TagBalancer(text).Run(); }

}  // namespace form4::internal

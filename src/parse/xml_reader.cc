// The reader for a bare EDGAR ownership XML document.
#include "parse/ownership_xml.h"
#include "parse/reader.h"

namespace form4::internal {
namespace {

class OwnershipXmlReader final : public Reader {
 public:
  Result<Filing> Read(std::string_view input, std::string_view name) const override {
    return ReadOwnershipDocument(input, name);
  }
};

}  // namespace

const Reader& XmlReader() {
  static const OwnershipXmlReader reader;
  return reader;
}

}  // namespace form4::internal
